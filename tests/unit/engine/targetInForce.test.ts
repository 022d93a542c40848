import { describe, expect, it } from 'vitest'
import { evaluateUnitYear, type ScopeResult } from '@/domain/engine/evaluate'
import { adjustmentOf, storedTargetOf, targetInForce, withAdjustment } from '@/domain/engine/targetInForce'
import type { Month } from '@/domain/period'
import { actual, dataset, target } from '../fixtures'

// Two 产出指标 (weight 50): A gives its own 分值 30, B shares what is left (20).
const original = target('招商推介会场次', { targetText: '≥10个', weight: 30, position: 1 })
const other = target('新引进项目数', { targetText: '≥8个', position: 2 })
// Approved in July: A becomes ≥20个 with 分值 40 from 1-7月 on (B is left 10).
const adjusted = withAdjustment(original, {
  targetText: '≥20个',
  weight: 40,
  fromMonth: 7,
  reason: '预算调整',
  approval: '财预〔2024〕5号',
  approvedOn: '2024-07-10',
})
const month7 = { month: 7 as Month, byMonth: true }
const values = (of: typeof original) => [
  actual(of, 1, of === other ? '2个' : '3个'),
  actual(of, 2, of === other ? '4个' : '4个'),
  actual(of, 3, of === other ? '5个' : '7个', month7),
]
const rows = (a: typeof original) => dataset({ targets: [a, other], actuals: [...values(a), ...values(other)] })

const summary = (scope: ScopeResult) => ({
  targets: scope.indicators.map((i) => i.record.targetText),
  colours: scope.indicators.map((i) => i.light.color),
  weights: scope.indicators.map((i) => i.score.weight),
  scores: scope.indicators.map((i) => i.score.score),
  total: scope.total,
})
const at = (data: ReturnType<typeof rows>, m: Month) => summary(evaluateUnitYear(data, m)[0]!)

describe('a target adjusted from month 7', () => {
  it('leaves Q1 as it was: pace 0.3 / 0.25 = 1.2 blue, 8 / 8 green, 30 + 20 = 100', () => {
    const expected = {
      targets: ['≥10个', '≥8个'],
      colours: ['blue', 'green'],
      weights: [30, 20],
      scores: [30, 20],
      total: 100,
    }
    expect(at(rows(adjusted), 3)).toEqual(expected)
    expect(at(rows(original), 3)).toEqual(expected)
  })

  it('leaves Q2 as it was: 4 of 10 at t = 0.5 is pace 0.8 green, 预计 8 / 10 → 24; total 100 × 44 / 50 = 88', () => {
    const expected = {
      targets: ['≥10个', '≥8个'],
      colours: ['green', 'green'],
      weights: [30, 20],
      scores: [24, 20],
      total: 88,
    }
    expect(at(rows(adjusted), 6)).toEqual(expected)
    expect(at(rows(original), 6)).toEqual(expected)
  })

  it('uses the new target and 分值 from 1-7月: 7 of 20 at t = 7/12 is pace 0.6 yellow, 预计 12 / 20 → 40 × 0.6 = 24; B gets 10; total 68', () => {
    expect(at(rows(adjusted), 7)).toEqual({
      targets: ['≥20个', '≥8个'],
      colours: ['yellow', 'green'],
      weights: [40, 10],
      scores: [24, 10],
      total: 68,
    })
    // Without the adjustment 7 of 10 at 7/12 is pace 1.2: blue, full marks.
    expect(at(rows(original), 7)).toMatchObject({ colours: ['blue', 'green'], scores: [30, 20], total: 100 })
  })
})

describe('the row in force and the stored row', () => {
  it('is the stored row before the month, one adjusted row from it on', () => {
    expect(targetInForce(adjusted, 6)).toBe(adjusted)
    const inForce = targetInForce(adjusted, 7)
    expect(targetInForce(adjusted, 12)).toBe(inForce)
    expect([inForce.targetText, inForce.weight]).toEqual(['≥20个', 40])
    expect(storedTargetOf(inForce)).toBe(adjusted)
    expect(targetInForce(original, 12)).toBe(original)
  })

  it('keeps the original beside the adjustment, and drops it again', () => {
    expect(adjusted.targetText).toBe('≥10个')
    const shown = {
      originalText: '≥10个',
      originalWeight: 30,
      targetText: '≥20个',
      weight: 40,
      fromMonth: 7,
      reason: '预算调整',
      approval: '财预〔2024〕5号',
      approvedOn: '2024-07-10',
    }
    expect(adjustmentOf(adjusted)).toEqual(shown)
    expect(adjustmentOf(targetInForce(adjusted, 9))).toEqual(shown)
    expect(adjustmentOf(original)).toBeNull()
    expect(withAdjustment(adjusted, null)).toEqual(original)
  })

  it('leaves blank texts and an unchanged 分值 out', () => {
    const row = withAdjustment(original, { targetText: ' ≥12个 ', fromMonth: 10, reason: ' ', approval: '' })
    expect(adjustmentOf(row)).toEqual({ originalText: '≥10个', originalWeight: 30, targetText: '≥12个', fromMonth: 10 })
    expect(targetInForce(row, 10).weight).toBe(30)
  })
})
