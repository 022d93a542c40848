import { describe, expect, it } from 'vitest'
import {
  chineseFormPeriodName,
  chinesePeriodName,
  isWholeYear,
  periodNaming,
  isMonth,
  laterMonth,
  latestMonth,
  monthOfQuarter,
  parseMonth,
  periodOf,
  periodsOf,
  quarterClosedBy,
  timeProgress,
  type Month,
} from '@/domain/period'

describe('months and quarters (SPEC §2.8)', () => {
  it('quarter q is month 3q; only months 3, 6, 9, 12 close a quarter', () => {
    expect([1, 2, 3, 4].map((q) => monthOfQuarter(q as 1 | 2 | 3 | 4))).toEqual([3, 6, 9, 12])
    expect(([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] as Month[]).map(quarterClosedBy)).toEqual([
      null,
      null,
      1,
      null,
      null,
      2,
      null,
      null,
      3,
      null,
      null,
      4,
    ])
  })

  it('time progress is m / 12: 1-7月 is 7/12, a quarter end is q / 4', () => {
    expect(timeProgress(7)).toBe(7 / 12)
    expect(([3, 6, 9, 12] as Month[]).map(timeProgress)).toEqual([0.25, 0.5, 0.75, 1])
    expect(timeProgress(1)).toBe(1 / 12)
  })

  it('a month is a whole number 1–12', () => {
    expect([1, 12, 7].every(isMonth)).toBe(true)
    expect([0, 13, 2.5, Number.NaN, -1].some(isMonth)).toBe(false)
  })
})

describe('parseMonth: the 截至月份 cell', () => {
  it.each([
    ['7', 7],
    ['12', 12],
    ['07', 7],
    ['7月', 7],
    ['7月份', 7],
    ['1-7月', 7],
    ['1—7月', 7],
    ['1–7月', 7],
    ['1~7月', 7],
    ['1～7月', 7],
    ['1至7月', 7],
    ['1月-7月', 7],
    ['01-07', 7],
    ['７', 7],
    ['１－７月', 7],
    [' 1 - 7 月 ', 7],
    ['7月末', 7],
    ['1月', 1],
  ])('reads %j as month %i', (text, month) => {
    expect(parseMonth(text)).toBe(month)
  })

  it.each(['0', '13', '2-7月', '7-12月', '上半年', '', 'Q3', '7.5', '第三季度'])(
    'rejects %j (a span must start in January)',
    (text) => {
      expect(parseMonth(text)).toBeNull()
    },
  )
})

describe('the periods reported, named as given', () => {
  const row = (month: Month, byMonth?: boolean) => ({ month, ...(byMonth !== undefined && { byMonth }) })

  it('takes the later of two months, either of which may be none', () => {
    expect([
      laterMonth(null, null),
      laterMonth(6, null),
      laterMonth(null, 9),
      laterMonth(12, 3),
      laterMonth(7, 9),
    ]).toEqual([null, 6, 9, 12, 9])
  })

  it('reads values and spending together, in any order', () => {
    expect(latestMonth({ actuals: [row(9), row(3)], spending: [row(7, true)] })).toBe(9)
    expect(latestMonth({ actuals: [], spending: [] })).toBeNull()
  })

  it('lists each month once, in order; a quarter end is a quarter unless every row of it came by month', () => {
    expect(periodsOf({ actuals: [row(9), row(7, true), row(3)], spending: [row(6, true), row(6)] })).toEqual([
      { month: 3, byMonth: false },
      { month: 6, byMonth: false },
      { month: 7, byMonth: true },
      { month: 9, byMonth: false },
    ])
    expect(periodsOf({ actuals: [row(6, true)], spending: [row(6, true)] })).toEqual([{ month: 6, byMonth: true }])
  })

  it('names periods in Chinese as forms do', () => {
    expect([periodOf(9), periodOf(7), periodOf(6, true), periodOf(1), periodOf(12)].map(chinesePeriodName)).toEqual([
      '第3季度',
      '1-7月',
      '1-6月',
      '1月',
      '第4季度',
    ])
  })

  it('names a period one of three ways, whatever the language', () => {
    expect(
      [periodOf(9), periodOf(12), periodOf(1), periodOf(1, true), periodOf(7), periodOf(12, true)].map(periodNaming),
    ).toEqual([
      { way: 'quarter', q: 3 },
      { way: 'quarter', q: 4 },
      { way: 'month1' },
      { way: 'month1' },
      { way: 'months', m: 7 },
      { way: 'months', m: 12 },
    ])
  })

  it('names the year end given as a quarter the whole year on forms', () => {
    expect([periodOf(12), periodOf(12, true), periodOf(9)].map(isWholeYear)).toEqual([true, false, false])
    expect([periodOf(12), periodOf(12, true), periodOf(9), periodOf(7)].map(chineseFormPeriodName)).toEqual([
      '全年',
      '1-12月',
      '第3季度',
      '1-7月',
    ])
  })
})

describe('periodsOf and parseMonth at their edges', () => {
  it('names a month as a quarter once any row gave it so, whatever the order', () => {
    const byMonth = { month: 9 as const, byMonth: true }
    const byQuarter = { month: 9 as const, byMonth: false }
    expect(periodsOf({ actuals: [byMonth, byQuarter] })).toEqual([{ month: 9, byMonth: false }])
    expect(periodsOf({ actuals: [byQuarter], spending: [byMonth] })).toEqual([{ month: 9, byMonth: false }])
    expect(periodsOf({ actuals: [byMonth, byMonth] })).toEqual([{ month: 9, byMonth: true }])
  })

  it('reads full-width digits and spaces in a month', () => {
    expect(parseMonth('７月')).toBe(7)
    expect(parseMonth('1 - 7 月')).toBe(7)
  })
})
