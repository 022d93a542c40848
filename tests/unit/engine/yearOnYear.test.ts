import { describe, expect, it } from 'vitest'
import { yearBudget } from '@/domain/budgetLines'
import { evaluateUnitYear } from '@/domain/engine/evaluate'
import { indicatorAtPeriod, pairYears } from '@/domain/engine/yearOnYear'
import { actual, budgetLine, dataset, spent, target } from '../fixtures'

describe('last year at the same period', () => {
  const last = target('引进项目', { year: 2023, targetText: '≥20个' })
  const lastActuals = [actual(last, 2, '6个'), actual(last, 3, '12个'), actual(last, 4, '21个')]

  it('judges last year’s indicator at this year’s quarter, not at its year end', () => {
    // 2023 Q3: 12 of 20, 完成率 60%, pace 0.8 → 正常; its year end (21 of 20, 完成) is not what Q3 compares with
    expect(indicatorAtPeriod(last, lastActuals, 9)).toMatchObject({
      year: 2023,
      targetText: '≥20个',
      actualText: '12个',
      light: { r: 0.6, pace: 0.8, status: 'onTrack' },
    })
    // 2023 Q1 had no report: 未填报
    expect(indicatorAtPeriod(last, lastActuals, 3)).toMatchObject({
      actualText: null,
      light: { status: 'notReported', r: null },
    })
  })

  it('pairs the 类别 both years have, where last year had data at that period', () => {
    const now = target('引进项目', { targetText: '≥20个' })
    const current = evaluateUnitYear(dataset({ targets: [now], actuals: [actual(now, 3, '10个')] }), 9)
    const previous = evaluateUnitYear(dataset({ targets: [last], actuals: lastActuals }), 9)
    const [pair] = pairYears(current, previous)
    expect(pair).toMatchObject({
      scope: '部门整体',
      current: { year: 2024, month: 9 },
      previous: { year: 2023, month: 9 },
    })
    // 2024: 10 of 20 → 预计完成率 66.7% → 33.33 of 50 → 66.67; 2023: 12 of 20 → 80% → 80.00
    expect(pair!.current.total).toBeCloseTo(66.6666666667, 9)
    expect(pair!.previous.total).toBeCloseTo(80, 9)
  })

  it('pairs nothing when last year has no data for the period', () => {
    const now = target('引进项目', { targetText: '≥20个' })
    const current = evaluateUnitYear(dataset({ targets: [now], actuals: [actual(now, 3, '10个')] }), 9)
    const previous = evaluateUnitYear(dataset({ targets: [last], actuals: [actual(last, 4, '21个')] }), 9)
    expect(pairYears(current, previous)).toEqual([])
    // a budget-only year with spending only at Q4 (the sample's 2023) pairs nothing at Q3
    const line = budgetLine('人员经费', 100, { year: 2023 })
    const budgetOnly = evaluateUnitYear(dataset({ budgets: [line], spending: [spent(line, 4, 100)] }), 9)
    expect(pairYears(current, budgetOnly)).toEqual([])
  })

  it('reads a year’s budget at a given quarter, or at its latest', () => {
    const line = budgetLine('人员经费', 100, { year: 2023 })
    const spending = [spent(line, 3, 70), spent(line, 4, 98)]
    expect(yearBudget(2023, [line], spending, 9)).toEqual({
      year: 2023,
      initialBudget: 100,
      budget: 100,
      spent: 70,
      month: 9,
      period: { month: 9, byMonth: false },
      e: 0.7,
    })
    expect(yearBudget(2023, [line], spending)).toMatchObject({ spent: 98, month: 12, e: 0.98 })
    expect(yearBudget(2023, [line], spending, 6)).toMatchObject({ spent: null, month: null, period: null, e: null })
  })
})
