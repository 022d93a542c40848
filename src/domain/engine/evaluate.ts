import type { ActualRecord, BudgetRecord, Quarter, SpendingRecord, TargetRecord } from '../records'
import { sumAmounts } from '../money'
import { compareChinese, compareScopes, orderAsForms } from '../summary'
import type { ActualError, ParsedActual } from './actualParser'
import { budgetExecution, overallLight, type BudgetExecution, type OverallLight } from './budgetExecution'
import { indicatorLight, type Light } from './lights'
import { assignWeights, scoreLine, scoringRatio, totalOf, type ScoreLine, type Total } from './scoring'
import { DEFAULT_SETTINGS, type EngineSettings } from './settings'
import type { ParsedTarget } from './target'
import { parseActualCached, parseTargetCached } from './parseCache'

/** One indicator, understood, lit and scored at a quarter. */
export interface IndicatorResult {
  record: TargetRecord
  target: ParsedTarget
  /** The value reported for the quarter, if any. */
  actualRecord: ActualRecord | null
  actual: ParsedActual | ActualError | null
  light: Light
  score: ScoreLine
}

/** The budget execution of a 类别's 经费 lines, and its score line. */
export interface BudgetResult extends BudgetExecution {
  /** 年初预算数 of the lines, 万元. */
  initialBudget: number
  score: ScoreLine
}

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

/** A unit-year's stored rows (any order); everything must belong to one unit and year. */
export interface UnitYearRows {
  targets: readonly TargetRecord[]
  actuals: readonly ActualRecord[]
  budgets: readonly BudgetRecord[]
  spending: readonly SpendingRecord[]
}

/** Parses a stored target with everything its row knows (SPEC §3). */
export function parseTargetRecord(record: TargetRecord): ParsedTarget {
  return parseTargetCached(record.targetText, {
    year: record.year,
    level2: record.level2,
    name: record.name,
    ...(record.direction && { direction: record.direction }),
    ...(record.basis && { basis: record.basis }),
  })
}

/**
 * Evaluates every 类别 of a unit-year at quarter q: each indicator's target, actual,
 * light and score; budget execution; totals, grades and the overall light.
 * 部门整体 comes first, then projects; indicators stay in form order.
 */
export function evaluateUnitYear(rows: UnitYearRows, q: Quarter, settings: EngineSettings = DEFAULT_SETTINGS): ScopeResult[] {
  const actualsAtQ = new Map(rows.actuals.filter((a) => a.quarter === q).map((a) => [a.indicatorCode, a]))
  const spentAtQ = new Map(rows.spending.filter((s) => s.quarter === q).map((s) => [s.budgetId, s.spent]))
  const scopes = [...new Set(orderAsForms([...rows.targets, ...rows.budgets]).map((r) => r.scope))]
  return scopes.map((scope) => {
    const targets = orderAsForms(rows.targets.filter((t) => t.scope === scope))
    const lines = rows.budgets.filter((b) => b.scope === scope && b.breakdown === '经费')
    const first = targets[0] ?? lines[0]
    const year = first?.year ?? 0
    const weights = assignWeights(targets, settings)
    const indicators = targets.map((record, i): IndicatorResult => {
      const target = parseTargetRecord(record)
      const actualRecord = actualsAtQ.get(record.code) ?? null
      const actual = actualRecord ? parseActualCached(actualRecord.actualText, target, record.year) : null
      const ratio = scoringRatio(target, actual, record.year, q)
      const { weight, source } = weights[i]!
      const score =
        typeof ratio === 'number'
          ? scoreLine(weight, source, ratio, undefined, q < 4 ? '预计完成率' : '完成率')
          : scoreLine(weight, source, null, ratio)
      return { record, target, actualRecord, actual, light: indicatorLight(target, actual, record.year, q, settings), score }
    })
    const budget = lines.length > 0 ? budgetResult(lines, spentAtQ, q, settings) : null
    const total = totalOf([...indicators.map((i) => i.score), ...(budget ? [budget.score] : [])], settings)
    return {
      unit: first?.unit ?? '',
      year,
      scope,
      quarter: q,
      projected: q < 4,
      indicators,
      budget,
      overall: overallLight(
        indicators.map((i) => i.light),
        budget?.light ?? null,
      ),
      ...total,
    }
  })
}

/** Execution of a 类别's 经费 lines together, scored with the first given 分值 or the default 10. */
function budgetResult(lines: readonly BudgetRecord[], spentAtQ: Map<string, number>, q: Quarter, settings: EngineSettings): BudgetResult {
  const reported = lines.filter((l) => spentAtQ.has(l.id))
  const spent = reported.length > 0 ? sumAmounts(reported.map((l) => spentAtQ.get(l.id)!)) : null
  const execution = budgetExecution(sumAmounts(lines.map((l) => l.budget)), spent, q, settings)
  const given = lines.find((l) => l.weight !== undefined)?.weight
  const weight = given ?? settings.weights.budget
  const source = given === undefined ? 'default' : 'given'
  // In year the rate is carried to year end like any 累计 value (预计执行率).
  const score =
    execution.light.status === 'noBudget'
      ? scoreLine(weight, source, null, 'noBudget')
      : execution.e === null
        ? scoreLine(weight, source, null, 'notReported')
        : scoreLine(weight, source, execution.pace, undefined, q < 4 ? '预计执行率' : '执行率')
  return { ...execution, initialBudget: sumAmounts(lines.map((l) => l.initialBudget)), score }
}

/** The latest quarter anything was reported for in these rows, or null. */
export function latestQuarter(rows: Pick<UnitYearRows, 'actuals' | 'spending'>): Quarter | null {
  let latest: Quarter | null = null
  for (const row of [...rows.actuals, ...rows.spending]) if (latest === null || row.quarter > latest) latest = row.quarter
  return latest
}

type Grouped = { targets: TargetRecord[]; budgets: BudgetRecord[]; actuals: ActualRecord[]; spending: SpendingRecord[] }

/**
 * The rows split by `keyOf` in one pass per table (a city's year is tens of thousands of
 * rows). Only groups with targets or budget lines are kept: values alone evaluate to nothing.
 */
export function groupRows(rows: UnitYearRows, keyOf: (row: { unit: string; year: number; scope: string }) => string): Map<string, Grouped> {
  const groups = new Map<string, Grouped>()
  const groupOf = (r: { unit: string; year: number; scope: string }) => {
    const k = keyOf(r)
    return groups.get(k) ?? groups.set(k, { targets: [], budgets: [], actuals: [], spending: [] }).get(k)!
  }
  for (const r of rows.targets) groupOf(r).targets.push(r)
  for (const r of rows.budgets) groupOf(r).budgets.push(r)
  for (const r of rows.actuals) groupOf(r).actuals.push(r)
  for (const r of rows.spending) groupOf(r).spending.push(r)
  for (const [k, g] of groups) if (g.targets.length === 0 && g.budgets.length === 0) groups.delete(k)
  return groups
}

/**
 * Every (年度, 单位, 类别) in the rows, each evaluated at its own latest reported quarter
 * (Q4 when nothing was reported): what the results export covers. Units in zh-CN
 * order, years ascending.
 */
export function evaluateAllAtLatest(rows: UnitYearRows, settings: EngineSettings = DEFAULT_SETTINGS): ScopeResult[] {
  const groups = groupRows(rows, (r) => `${r.unit}\u0000${r.year}\u0000${r.scope}`)
  const results = [...groups.values()].flatMap((g) => evaluateUnitYear(g, latestQuarter(g) ?? 4, settings))
  return results.sort(
    (a, b) =>
      compareChinese(a.unit, b.unit) ||
      a.year - b.year ||
      compareScopes(a.scope, b.scope),
  )
}
