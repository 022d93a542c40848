import { describe, expect, it } from 'vitest'
import { evaluateUnitYear } from '@/domain/engine/evaluate'
import type { IndicatorResult } from '@/domain/engine/indicator'
import { DEFAULT_SETTINGS } from '@/domain/engine/settings'
import { formatInTargetUnit } from '@/domain/engine/targetUnit'
import { neededOf } from '@/domain/needed'
import type { Month } from '@/domain/period'
import type { TargetRecord } from '@/domain/records'
import { actual, dataset, target } from '../fixtures'

/** One indicator with one value at month m, evaluated by the engine. */
function resultOf(targetText: string, actualText: string, m: Month, overrides: Partial<TargetRecord> = {}) {
  const record = target('指标', { targetText, ...overrides })
  const rows = dataset({ targets: [record], actuals: [actual(record, 1, actualText, { month: m })] })
  const [scope] = evaluateUnitYear(rows, m)
  return scope!.indicators[0]!
}

const needed = (result: IndicatorResult, m: Month) => neededOf(result, m, DEFAULT_SETTINGS)

describe('需完成: what the remaining months must deliver', () => {
  it('gives a running total behind its pace target − actual, per remaining month and the pace so far', () => {
    // ≥20个, 8 at Q3: k = (8/20)/0.75 = 0.533, red. 12 left over 3 months is 4 a month; 8 in 9 months is 0.89.
    const result = resultOf('≥20个', '8个', 9)
    expect(result.light.color).toBe('red')
    expect(needed(result, 9)).toEqual({
      kind: 'total',
      month: 9,
      monthsLeft: 3,
      goal: 20,
      actual: 8,
      remaining: 12,
      perMonth: 4,
      soFarPerMonth: 0.888888888889,
    })
  })

  it('keeps money in 万元 and shows it in the unit the target is written in', () => {
    // ≥100亿元, 30亿元 at 1-7月: k = 0.3 / (7/12) = 0.51, red. 70亿元 over 5 months is 14亿元; 30亿元 / 7 = 4.29亿元.
    const result = resultOf('≥100亿元', '30亿元', 7)
    const need = needed(result, 7)
    expect(need).toMatchObject({ kind: 'total', monthsLeft: 5, remaining: 700000, perMonth: 140000 })
    if (need?.kind !== 'total') throw new Error('a running total')
    expect(formatInTargetUnit(need.remaining, result.target)).toBe('70亿元')
    expect(formatInTargetUnit(need.perMonth, result.target)).toBe('14亿元')
    expect(formatInTargetUnit(need.soFarPerMonth, result.target)).toBe('4.29亿元')
  })

  it('gives a cost ceiling what the remaining months may still add', () => {
    // ≤60万元 under 成本指标, 50 at Q3: projected 66.67 > 66 (1.1 T), red. 10 may be added, 3.33 a month; 5.56 so far.
    const result = resultOf('≤60万元', '50万元', 9, { level2: '成本指标' })
    expect(result.light.color).toBe('red')
    expect(needed(result, 9)).toEqual({
      kind: 'allowance',
      month: 9,
      monthsLeft: 3,
      goal: 60,
      actual: 50,
      remaining: 10,
      perMonth: 3.33333333333,
      soFarPerMonth: 5.55555555556,
    })
  })

  it('gives a level the gap to its target by the year end, up or down', () => {
    // ≥90% is a level: 85% at Q2 is r = 0.944, yellow; 5 points short.
    const rate = resultOf('≥90%', '85%', 6)
    expect(rate.light.color).toBe('yellow')
    expect(needed(rate, 6)).toEqual({
      kind: 'level',
      month: 6,
      monthsLeft: 6,
      goal: 90,
      actual: 85,
      gap: 5,
      raise: true,
    })
    // A bare 5% of a 投诉率 is at most: 6% projects over 1.1 × 5 = 5.5, red; 1 point over.
    const ceiling = resultOf('5%', '6%', 6, { name: '群众投诉率' })
    expect(ceiling.light.color).toBe('red')
    expect(needed(ceiling, 6)).toEqual({
      kind: 'level',
      month: 6,
      monthsLeft: 6,
      goal: 5,
      actual: 6,
      gap: 1,
      raise: false,
    })
  })

  it('says of a passed deadline whether it is still to be done or was done late', () => {
    // Due 30 June; at Q3 not done is overdue (red), and so is done on 15 August.
    const open = resultOf('2024年6月30日前', '未完成', 9)
    expect(open.light.color).toBe('red')
    expect(needed(open, 9)).toEqual({ kind: 'deadline', month: 9, monthsLeft: 3, due: '2024-06-30', done: false })
    const late = resultOf('2024年6月30日前', '2024-08-15', 9)
    expect(needed(late, 9)).toEqual({ kind: 'deadline', month: 9, monthsLeft: 3, due: '2024-06-30', done: true })
  })

  it('gives a qualitative target its rating now and the rating that is on track', () => {
    // 部分达成 is r = 0.7, yellow; 基本达成 (0.8) is green.
    const result = resultOf('作用明显', '部分达成', 9)
    expect(result.light.color).toBe('yellow')
    expect(needed(result, 9)).toEqual({ kind: 'qualitative', month: 9, monthsLeft: 3, current: 0.7, green: 0.8 })
  })

  it('says nothing of a line on track, at the year end, or of a running total already past its exact target', () => {
    expect(needed(resultOf('≥20个', '15个', 9), 9)).toBeNull()
    expect(needed(resultOf('≥20个', '8个', 12), 12)).toBeNull()
    // =10个 and 20 at Q3: r = 10/20 = 0.5, red, yet a running total cannot come down.
    const past = resultOf('=10个', '20个', 9)
    expect(past.light.color).toBe('red')
    expect(needed(past, 9)).toBeNull()
  })
})
