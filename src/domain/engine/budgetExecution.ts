import type { Month } from '../period'
import { clean } from '../number'
import { light, pacedRatio, paceStatus, yearEndStatus, type Light, type LightColor } from './lights'
import type { EngineSettings } from './settings'

/** Budget execution of one or more budget lines at a period (SPEC §4.2). */
export interface BudgetExecution {
  /** 全年预算数, 万元. */
  budget: number
  /** 执行数 year to date, 万元; null when nothing was reported for the period. */
  spent: number | null
  /** e = 执行数 / 全年预算数; null with no budget or no spending. */
  e: number | null
  /** e / t, against 序时进度: also the 预计执行率, spending carried to year end. */
  pace: number | null
  light: Light
}

/**
 * e = spent / budget and its light: the bands of `累计` indicators applied to e / t,
 * without blue (spending ahead of time is not a merit); at the year end the year-end words of e
 * (完成, 基本完成, 未完成). A budget of 0 has no rate: 无预算.
 */
export function budgetExecution(
  budget: number,
  spent: number | null,
  m: Month,
  settings: EngineSettings,
): BudgetExecution {
  if (budget <= 0) return { budget, spent, e: null, pace: null, light: light('noBudget') }
  if (spent === null) return { budget, spent, e: null, pace: null, light: light('notReported') }
  const e = clean(spent / budget)
  const pace = pacedRatio(spent, budget, m)
  const status = m === 12 ? yearEndStatus(e, settings, false) : paceStatus(pace, settings, false)
  return { budget, spent, e, pace, light: light(status, { r: e, pace, projected: clean((spent * 12) / m) }) }
}

/** How many indicators show each colour. */
export type LightCounts = Record<LightColor, number>

export type OverallColor = 'green' | 'yellow' | 'red' | 'grey'

/** A unit's or project's 双监控 light, with the counts always shown beside it. */
export interface OverallLight {
  color: OverallColor
  /** 绿灯 / 黄灯 / 红灯, or 未填报 when nothing was reported. */
  label: string
  counts: LightCounts
  /** Indicators with a value for the period (grey for a pending or unreadable one included). */
  reported: number
}

/** The 双监控 light's words (the zh-CN locale says them as they are). */
export const OVERALL_LABELS: Record<OverallColor, string> = {
  green: '绿灯',
  yellow: '黄灯',
  red: '红灯',
  grey: '未填报',
}

/**
 * The 双监控 light (SPEC §4.2): red when budget execution is red or at least `redShare`
 * of the reported indicators are red; green when the budget (if any) is green and every
 * reported indicator is green or blue; else yellow. It never looks better than the lines
 * under it: an unreported budget is not green. Grey only when nothing at all is reported.
 */
export function overallLight(
  indicators: readonly Light[],
  budget: Light | null,
  settings: EngineSettings,
): OverallLight {
  const counts: LightCounts = { blue: 0, green: 0, yellow: 0, red: 0, grey: 0 }
  let reported = 0
  let flagged = 0
  for (const item of indicators) {
    counts[item.color] += 1
    if (item.status !== 'notReported') reported += 1
    if (item.status === 'flagged') flagged += 1
  }
  const made = (color: OverallColor): OverallLight => ({ color, label: OVERALL_LABELS[color], counts, reported })
  const budgetJudged = budget !== null && budget.status !== 'noBudget'
  if (reported === 0 && (!budgetJudged || budget.status === 'notReported')) return made('grey')
  if (budget?.color === 'red' || (reported > 0 && counts.red >= settings.redShare * reported)) return made('red')
  // A value that cannot be read, or indicators with none reported at all, are not on track.
  const indicatorsGreen =
    counts.yellow === 0 && counts.red === 0 && flagged === 0 && (reported > 0 || indicators.length === 0)
  const budgetGreen = !budgetJudged || budget.color === 'green'
  return made(indicatorsGreen && budgetGreen ? 'green' : 'yellow')
}
