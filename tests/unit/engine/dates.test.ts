import { describe, expect, it } from 'vitest'
import { isoDate, judgedOn, monthEnd, parseDate, readDeadline, quarterEnd } from '@/domain/engine/dates'

describe('isoDate: a calendar date, or null', () => {
  it.each([
    [2024, 2, 29, '2024-02-29'],
    [2023, 2, 29, null],
    [2024, 4, 31, null],
    [2024, 13, 1, null],
    [2024, 0, 10, null],
    [2024, 12, 31, '2024-12-31'],
    [2024, 1, 1, '2024-01-01'],
    [2024, 1, 0, null],
    [2024, 1, 32, null],
    // A two-digit year is not 19xx, as Date.UTC would make it.
    [24, 1, 1, null],
  ])('%i-%i-%i → %s', (year, month, day, expected) => {
    expect(isoDate(year, month, day)).toBe(expected)
  })
})

describe('monthEnd and quarterEnd', () => {
  it.each([
    [2024, 1, '2024-01-31'],
    [2024, 2, '2024-02-29'],
    [2023, 2, '2023-02-28'],
    [2024, 12, '2024-12-31'],
    [2024, 0, null],
    [2024, 13, null],
  ])('%i month %i ends %s', (year, month, expected) => {
    expect(monthEnd(year, month)).toBe(expected)
  })

  it('quarters end on 03-31, 06-30, 09-30, 12-31', () => {
    expect([1, 2, 3, 4].map((q) => quarterEnd(2024, q as 1 | 2 | 3 | 4))).toEqual([
      '2024-03-31',
      '2024-06-30',
      '2024-09-30',
      '2024-12-31',
    ])
  })
})

describe('judgedOn: the month’s end, and the day after the year at its end', () => {
  it('keeps each year and month apart', () => {
    expect(judgedOn(2024, 7)).toBe('2024-07-31')
    expect(judgedOn(2024, 8)).toBe('2024-08-31')
    expect(judgedOn(2023, 7)).toBe('2023-07-31')
    expect(judgedOn(2024, 7)).toBe('2024-07-31')
    expect(judgedOn(2024, 2)).toBe('2024-02-29')
    expect(judgedOn(2025, 2)).toBe('2025-02-28')
    expect(judgedOn(2024, 12)).toBe('2025-01-01')
  })
})

describe('parseDate: a completion date as written', () => {
  it.each([
    ['2024-11-30', '2024-11-30'],
    ['2024/1/5', '2024-01-05'],
    ['2024.11.30日', '2024-11-30'],
    ['2024-11-30完成', '2024-11-30'],
    ['2024-11-30已完成', '2024-11-30'],
    ['11月30日', '2024-11-30'],
    ['11月30号完成', '2024-11-30'],
    ['2023年11月30日已完成', '2023-11-30'],
    ['2024-02-30', null],
    // Only a whole date: nothing before it, nothing after but 完成.
    ['约2024-11-30', null],
    ['2024-11-30前', null],
    ['截至11月30日', null],
    ['11月30日前', null],
  ])('%s → %s', (text, expected) => {
    expect(parseDate(text, 2024)).toBe(expected)
  })
})

describe('readDeadline: 按期完成 and its synonyms name the year end, only whole', () => {
  it.each([
    ['按期完成', '2024-12-31'],
    ['按时完成', '2024-12-31'],
    ['如期完成', '2024-12-31'],
    ['按计划完成', '2024-12-31'],
    ['未按期完成', null],
    ['按期完成率', null],
  ])('%s → %s', (text, expected) => {
    expect(readDeadline(text, 2024)?.due ?? null).toBe(expected)
  })
})
