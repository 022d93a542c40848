import { describe, expect, it } from 'vitest'
import { parseActual } from '@/domain/engine/actualParser'
import { judge, scoreJudgement } from '@/domain/engine/judgement'
import { DEFAULT_SETTINGS } from '@/domain/engine/settings'
import type { Month } from '@/domain/period'
import { parse } from './helpers'

/**
 * The light and the score (分值 10) of a deadline at the end of month m: [colour, word, r,
 * score, why unscored]. In year the score follows the 预计完成率, which for a deadline is r.
 */
function verdict(target: string, actual: string | null, m: number, year = 2024) {
  const parsed = parse(target, { year })
  const value = actual === null ? null : parseActual(actual, parsed, year)
  const judgement = judge(parsed, value, year, m as Month, DEFAULT_SETTINGS)
  const line = scoreJudgement(judgement, 10, 'given', m as Month)
  return [judgement.light.color, judgement.light.label, judgement.light.r, line.score, line.reason ?? null]
}

type Row = [string, string | null, number, string, string, number | null, number | null, string | null]

const onTime = ['green', '正常', 1, 10, null] as const
const overdue = ['red', '严重偏离', 0, 0, null] as const
const pending = ['grey', '进行中', null, null, 'pending'] as const
const yearEndOnTime = ['green', '按期完成', 1, 10, null] as const
const yearEndLate = ['red', '逾期完成', 0, 0, null] as const
const yearEndNotDone = ['red', '未完成', 0, 0, null] as const

describe('9月前 (due 2024-09-30): the form that was read as 9 in a unit 月前', () => {
  it.each<Row>([
    // A month before, at and after the deadline, reported at that month's end.
    ['9月前', '7月', 7, ...onTime],
    ['9月前', '8月', 9, ...onTime],
    // The deadline month itself is on time: completed some day of September.
    ['9月前', '9月', 9, ...onTime],
    ['9月前', '10月', 10, ...overdue],
    ['9月前', '2024年10月', 10, ...overdue],
    ['9月前', '2024-10', 11, ...overdue],
    // A date: the last day counts, the next does not.
    ['9月前', '2024-09-30', 9, ...onTime],
    ['9月前', '2024-10-01', 10, ...overdue],
    ['9月前', '已完成', 7, ...onTime],
    // Not done: pending up to the deadline's month end (asOf 09-30 is not past the due date), then overdue.
    ['9月前', '未完成', 6, ...pending],
    ['9月前', '未完成', 9, ...pending],
    ['9月前', '未完成', 10, ...overdue],
    ['9月前', null, 6, 'grey', '未填报', null, null, 'notReported'],
    // The year end names results.
    ['9月前', '9月', 12, ...yearEndOnTime],
    ['9月前', '10月', 12, ...yearEndLate],
    ['9月前', '未完成', 12, ...yearEndNotDone],
  ])('%s, actual %s at month %i → %s %s, r %s, score %s', (target, actual, m, ...expected) => {
    expect(verdict(target, actual, m)).toEqual(expected)
  })
})

describe('every other deadline form of SPEC §3, with month and date actuals', () => {
  it.each<Row>([
    // 6月30日前, due 2024-06-30.
    ['6月30日前', '5月', 6, ...onTime],
    ['6月30日前', '6月', 6, ...onTime],
    ['6月30日前', '7月', 7, ...overdue],
    ['6月30日前', '6月30日', 6, ...onTime],
    ['6月30日前', '7月1日', 7, ...overdue],
    ['6月30日前', '已完成', 3, ...onTime],
    ['6月30日前', '未完成', 3, ...pending],
    ['6月30日前', '未完成', 6, ...pending],
    ['6月30日前', '未完成', 7, ...overdue],
    ['6月30日前', '7月', 12, ...yearEndLate],
    // 三季度末前, due 2024-09-30.
    ['三季度末前', '2024年8月', 9, ...onTime],
    ['三季度末前', '2024-09', 9, ...onTime],
    ['三季度末前', '2024-10', 10, ...overdue],
    ['三季度末前', '2024年9月30日', 9, ...onTime],
    ['三季度末前', '2024年10月1日', 12, ...yearEndLate],
    ['三季度末前', '已完成', 9, ...onTime],
    ['三季度末前', '未完成', 3, ...pending],
    ['三季度末前', '未完成', 9, ...pending],
    ['三季度末前', '未完成', 10, ...overdue],
    // 一季度末前, due 2024-03-31; 上半年前, due 2024-06-30.
    ['一季度末前', '3月', 3, ...onTime],
    ['一季度末前', '4月', 4, ...overdue],
    ['上半年前', '6月', 6, ...onTime],
    ['上半年前', '7月', 7, ...overdue],
  ])('%s, actual %s at month %i → %s %s', (target, actual, m, ...expected) => {
    expect(verdict(target, actual, m)).toEqual(expected)
  })

  // Due 2024-12-31: nothing in the year is late; the year end is judged once the year has closed.
  it.each(['2024年12月31日前', '12月底前', '年底前', '按期完成'])('%s: due at the year end', (target) => {
    expect(verdict(target, '11月', 11)).toEqual([...onTime])
    expect(verdict(target, '已完成', 9)).toEqual([...onTime])
    expect(verdict(target, '未完成', 6)).toEqual([...pending])
    expect(verdict(target, '未完成', 11)).toEqual([...pending])
    expect(verdict(target, null, 9)).toEqual(['grey', '未填报', null, null, 'notReported'])
    expect(verdict(target, '12月', 12)).toEqual([...yearEndOnTime])
    expect(verdict(target, '2024-12-31', 12)).toEqual([...yearEndOnTime])
    expect(verdict(target, '2025年1月', 12)).toEqual([...yearEndLate])
    expect(verdict(target, '2025-01-01', 12)).toEqual([...yearEndLate])
    expect(verdict(target, '未完成', 12)).toEqual([...yearEndNotDone])
  })
})

describe('deadline edges: a day within the month, 30 or 31 days, a leap February', () => {
  it('a month actual against a day within that month is on time; the next month is late', () => {
    expect(verdict('6月15日前', '6月', 6)).toEqual([...onTime])
    expect(verdict('6月15日前', '6月16日', 6)).toEqual([...overdue])
    expect(verdict('6月15日前', '6月15日', 6)).toEqual([...onTime])
    expect(verdict('6月15日前', '7月', 7)).toEqual([...overdue])
    // Not done: the month's end (06-30) is past 06-15.
    expect(verdict('6月15日前', '未完成', 5)).toEqual([...pending])
    expect(verdict('6月15日前', '未完成', 6)).toEqual([...overdue])
  })

  it('9月中旬前 ends on the 20th', () => {
    expect(verdict('9月中旬前', '2024-09-20', 9)).toEqual([...onTime])
    expect(verdict('9月中旬前', '2024-09-21', 9)).toEqual([...overdue])
    expect(verdict('9月中旬前', '9月', 9)).toEqual([...onTime])
    expect(verdict('9月中旬前', '未完成', 8)).toEqual([...pending])
    expect(verdict('9月中旬前', '未完成', 9)).toEqual([...overdue])
  })

  it('4月前 ends on the 30th, 5月前 on the 31st', () => {
    expect(verdict('4月前', '2024-04-30', 4)).toEqual([...onTime])
    expect(verdict('4月前', '2024-05-01', 5)).toEqual([...overdue])
    expect(verdict('5月前', '2024-05-31', 5)).toEqual([...onTime])
    expect(verdict('5月前', '2024-06-01', 6)).toEqual([...overdue])
  })

  it('2月前 ends on the 29th in 2024 and on the 28th in 2023', () => {
    expect(verdict('2月前', '2024-02-29', 2)).toEqual([...onTime])
    expect(verdict('2月前', '2024-03-01', 3)).toEqual([...overdue])
    expect(verdict('2月前', '未完成', 2)).toEqual([...pending])
    expect(verdict('2月前', '未完成', 3)).toEqual([...overdue])
    expect(verdict('2月前', '2023-02-28', 2, 2023)).toEqual([...onTime])
    expect(verdict('2月前', '2023-03-01', 3, 2023)).toEqual([...overdue])
    expect(verdict('2月前', '2月', 2, 2023)).toEqual([...onTime])
    expect(verdict('2月前', '3月', 3, 2023)).toEqual([...overdue])
    // No 29 February in 2023: a value that cannot be read, never scored.
    expect(verdict('2月前', '2023-02-29', 2, 2023)).toEqual(['grey', '无法识别', null, null, 'flagged'])
  })

  it('a month of another year against a deadline of this one', () => {
    expect(verdict('9月前', '2023年12月', 3)).toEqual([...onTime])
    expect(verdict('2025年3月前', '2025年3月', 12)).toEqual([...yearEndOnTime])
    expect(verdict('2025年3月前', '未完成', 12)).toEqual([...pending])
  })
})
