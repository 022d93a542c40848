import type { LightCounts } from './engine/budgetExecution'
import type { UnitStanding } from './engine/ranking'
import { clean } from './number'
import { timeProgress } from './period'
import { compareChinese } from './summary'

/** A 主管部门's units and what they add up to: its row on the units page and its roll-up. */
export interface DepartmentRollup {
  /** The 主管部门's name; null for the units that name none (未指定主管部门). */
  name: string | null
  /** Its units' standings, in the order they were given. */
  units: UnitStanding[]
  /** Σ 全年预算数 (万元) of its units that have a budget line. */
  budget: number
  /** Σ 执行数 (万元) of its units that reported spending. */
  spent: number
  /** Σ 全年预算数 of those units only: what `e` is weighted over. */
  reportedBudget: number
  /** Execution weighted by budget, Σ 执行数 / Σ 全年预算数 over the units that reported spending; null when none did. */
  e: number | null
  /**
   * 序时进度 weighted alike, Σ 全年预算数 × t(month) / Σ 全年预算数 over the same units: each unit is judged at its
   * own latest month, so this is that month's progress when they all reported the same one. Null when `e` is.
   */
  timeProgress: number | null
  /** How many of its units show each 双监控 light (blue is never one: it stays 0). */
  lights: LightCounts
  /** Whether any of its units is judged in year (its words are then 预计). */
  projected: boolean
  /** Its units' totals (those with enough scored) from lowest to highest: min, median, max; null when none has one. */
  scores: ScoreSpread | null
}

/** The spread of a department's scores. */
export interface ScoreSpread {
  min: number
  median: number
  max: number
  /** How many units it was taken over. */
  count: number
}

/**
 * Units grouped under their 主管部门 (`parents`: unit → its 主管部门 that year), departments in zh-CN
 * name order and the units naming none last, under a group of their own (name null). Within a
 * group units keep the order of `standings`.
 */
export function groupByDepartment(
  standings: readonly UnitStanding[],
  parents: ReadonlyMap<string, string>,
): DepartmentRollup[] {
  const groups = new Map<string | null, UnitStanding[]>()
  for (const standing of standings) {
    const name = parents.get(standing.unit) ?? null
    const units = groups.get(name)
    if (units) units.push(standing)
    else groups.set(name, [standing])
  }
  return [...groups]
    .sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : compareChinese(a, b)))
    .map(([name, units]) => rollUp(name, units))
}

/** What a 主管部门's units add up to: budget, weighted execution against time, lights and the spread of scores. */
export function rollUp(name: string | null, units: UnitStanding[]): DepartmentRollup {
  let budget = 0
  let spent = 0
  let reportedBudget = 0
  let paced = 0
  let projected = false
  const lights: LightCounts = { blue: 0, green: 0, yellow: 0, red: 0, grey: 0 }
  const totals: number[] = []
  for (const unit of units) {
    lights[unit.light]++
    projected ||= unit.projected
    if (unit.total !== null && !unit.insufficient) totals.push(unit.total)
    if (unit.budget === null || unit.budget <= 0) continue
    budget += unit.budget
    if (unit.executed === null) continue
    spent += unit.executed
    reportedBudget += unit.budget
    paced += unit.budget * timeProgress(unit.month)
  }
  const reported = reportedBudget > 0
  return {
    name,
    units,
    budget: clean(budget),
    spent: clean(spent),
    reportedBudget: clean(reportedBudget),
    e: reported ? clean(spent / reportedBudget) : null,
    timeProgress: reported ? clean(paced / reportedBudget) : null,
    lights,
    projected,
    scores: spreadOf(totals),
  }
}

/** Lowest, median (the mean of the middle two for an even count) and highest; null for no values. */
export function spreadOf(values: readonly number[]): ScoreSpread | null {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  const median = sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
  return { min: sorted[0]!, median: clean(median), max: sorted[sorted.length - 1]!, count: sorted.length }
}

/** The roll-up of one 主管部门 (null: the units naming none), or null when no unit of the year is under it. */
export function departmentOf(
  standings: readonly UnitStanding[],
  parents: ReadonlyMap<string, string>,
  name: string | null,
): DepartmentRollup | null {
  const units = standings.filter((s) => (parents.get(s.unit) ?? null) === name)
  return units.length === 0 ? null : rollUp(name, units)
}
