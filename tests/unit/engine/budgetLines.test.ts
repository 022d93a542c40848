import { describe, expect, it } from 'vitest'
import { budgetLinesAt, yearBudget } from '@/domain/budgetLines'
import { budgetLine, spent } from '../fixtures'

describe('budgetLinesAt: each line with its spending of that month only', () => {
  it('takes the month asked for, not another month’s figure', () => {
    const staff = budgetLine('人员经费', 200)
    const rows = budgetLinesAt([staff], [spent(staff, 1, 40), spent(staff, 2, 90, { sample: true })], 6)
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({ spent: 90, sample: true })
    // 90 of 200 at month 6: e 0.45, pace 12 × 90 / (200 × 6) = 0.9.
    expect(rows[0]!.execution).toMatchObject({ e: 0.45, pace: 0.9 })
    expect(budgetLinesAt([staff], [spent(staff, 1, 40)], 6)[0]).toMatchObject({
      spent: null,
      sample: false,
      execution: { e: null },
    })
  })
})

describe('yearBudget: no rate without spending or without a budget', () => {
  it('gives e only for a positive budget with spending', () => {
    const line = budgetLine('人员经费', 100)
    expect(yearBudget(2024, [line], [])).toMatchObject({ budget: 100, spent: null, month: null, period: null, e: null })
    const none = budgetLine('人员经费', 0)
    expect(yearBudget(2024, [none], [spent(none, 2, 5)])).toMatchObject({ budget: 0, spent: 5, month: 6, e: null })
    expect(yearBudget(2024, [line], [spent(line, 2, 50)])).toMatchObject({ spent: 50, month: 6, e: 0.5 })
  })
})
