import { describe, expect, it } from 'vitest'
import { evaluateUnitYear } from '@/domain/engine/evaluate'
import { DEFAULT_SETTINGS } from '@/domain/engine/settings'
import { gradeLift } from '@/domain/gradeLift'
import type { BudgetRecord, SpendingRecord } from '@/domain/records'
import { actual, budgetLine, dataset, spent, target } from '../fixtures'

/** Year-end lines of 25 points each: `achieved` of a target of 25个, so each scores its count. */
function scopeOf(achieved: readonly number[], budget?: { line: BudgetRecord; spending: SpendingRecord }) {
  const targets = achieved.map((_, i) => target(`指标${i + 1}`, { targetText: '≥25个', weight: 25, position: i }))
  const actuals = targets.map((t, i) => actual(t, 4, `${achieved[i]}个`))
  const rows = dataset({
    targets,
    actuals,
    ...(budget && { budgets: [budget.line], spending: [budget.spending] }),
  })
  return evaluateUnitYear(rows, 12, DEFAULT_SETTINGS)[0]!
}

const names = (lift: ReturnType<typeof gradeLift>) => lift?.candidates.map((c) => c.record.name)

describe('grade lift: the indicators whose completion lifts the grade', () => {
  it('needs any 2 of 3 lines 6 points short: 82 良, one done 88, two done 94 优', () => {
    const scope = scopeOf([25, 19, 19, 19])
    expect(scope.total).toBe(82)
    const lift = gradeLift(scope, DEFAULT_SETTINGS)
    expect(lift).toMatchObject({ from: '良', to: '优', reachable: true, needs: 2, totalWith: 94 })
    expect(names(lift)).toEqual(['指标2', '指标3', '指标4'])
  })

  it('lists only the lines of which any one suffices, the largest gain first', () => {
    // 85 良 needs 5 more: 8 (指标2) or 6 (指标3) alone reach 优; 1 (指标4) does not.
    const scope = scopeOf([25, 17, 19, 24])
    expect(scope.total).toBe(85)
    const lift = gradeLift(scope, DEFAULT_SETTINGS)
    expect(lift).toMatchObject({ from: '良', to: '优', needs: 1, totalWith: 93 })
    expect(names(lift)).toEqual(['指标2', '指标3'])
  })

  it('says when even every line done does not reach the next band', () => {
    // A budget of 50 points unspent at the year end scores 0: 2 lines of 10 give 20 差; both done give 50, still 差.
    const line = budgetLine('项目经费', 100, { weight: 50 })
    const scope = scopeOf([10, 10], { line, spending: spent(line, 4, 0) })
    expect(scope.total).toBe(20)
    expect(gradeLift(scope, DEFAULT_SETTINGS)).toMatchObject({
      from: '差',
      to: '中',
      reachable: false,
      needs: 2,
      totalWith: 50,
    })
  })

  it('gives nothing at the top band or without a total', () => {
    expect(gradeLift(scopeOf([25, 24, 24, 24]), DEFAULT_SETTINGS)).toBeNull()
    const none = evaluateUnitYear(dataset({ targets: [target('未报', { weight: 25 })] }), 12)[0]!
    expect(none.total).toBeNull()
    expect(gradeLift(none, DEFAULT_SETTINGS)).toBeNull()
  })
})
