import type { DatasetView } from '../model'
import type { ActualRecord, Quarter } from '../records'
import { compareScopes } from '../summary'
import { overallLight, type OverallLight } from './budgetExecution'
import { budgetResult, type BudgetResult } from './budgetResult'
import type { Light } from './lights'
import { assignWeights, totalOf, type ScoreLine, type Total } from './scoring'
import { evaluateIndicator, type IndicatorResult } from './indicator'
import { DEFAULT_SETTINGS, type EngineSettings } from './settings'

// Screens import the result types from here, with the evaluation that makes them.
export type { BudgetResult } from './budgetResult'
export type { IndicatorResult } from './indicator'

/** A (单位, 年度, 类别) at a quarter: the self-evaluation table and the 双监控 light. */
export interface ScopeResult extends Total {
  unit: string
  year: number
  scope: string
  quarter: Quarter
  /** In year, the total is 预计得分, from values projected to year end. */
  projected: boolean
  indicators: IndicatorResult[]
  /** Null when the 类别 has no budget line. */
  budget: BudgetResult | null
  overall: OverallLight
}


/**
 * Evaluates every 类别 of a unit-year at quarter q: each indicator's target, actual,
 * light and score; budget execution; totals, grades and the overall light.
 * 部门整体 comes first, then projects; indicators stay in form order.
 */
export function evaluateUnitYear(rows: DatasetView, q: Quarter, settings: EngineSettings = DEFAULT_SETTINGS): ScopeResult[] {
  return evaluateScopes(rows, () => q, settings)
}

/** Like {@link evaluateUnitYear}, with each 类别 evaluated at its own quarter. */
export function evaluateScopes(rows: DatasetView, quarterOf: (scope: string) => Quarter, settings: EngineSettings = DEFAULT_SETTINGS): ScopeResult[] {
  // Codes and budget ids are unique within a unit-year, whatever the 类别.
  const actualsAtQ = new Map<string, ActualRecord>()
  for (const a of rows.actuals) if (a.quarter === quarterOf(a.scope)) actualsAtQ.set(a.indicatorCode, a)
  const spentAtQ = new Map<string, number>()
  for (const s of rows.spending) if (s.quarter === quarterOf(s.scope)) spentAtQ.set(s.budgetId, s.spent)
  const targetsOf = byScope(rows.targets)
  const linesOf = byScope(rows.budgets.filter((b) => b.breakdown === '经费'))
  const scopeSet = new Set(targetsOf.keys())
  for (const b of rows.budgets) scopeSet.add(b.scope)
  const scopes = [...scopeSet].sort(compareScopes)
  return scopes.map((scope) => {
    const q = quarterOf(scope)
    // One 类别: the forms' order is the file order.
    const targets = (targetsOf.get(scope) ?? []).sort((a, b) => a.position - b.position)
    const lines = linesOf.get(scope) ?? []
    const first = targets[0] ?? lines[0]
    const year = first?.year ?? 0
    const weights = assignWeights(targets, settings)
    const indicators: IndicatorResult[] = []
    const scores: ScoreLine[] = []
    const lights: Light[] = []
    for (let i = 0; i < targets.length; i++) {
      const record = targets[i]!
      const { weight, source } = weights[i]!
      const result = evaluateIndicator(record, actualsAtQ.get(record.code) ?? null, q, settings, weight, source)
      indicators.push(result)
      scores.push(result.score)
      lights.push(result.light)
    }
    const budget = lines.length > 0 ? budgetResult(lines, spentAtQ, q, settings) : null
    const total = totalOf(scores, budget?.score ?? null, settings)
    return {
      unit: first?.unit ?? '',
      year,
      scope,
      quarter: q,
      projected: q < 4,
      indicators,
      budget,
      overall: overallLight(lights, budget?.light ?? null, settings),
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
