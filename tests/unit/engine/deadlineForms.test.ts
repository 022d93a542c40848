import { describe, expect, it } from 'vitest'
import { parseMonth, readDeadline } from '@/domain/engine/dates'
import { actualOf, parse, summary } from './helpers'

describe('parseTarget: every deadline form of SPEC §3 is a deadline, due on its last day', () => {
  it.each([
    // The forms SPEC §3 lists.
    ['2024年12月31日前', '2024-12-31'],
    ['12月底前', '2024-12-31'],
    ['9月前', '2024-09-30'],
    ['6月30日前', '2024-06-30'],
    ['三季度末前', '2024-09-30'],
    ['年底前', '2024-12-31'],
    ['按期完成', '2024-12-31'],
    // A month followed by 前/以前/之前, with or without 底/末/份, a year or 完成.
    ['9月以前', '2024-09-30'],
    ['9月之前', '2024-09-30'],
    ['9月底前', '2024-09-30'],
    ['9月末前', '2024-09-30'],
    ['9月份前', '2024-09-30'],
    ['9月前完成', '2024-09-30'],
    ['9月之前办结', '2024-09-30'],
    ['9月完成', '2024-09-30'],
    ['2024年9月前', '2024-09-30'],
    ['2025年3月前', '2025-03-31'],
    ['1月前', '2024-01-31'],
    ['12月前', '2024-12-31'],
    ['6月30日以前', '2024-06-30'],
    ['6月30日之前', '2024-06-30'],
    // Quarters, with or without 末, 第 or a digit: due on the quarter's last day.
    ['一季度末前', '2024-03-31'],
    ['第三季度末前', '2024-09-30'],
    ['三季度前', '2024-09-30'],
    ['第二季度之前', '2024-06-30'],
    ['四季度以前', '2024-12-31'],
    ['3季度前完成', '2024-09-30'],
    ['三季度内完成', '2024-09-30'],
    ['2025年一季度前', '2025-03-31'],
    // The half year.
    ['上半年前', '2024-06-30'],
    ['年中前', '2024-06-30'],
    // A 旬 of a month: the 10th, the 20th, the month's last day.
    ['9月上旬前', '2024-09-10'],
    ['9月中旬前', '2024-09-20'],
    ['9月下旬前', '2024-09-30'],
    ['2月下旬前', '2024-02-29'],
    ['2025年1月中旬前完成', '2025-01-20'],
  ])('%s → due %s', (text, due) => {
    expect(summary(parse(text))).toEqual(['deadline', due])
  })

  it('gives every deadline its traits: stated forward, a level', () => {
    expect(parse('9月前')).toEqual({
      kind: 'deadline',
      due: '2024-09-30',
      text: '9月前',
      direction: '正向',
      directionInferred: false,
      basis: '时点',
      basisInferred: true,
    })
  })

  it('dates a month without a year in the target’s 年度: 30 or 31 days, and a leap February', () => {
    expect(summary(parse('9月前', { year: 2023 }))).toEqual(['deadline', '2023-09-30'])
    expect(summary(parse('4月前'))).toEqual(['deadline', '2024-04-30'])
    expect(summary(parse('5月前'))).toEqual(['deadline', '2024-05-31'])
    expect(summary(parse('2月前'))).toEqual(['deadline', '2024-02-29'])
    expect(summary(parse('2月前', { year: 2023 }))).toEqual(['deadline', '2023-02-28'])
    expect(summary(parse('4月30日前'))).toEqual(['deadline', '2024-04-30'])
  })

  it('never reads a deadline as a quantity in a unit 月前: a day that does not exist is not understood', () => {
    for (const text of [
      '13月前',
      '0月前',
      '4月31日前',
      '2月30日以前',
      '2023年2月29日前',
      '13月上旬前',
      '9月15前',
      '9月初之前',
    ]) {
      expect(parse(text)).toEqual({ kind: 'unknown', text, message: `无法识别的指标值：'${text}'` })
    }
    expect(readDeadline('13月前', 2024)).toEqual({ due: null })
    expect(readDeadline('≥4次', 2024)).toBeNull()
    expect(readDeadline('9月前', 2024)).toEqual({ due: '2024-09-30' })
  })

  it('keeps a bare month a quantity, and leaves a quarter without a closing word as words', () => {
    expect(summary(parse('9月'))).toEqual(['atLeast', 9, '月'])
    expect(summary(parse('3个月'))).toEqual(['atLeast', 3, '个月'])
    expect(summary(parse('6月以内'))).toEqual(['atMost', 6, '月'])
    expect(summary(parse('三季度'))).toEqual(['qualitative', '三季度'])
  })
})

describe('parseMonth: a completion month as written', () => {
  it.each([
    ['7月', '2024-07'],
    ['1月', '2024-01'],
    ['12月', '2024-12'],
    ['7月份', '2024-07'],
    ['7月底', '2024-07'],
    ['7月末', '2024-07'],
    ['7月完成', '2024-07'],
    ['7月份已完成', '2024-07'],
    ['2023年7月', '2023-07'],
    ['2024-07', '2024-07'],
    ['2023/7', '2023-07'],
    ['2024.11', '2024-11'],
    ['2024-07完成', '2024-07'],
    ['0月', null],
    ['13月', null],
    ['2024-00', null],
    ['2024-13', null],
    // A whole month only: no period, no deadline, no day.
    ['1-7月', null],
    ['7月前', null],
    ['约7月', null],
    ['7', null],
    ['24-07', null],
    ['2024年7月5日', null],
  ])('%s → %s', (text, expected) => {
    expect(parseMonth(text, 2024)).toBe(expected)
  })
})

describe('parseActual: a month is a completion against a deadline, a number against a quantity', () => {
  it.each([
    ['7月', '2024-07'],
    ['2024年7月', '2024-07'],
    ['2024-07', '2024-07'],
    ['于7月完成', '2024-07'],
    ['已于2024年10月完成', '2024-10'],
    ['2024-09-30', '2024-09-30'],
  ])('%s against 9月前 → done, dated %s', (actual, date) => {
    expect(actualOf(actual, '9月前')).toEqual({ kind: 'completion', done: true, date })
  })

  it('reads 已完成 and 未完成 against 9月前, and refuses a month that does not exist', () => {
    expect(actualOf('已完成', '9月前')).toEqual({ kind: 'completion', done: true, date: null })
    expect(actualOf('未完成', '9月前')).toEqual({ kind: 'completion', done: false, date: null })
    expect(actualOf('13月', '9月前')).toMatchObject({ kind: 'error', code: 'notCompletion' })
  })

  it('still reads 7月 as the number 7 against a quantity in 月', () => {
    expect(actualOf('7月', '≥6月')).toEqual({ kind: 'number', value: 7 })
  })
})
