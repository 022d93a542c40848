import type { Quarter } from '../records'
import { clean } from './achievement'
import { light, pacedRatio, paceStatus, type Light, type LightColor } from './lights'
import type { EngineSettings } from './settings'

/** Budget execution of one or more budget lines at a quarter (SPEC §4.2). */
export interface BudgetExecution {
  /** 全年预算数, 万元. */
  budget: number
  /** 执行数 year to date, 万元; null when nothing was reported for the quarter. */
  spent: number | null
  /** e = 执行数 / 全年预算数; null with no budget or no spending. */
  e: number | null
  /** e / t, against 序时进度. */
  pace: number | null
  light: Light
}

/**
 * e = spent / budget and its light: the bands of `累计` indicators applied to e / t,
 * without blue (spending ahead of time is not a merit). A budget of 0 has no rate: 无预算.
 */
export function budgetExecution(budget: number, spent: number | null, q: Quarter, settings: EngineSettings): BudgetExecution {
  if (budget <= 0) return { budget, spent, e: null, pace: null, light: light('noBudget') }
  if (spent === null) return { budget, spent, e: null, pace: null, light: light('notReported') }
  const e = clean(spent / budget)
  const pace = pacedRatio(spent, budget, q)
  return { budget, spent, e, pace, light: light(paceStatus(pace, settings, false), { r: e, pace, projected: clean((spent * 4) / q) }) }
}

/** How many indicators show each colour. */
export type LightCounts = Record<LightColor, number>

/** A unit's or project's 双监控 light, with the counts always shown beside it. */
export interface OverallLight {
  color: 'green' | 'yellow' | 'red'
  label: string
  counts: LightCounts
}

/**
 * Red when budget execution is red; otherwise green when every reported indicator is
 * green or blue, else yellow (SPEC §4.2, as 合肥's system does it).
 */
export function overallLight(indicators: readonly Light[], budget: Light | null): OverallLight {
  const counts: LightCounts = { blue: 0, green: 0, yellow: 0, red: 0, grey: 0 }
  for (const item of indicators) counts[item.color] += 1
  if (budget?.color === 'red') return { color: 'red', label: '红灯', counts }
  const allOnTrack = counts.yellow === 0 && counts.red === 0
  return allOnTrack ? { color: 'green', label: '绿灯', counts } : { color: 'yellow', label: '黄灯', counts }
}
