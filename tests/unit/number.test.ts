import { describe, expect, it } from 'vitest'
import { sumAmounts } from '@/domain/money'
import { clean, parseLooseNumber, parseYear } from '@/domain/number'

describe('parseLooseNumber', () => {
  it.each([
    ['757.3', 757.3],
    ['757. 3', 757.3],
    ['1,773.6', 1773.6],
    ['1,234,567', 1234567],
    ['１２３．４５', 123.45],
    ['0', 0],
    ['-12.5', -12.5],
    ['+3', 3],
    ['.5', 0.5],
    [' 60 ', 60],
  ])('reads %j as %d', (text, value) => {
    expect(parseLooseNumber(text)).toBe(value)
  })

  it.each(['', '七十', '12万元', '1,23', '1.2.3', 'NaN', 'Infinity', '--1'])('rejects %j', (text) => {
    expect(parseLooseNumber(text)).toBeNull()
  })
})

describe('parseYear', () => {
  it('reads four-digit years, with or without 年', () => {
    expect(parseYear('2024')).toBe(2024)
    expect(parseYear('2024年')).toBe(2024)
    expect(parseYear('２０２３')).toBe(2023)
  })

  it('rejects what is not a plausible year', () => {
    expect(parseYear('24')).toBeNull()
    expect(parseYear('2024.5')).toBeNull()
    expect(parseYear('1999')).toBeNull()
    expect(parseYear('二〇二四')).toBeNull()
  })
})

describe('sumAmounts', () => {
  it('sums 万元 without binary drift', () => {
    expect(579.59 + 154.46).not.toBe(734.05)
    expect(sumAmounts([579.59, 154.46, 0])).toBe(734.05)
    expect(sumAmounts([])).toBe(0)
  })
})

describe('parseLooseNumber and parseYear: one whole number, nothing around it', () => {
  it.each([
    ['12', 12],
    ['.25', 0.25],
    ['.2', 0.2],
    ['12.', 12],
    ['-3', -3],
    ['1 2', 12],
    ['1\t2', 12],
    ['x12', null],
    ['12x', null],
    ['.', null],
    ['+.5', 0.5],
  ])('%s → %s', (text, expected) => {
    expect(parseLooseNumber(text)).toBe(expected)
  })

  it.each([
    ['2000', 2000],
    ['2100', 2100],
    ['1999', null],
    ['2101', null],
    ['2024年', 2024],
    ['年2024', null],
    ['2024.5', null],
  ])('year %s → %s', (text, expected) => {
    expect(parseYear(text)).toBe(expected)
  })
})

describe('clean', () => {
  it('drops the binary noise of a ratio, keeping twelve significant digits', () => {
    expect(0.1 + 0.2).toBe(0.30000000000000004)
    expect(clean(0.1 + 0.2)).toBe(0.3)
    expect(clean(1 / 3)).toBe(0.333333333333)
  })
})
