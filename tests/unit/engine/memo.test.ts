import { describe, expect, it } from 'vitest'
import { budgetResult } from '@/domain/engine/budgetResult'
import { evaluateUnitYear } from '@/domain/engine/evaluate'
import { evaluateIndicator } from '@/domain/engine/indicator'
import { DEFAULT_SETTINGS } from '@/domain/engine/settings'
import { actual, budgetLine, dataset, spent, target } from '../fixtures'

describe('evaluateIndicator: a row asked the same again gets the same result', () => {
  const row = target('培训次数', { targetText: '≥4次' })

  it('lights and scores a row, and gives the same object for the same value, quarter and weight', () => {
    const value = actual(row, 2, '1次')
    const first = evaluateIndicator(row, value, 6, DEFAULT_SETTINGS, 10, 'given')
    // 累计 1 by Q2 against 4: pace (1/4)/(2/4) = 0.5 → red; projected 1 × 4/2 = 2 → r 0.5, score 5.
    expect(first).toMatchObject({ record: row, actualRecord: value, light: { status: 'off', r: 0.25, pace: 0.5 } })
    expect(first.score).toEqual({
      weight: 10,
      weightSource: 'given',
      r: 0.5,
      capped: 0.5,
      score: 5,
      ratioName: '预计完成率',
    })
    expect(evaluateIndicator(row, value, 6, DEFAULT_SETTINGS, 10, 'given')).toBe(first)
  })

  it('works anew for another value, quarter, weight or settings', () => {
    const value = actual(row, 2, '1次')
    const first = evaluateIndicator(row, value, 6, DEFAULT_SETTINGS, 10, 'given')
    const other = evaluateIndicator(row, actual(row, 2, '2次'), 6, DEFAULT_SETTINGS, 10, 'given')
    expect(other.score.score).toBe(10)
    expect(evaluateIndicator(row, value, 12, DEFAULT_SETTINGS, 10, 'given').score).toMatchObject({
      r: 0.25,
      score: 2.5,
      ratioName: '完成率',
    })
    expect(evaluateIndicator(row, value, 6, DEFAULT_SETTINGS, 6, 'split').score).toMatchObject({
      weight: 6,
      weightSource: 'split',
      score: 3,
    })
    const lenient = { ...DEFAULT_SETTINGS, paceYellow: 0.4 }
    expect(evaluateIndicator(row, value, 6, lenient, 10, 'given').light.status).toBe('warning')
    expect(evaluateIndicator(row, value, 6, DEFAULT_SETTINGS, 10, 'given')).not.toBe(first)
    expect(evaluateIndicator(row, value, 6, DEFAULT_SETTINGS, 10, 'given')).toEqual(first)
  })

  it('says 未填报 with no value', () => {
    expect(evaluateIndicator(row, null, 9, DEFAULT_SETTINGS, 8, 'split')).toMatchObject({
      actual: null,
      light: { status: 'notReported' },
      score: { score: null, reason: 'notReported' },
    })
  })
})

describe('budgetResult: the same lines and spending give the same result', () => {
  const a = budgetLine('经费', 100)
  const b = budgetLine('培训费', 60)

  it('adds lines and spending, and gives the same object when asked the same', () => {
    const spending = new Map([
      [a.id, 30],
      [b.id, 10],
    ])
    const first = budgetResult([a, b], spending, 6, DEFAULT_SETTINGS)
    // e = 40 / 160 = 0.25; pace 0.25 / (2/4) = 0.5.
    expect(first).toMatchObject({
      budget: 160,
      spent: 40,
      e: 0.25,
      pace: 0.5,
      score: { weight: 10, r: 0.5, score: 5, ratioName: '预计执行率' },
    })
    expect(budgetResult([a, b], new Map(spending), 6, DEFAULT_SETTINGS)).toBe(first)
  })

  it('works anew when the spending, the lines or the quarter differ', () => {
    const first = budgetResult([a, b], new Map([[a.id, 30]]), 6, DEFAULT_SETTINGS)
    expect(first).toMatchObject({ spent: 30, e: 0.1875 })
    expect(budgetResult([a, b], new Map([[a.id, 80]]), 6, DEFAULT_SETTINGS)).toMatchObject({
      spent: 80,
      e: 0.5,
      pace: 1,
    })
    expect(budgetResult([a], new Map([[a.id, 30]]), 6, DEFAULT_SETTINGS)).toMatchObject({
      budget: 100,
      e: 0.3,
      pace: 0.6,
    })
    expect(budgetResult([a, b], new Map([[a.id, 30]]), 12, DEFAULT_SETTINGS)).toMatchObject({
      e: 0.1875,
      pace: 0.1875,
      score: { ratioName: '执行率' },
    })
    expect(budgetResult([a, b], new Map(), 6, DEFAULT_SETTINGS)).toMatchObject({
      spent: null,
      light: { status: 'notReported' },
      score: { reason: 'notReported' },
    })
  })
})

describe('evaluateUnitYear on rows held by a screen', () => {
  it('gives the same indicator results again, and new ones when a value changes', () => {
    const row = target('培训次数', { targetText: '≥4次' })
    const line = budgetLine('经费', 100)
    const data = dataset({
      targets: [row],
      actuals: [actual(row, 1, '1次')],
      budgets: [line],
      spending: [spent(line, 1, 25)],
    })
    const [first] = evaluateUnitYear(data, 3)
    const [again] = evaluateUnitYear(data, 3)
    expect(again!.indicators[0]).toBe(first!.indicators[0])
    expect(again!.budget).toBe(first!.budget)
    // 1 of 4 by Q1 and 25 of 100 by Q1: both exactly on pace, full marks.
    expect(again!.total).toBe(100)
    const [changed] = evaluateUnitYear({ ...data, actuals: [actual(row, 1, '0次')] }, 3)
    expect(changed!.indicators[0]!.score.score).toBe(0)
    // 0 of the indicator's 50 (产出指标), all of the budget's 10: 100 × 10 / 60.
    expect(changed!.total).toBe(100 * (10 / 60))
  })
})

describe('budgetResult: answered anew for another month or settings; weights and spending as given', () => {
  it('recomputes for another month and for other settings', () => {
    const a = budgetLine('人员经费', 100)
    const spending = new Map([[a.id, 50]])
    expect(budgetResult([a], spending, 6, DEFAULT_SETTINGS).pace).toBe(1)
    expect(budgetResult([a], spending, 9, DEFAULT_SETTINGS).pace).toBe(0.666666666667)
    expect(budgetResult([a], spending, 9, { ...DEFAULT_SETTINGS, paceYellow: 0.7 }).light.status).toBe('off')
  })

  it('takes the first given 分值 of any line, else the default, and no spending as not reported', () => {
    const a = budgetLine('人员经费', 100)
    const b = budgetLine('公用经费', 100, { weight: 15 })
    expect(budgetResult([a, b], new Map(), 6, DEFAULT_SETTINGS).score).toMatchObject({
      weight: 15,
      weightSource: 'given',
      score: null,
      reason: 'notReported',
    })
    expect(budgetResult([a], new Map([[a.id, 50]]), 6, DEFAULT_SETTINGS)).toMatchObject({
      spent: 50,
      score: { weight: 10, weightSource: 'default' },
    })
    expect(budgetResult([a], new Map(), 6, DEFAULT_SETTINGS)).toMatchObject({ spent: null, e: null })
  })
})
