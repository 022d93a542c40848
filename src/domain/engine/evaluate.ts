import type { ActualRecord, BudgetRecord, Quarter, SpendingRecord, TargetRecord } from '../records'
import { sumAmounts } from '../money'
import { compareChinese, compareScopes } from '../summary'
import type { ActualError, ParsedActual } from './actualParser'
import { budgetExecution, overallLight, type BudgetExecution, type OverallLight } from './budgetExecution'
import { judge, scoreJudgement } from './judgement'
import type { Light } from './lights'
import { assignWeights, scoreLine, totalOf, type ScoreLine, type Total } from './scoring'
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

const parsedByRecord = new WeakMap<TargetRecord, ParsedTarget>()

/**
 * Parses a stored target with everything its row knows (SPEC §3). Rows are never
 * changed in place, so a row held by a screen is parsed once however often it is shown.
 */
export function parseTargetRecord(record: TargetRecord): ParsedTarget {
  let parsed = parsedByRecord.get(record)
  if (parsed === undefined) {
    parsed = parseTargetCached(record.targetText, {
      year: record.year,
      level2: record.level2,
      name: record.name,
      ...(record.direction && { direction: record.direction }),
      ...(record.basis && { basis: record.basis }),
    })
    parsedByRecord.set(record, parsed)
  }
  return parsed
}

/**
 * Evaluates every 类别 of a unit-year at quarter q: each indicator's target, actual,
 * light and score; budget execution; totals, grades and the overall light.
 * 部门整体 comes first, then projects; indicators stay in form order.
 */
export function evaluateUnitYear(rows: UnitYearRows, q: Quarter, settings: EngineSettings = DEFAULT_SETTINGS): ScopeResult[] {
  const actualsAtQ = new Map<string, ActualRecord>()
  for (const a of rows.actuals) if (a.quarter === q) actualsAtQ.set(a.indicatorCode, a)
  const spentAtQ = new Map<string, number>()
  for (const s of rows.spending) if (s.quarter === q) spentAtQ.set(s.budgetId, s.spent)
  const targetsOf = byScope(rows.targets)
  const linesOf = byScope(rows.budgets.filter((b) => b.breakdown === '经费'))
  const scopes = [...new Set([...targetsOf.keys(), ...rows.budgets.map((b) => b.scope)])].sort(compareScopes)
  return scopes.map((scope) => {
    // One 类别: the forms' order is the file order.
    const targets = (targetsOf.get(scope) ?? []).sort((a, b) => a.position - b.position)
    const lines = linesOf.get(scope) ?? []
    const first = targets[0] ?? lines[0]
    const year = first?.year ?? 0
    const weights = assignWeights(targets, settings)
    const indicators = targets.map((record, i): IndicatorResult => {
      const target = parseTargetRecord(record)
      const actualRecord = actualsAtQ.get(record.code) ?? null
      const actual = actualRecord ? parseActualCached(actualRecord.actualText, target, record.year) : null
      const judgement = judge(target, actual, record.year, q, settings)
      const { weight, source } = weights[i]!
      const score = scoreJudgement(judgement, weight, source, q)
      return { record, target, actualRecord, actual, light: judgement.light, score }
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
  for (const list of [rows.actuals, rows.spending]) for (const row of list) if (latest === null || row.quarter > latest) latest = row.quarter
  return latest
}

/** A group of `groupRows`: its rows of each table. */
export type Grouped = { targets: TargetRecord[]; budgets: BudgetRecord[]; actuals: ActualRecord[]; spending: SpendingRecord[] }

/** Fields rows can be grouped by. */
export type GroupField = 'unit' | 'year' | 'scope'

/**
 * The rows split by the values of `fields`, in one pass per table (a city's year is tens
 * of thousands of rows). Only groups with targets or budget lines are kept: values alone
 * evaluate to nothing.
 */
export function groupRows(rows: UnitYearRows, fields: readonly GroupField[]): Grouped[] {
  // One map level per field, keyed by the rows' own values: a string keeps its hash, so
  // nothing is joined or hashed anew per row.
  const root = new Map<unknown, unknown>()
  const groups: Grouped[] = []
  const groupOf = (r: Record<GroupField, string | number>): Grouped => {
    let level = root
    for (let i = 0; i < fields.length - 1; i++) {
      const key = r[fields[i]!]
      let next = level.get(key) as Map<unknown, unknown> | undefined
      if (next === undefined) level.set(key, (next = new Map()))
      level = next
    }
    const key = r[fields[fields.length - 1]!]
    let group = level.get(key) as Grouped | undefined
    if (group === undefined) {
      level.set(key, (group = { targets: [], budgets: [], actuals: [], spending: [] }))
      groups.push(group)
    }
    return group
  }
  for (const r of rows.targets) groupOf(r).targets.push(r)
  for (const r of rows.budgets) groupOf(r).budgets.push(r)
  for (const r of rows.actuals) groupOf(r).actuals.push(r)
  for (const r of rows.spending) groupOf(r).spending.push(r)
  return groups.filter((g) => g.targets.length > 0 || g.budgets.length > 0)
}

/**
 * Every (年度, 单位, 类别) in the rows, each evaluated at its own latest reported quarter
 * (Q4 when nothing was reported): what the results export covers. Units in zh-CN
 * order, years ascending.
 */
export function evaluateAllAtLatest(rows: UnitYearRows, settings: EngineSettings = DEFAULT_SETTINGS): ScopeResult[] {
  const results = groupRows(rows, ['unit', 'year', 'scope']).flatMap((g) => evaluateUnitYear(g, latestQuarter(g) ?? 4, settings))
  // Collation is slow: rank each distinct unit once rather than comparing names in the sort.
  const units = [...new Set(results.map((r) => r.unit))].sort(compareChinese)
  const rank = new Map(units.map((unit, i) => [unit, i]))
  return results.sort((a, b) => rank.get(a.unit)! - rank.get(b.unit)! || a.year - b.year || compareScopes(a.scope, b.scope))
}
