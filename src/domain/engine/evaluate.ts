import type { Dataset } from '../model'
import type { ActualRecord } from '../records'
import { periodOf, type Month, type Period } from '../period'
import { compareScopes } from '../summary'
import { overallLight, type OverallLight } from './budgetExecution'
import { budgetResult, type BudgetResult } from './budgetResult'
import type { Light } from './lights'
import { assignWeights, totalOf, type ScoreLine, type Total } from './scoring'
import { evaluateIndicator, type IndicatorResult } from './indicator'
import { formTotal } from './formScore'
import { targetInForce } from './targetInForce'
import { DEFAULT_SETTINGS, type EngineSettings } from './settings'

/** A (单位, 年度, 类别) at a period: the self-evaluation table and the 双监控 light. */
export interface ScopeResult extends Total {
  unit: string
  year: number
  scope: string
  /** The period it is evaluated at: month 1–12. */
  month: Month
  /** That period as its values were given (第3季度, or 1-7月 when reported by month). */
  period: Period
  /** In year, the total is 预计得分, from values projected to year end. */
  projected: boolean
  indicators: IndicatorResult[]
  /** Null when the 类别 has no budget line. */
  budget: BudgetResult | null
  overall: OverallLight
  /** 表内得分 a 自评表 gave: of the budget's execution and in all; null where it gave none. */
  formScores: { budget: number | null; total: number | null }
}

/**
 * Evaluates every 类别 of a unit-year at month m: each indicator's target, actual,
 * light and score; budget execution; totals, grades and the overall light.
 * 部门整体 comes first, then projects; indicators stay in form order.
 */
export function evaluateUnitYear(rows: Dataset, m: Month, settings: EngineSettings = DEFAULT_SETTINGS): ScopeResult[] {
  return evaluateScopes(rows, () => m, settings)
}

/** Like {@link evaluateUnitYear}, with each 类别 evaluated at its own month. */
export function evaluateScopes(
  rows: Dataset,
  monthOf: (scope: string) => Month,
  settings: EngineSettings = DEFAULT_SETTINGS,
): ScopeResult[] {
  // Codes and budget ids are unique within a unit-year, whatever the 类别.
  const actualsAtQ = new Map<string, ActualRecord>()
  // A 类别's period is named as a month when every value of it came by month.
  const byMonth = new Map<string, boolean>()
  const given = (row: { scope: string; byMonth?: boolean }) =>
    byMonth.set(row.scope, (byMonth.get(row.scope) ?? true) && row.byMonth === true)
  for (const a of rows.actuals) {
    if (a.month !== monthOf(a.scope)) continue
    actualsAtQ.set(a.indicatorCode, a)
    given(a)
  }
  const spentAtQ = new Map<string, number>()
  const budgetFormScore = new Map<string, number>()
  // A 表内得分 is the budget's: spending of a 来源 line is the same money told by source.
  const fundIds = new Set(rows.budgets.flatMap((b) => (b.breakdown === '经费' ? [b.id] : [])))
  for (const s of rows.spending) {
    if (s.month !== monthOf(s.scope)) continue
    spentAtQ.set(s.budgetId, s.spent)
    if (s.formScore !== undefined && fundIds.has(s.budgetId))
      budgetFormScore.set(s.scope, (budgetFormScore.get(s.scope) ?? 0) + s.formScore)
    given(s)
  }
  const targetsOf = byScope(rows.targets)
  const linesOf = byScope(rows.budgets.filter((b) => b.breakdown === '经费'))
  const scopeSet = new Set(targetsOf.keys())
  for (const b of rows.budgets) scopeSet.add(b.scope)
  const scopes = [...scopeSet].sort(compareScopes)
  return scopes.map((scope) => {
    const m = monthOf(scope)
    // One 类别: the forms' order is the file order; each target as in force at the period.
    const targets = (targetsOf.get(scope) ?? []).map((t) => targetInForce(t, m)).sort((a, b) => a.position - b.position)
    const lines = linesOf.get(scope) ?? []
    // A 类别 of 任务 lines only still names its unit and year.
    const first = targets[0] ?? lines[0] ?? rows.budgets.find((b) => b.scope === scope)!
    const year = first.year
    const weights = assignWeights(targets, settings)
    const indicators: IndicatorResult[] = []
    const scores: ScoreLine[] = []
    const lights: Light[] = []
    for (let i = 0; i < targets.length; i++) {
      const record = targets[i]!
      const { weight, source } = weights[i]!
      const result = evaluateIndicator(record, actualsAtQ.get(record.code) ?? null, m, settings, weight, source)
      indicators.push(result)
      scores.push(result.score)
      lights.push(result.light)
    }
    const budget = lines.length > 0 ? budgetResult(lines, spentAtQ, m, settings) : null
    const total = totalOf(scores, budget?.score ?? null, settings)
    return {
      unit: first.unit,
      year,
      scope,
      month: m,
      period: periodOf(m, byMonth.get(scope)),
      projected: m < 12,
      indicators,
      budget,
      overall: overallLight(lights, budget?.light ?? null, settings),
      formScores: {
        budget: budgetFormScore.get(scope) ?? null,
        total: formTotal(
          indicators.map((i) => i.actualRecord?.formScore),
          budgetFormScore.get(scope),
        ),
      },
      ...total,
    }
  })
}

/** Rows by 类别, each list a fresh array the caller may sort. */
function byScope<T extends { scope: string }>(rows: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>()
  for (const r of rows) {
    const list = groups.get(r.scope)
    if (list) list.push(r)
    else groups.set(r.scope, [r])
  }
  return groups
}
