import { emptyDataset, type Dataset, type DatasetDraft } from '../model'
import { laterMonth, type Month } from '../period'
import { compareChinese } from '../summary'
import { evaluateScopes, type ScopeResult } from './evaluate'
import { DEFAULT_SETTINGS, type EngineSettings } from './settings'

/** Fields rows can be grouped by. */
export type GroupField = 'unit' | 'year'

type Keyed = Record<GroupField, string | number>

/**
 * The rows split by the values of `fields`, in one pass per table (a city's year is tens
 * of thousands of rows). Only groups with targets or budget lines are kept: values alone
 * evaluate to nothing.
 */
export function groupRows(rows: Dataset, fields: readonly GroupField[]): Dataset[] {
  // One map level per field, keyed by the rows' own values: a string keeps its hash, so
  // nothing is joined or hashed anew per row.
  const root = new Map<unknown, unknown>()
  const groups: DatasetDraft[] = []
  const lookUp = (r: Keyed): DatasetDraft => {
    let level = root
    // Stryker disable next-line EqualityOperator,ArithmeticOperator: equivalent, another map level keeps groups apart all the same (docs/testing.md)
    for (let i = 0; i < fields.length - 1; i++) {
      const key = r[fields[i]!]
      let next = level.get(key) as Map<unknown, unknown> | undefined
      if (next === undefined) level.set(key, (next = new Map()))
      level = next
    }
    const key = r[fields[fields.length - 1]!]
    let group = level.get(key) as DatasetDraft | undefined
    if (group === undefined) {
      level.set(key, (group = emptyDataset()))
      groups.push(group)
    }
    return group
  }
  // Stored rows come in runs of one unit-year (files and indexes are ordered so), and a
  // row of the same unit and year as the one before joins its group without a lookup.
  // A loop per table: one loop over every table's rows would see too many row shapes
  // to read their fields quickly.
  let group: DatasetDraft | null = null
  let unit: unknown, year: unknown
  for (const r of rows.targets) {
    if (group === null || r.unit !== unit || r.year !== year) [group, unit, year] = [lookUp(r), r.unit, r.year]
    group.targets.push(r)
  }
  for (const r of rows.budgets) {
    if (group === null || r.unit !== unit || r.year !== year) [group, unit, year] = [lookUp(r), r.unit, r.year]
    group.budgets.push(r)
  }
  for (const r of rows.actuals) {
    if (group === null || r.unit !== unit || r.year !== year) [group, unit, year] = [lookUp(r), r.unit, r.year]
    group.actuals.push(r)
  }
  for (const r of rows.spending) {
    if (group === null || r.unit !== unit || r.year !== year) [group, unit, year] = [lookUp(r), r.unit, r.year]
    group.spending.push(r)
  }
  return groups.filter((g) => g.targets.length > 0 || g.budgets.length > 0)
}

/** The latest month anything was reported for in each 类别 of these rows. */
export function latestMonthByScope(rows: Pick<Dataset, 'actuals' | 'spending'>): Map<string, Month> {
  const latest = new Map<string, Month>()
  for (const list of [rows.actuals, rows.spending]) {
    for (const row of list) {
      latest.set(row.scope, laterMonth(latest.get(row.scope) ?? null, row.month)!)
    }
  }
  return latest
}

/**
 * Every (年度, 单位, 类别) in the rows, each evaluated at its own latest reported month
 * (the year end when nothing was reported): what the results export covers. Units in zh-CN
 * order, years ascending, 部门整体 first within a unit-year.
 */
export function evaluateAllAtLatest(rows: Dataset, settings: EngineSettings = DEFAULT_SETTINGS): ScopeResult[] {
  const unitYears = groupRows(rows, ['unit', 'year']).map((group) => {
    const latest = latestMonthByScope(group)
    return evaluateScopes(group, (scope) => latest.get(scope) ?? 12, settings)
  })
  // Collation is slow: rank each distinct unit once, then sort unit-years by numbers;
  // each keeps its 类别 in order.
  // Every group has a target or a budget line, so every unit-year has a 类别.
  const unitRank = new Map(
    [...new Set(unitYears.map((u) => u[0]!.unit))].sort(compareChinese).map((unit, i) => [unit, i]),
  )
  const rankOf = (results: ScopeResult[]) => unitRank.get(results[0]!.unit)!
  return unitYears.sort((a, b) => rankOf(a) - rankOf(b) || a[0]!.year - b[0]!.year).flat()
}
