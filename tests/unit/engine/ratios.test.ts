import { describe, expect, it } from 'vitest'
import { atMostRatio, exactRatio, rangeRatio } from '@/domain/engine/achievement'
import { leadingNumber } from '@/domain/engine/expression'

describe('ratios below zero and at the edges (SPEC §4.1)', () => {
  it('at most: T / A above the ceiling, 0 for a ceiling not above 0', () => {
    expect(atMostRatio(80, 60)).toBe(0.75)
    expect(atMostRatio(60, 60)).toBe(1)
    expect(atMostRatio(1, -5)).toBe(0)
    expect(atMostRatio(1, 0)).toBe(0)
  })

  it('exactly: 0 for a value not above 0 against a positive target', () => {
    expect(exactRatio(-2, 5)).toBe(0)
    expect(exactRatio(0, 5)).toBe(0)
    expect(exactRatio(4, 5)).toBe(0.8)
    expect(exactRatio(0, 0)).toBe(1)
  })

  it('a range: A / L below it, U / A above it, 0 where L or A is not above 0', () => {
    expect(rangeRatio(5, 10, 20)).toBe(0.5)
    expect(rangeRatio(40, 10, 20)).toBe(0.5)
    expect(rangeRatio(10, 10, 20)).toBe(1)
    expect(rangeRatio(20, 10, 20)).toBe(1)
    expect(rangeRatio(-1, 10, 20)).toBe(0)
    expect(rangeRatio(-20, -10, -5)).toBe(0)
  })
})

describe('leadingNumber', () => {
  it.each([
    ['12个', 12, '个'],
    ['+3.5%', 3.5, '%'],
    ['-2', -2, ''],
    ['.5亿元', 0.5, '亿元'],
    ['.25', 0.25, ''],
    ['7.', 7, ''],
  ])('%s → %d and %s', (text, value, rest) => {
    expect(leadingNumber(text)).toEqual({ value, rest })
  })

  it('needs a digit at the very start', () => {
    expect(leadingNumber('约12')).toBeNull()
    expect(leadingNumber('.x')).toBeNull()
    expect(leadingNumber('*3')).toBeNull()
  })
})
