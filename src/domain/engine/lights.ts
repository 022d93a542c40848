import type { Month } from '../period'
import { achievement } from './achievement'
import { clean } from '../number'
import type { ActualError, ParsedActual } from './actualParser'
import { judgedOn } from './dates'
import type { EngineSettings } from './settings'
import type { ParsedTarget, Target } from './target'

export type LightColor = 'blue' | 'green' | 'yellow' | 'red' | 'grey'

/** In-year words describe progress; at the year end (month 12) they describe results (SPEC §4.2). */
export type LightStatus =
  | 'ahead'
  | 'onTrack'
  | 'warning'
  | 'off'
  | 'exceeded'
  | 'done'
  | 'mostlyDone'
  | 'notDone'
  | 'onTime'
  | 'late'
  | 'notReported'
  | 'pending'
  | 'flagged'
  | 'noBudget'

/** Every light carries a text as well as a colour, so it never relies on colour alone. */
export const LIGHT_LABELS: Record<LightStatus, string> = {
  ahead: '超序时',
  onTrack: '正常',
  warning: '预警',
  off: '严重偏离',
  exceeded: '超额完成',
  done: '完成',
  mostlyDone: '基本完成',
  notDone: '未完成',
  onTime: '按期完成',
  late: '逾期完成',
  notReported: '未填报',
  pending: '进行中',
  flagged: '无法识别',
  noBudget: '无预算',
}

/** The colours in the order their counts are shown: best first, grey last. */
export const LIGHT_COLORS: readonly LightColor[] = ['blue', 'green', 'yellow', 'red', 'grey']

/**
 * The word of each colour where lights are counted by colour (overview, units page, brief, report):
 * the in-year or year-end word of the status it stands for; grey gathers 未填报, 进行中, 无法识别 and 无预算.
 */
export const COLOR_LABELS: Record<'inYear' | 'yearEnd', Record<LightColor, string>> = {
  inYear: {
    blue: LIGHT_LABELS.ahead,
    green: LIGHT_LABELS.onTrack,
    yellow: LIGHT_LABELS.warning,
    red: LIGHT_LABELS.off,
    grey: `${LIGHT_LABELS.notReported}/其他`,
  },
  yearEnd: {
    blue: LIGHT_LABELS.exceeded,
    green: LIGHT_LABELS.done,
    yellow: LIGHT_LABELS.mostlyDone,
    red: LIGHT_LABELS.notDone,
    grey: `${LIGHT_LABELS.notReported}/其他`,
  },
}

const COLOR: Record<LightStatus, LightColor> = {
  ahead: 'blue',
  onTrack: 'green',
  warning: 'yellow',
  off: 'red',
  exceeded: 'blue',
  done: 'green',
  mostlyDone: 'yellow',
  notDone: 'red',
  onTime: 'green',
  late: 'red',
  notReported: 'grey',
  pending: 'grey',
  flagged: 'grey',
  noBudget: 'grey',
}

/** An indicator's in-year status at a period (SPEC §4.2). */
export interface Light {
  color: LightColor
  status: LightStatus
  label: string
  /** Achievement against the full-year target, uncapped; null when not measured. */
  r: number | null
  /** The measure the bands were applied to: k for 累计 at-least, r otherwise. */
  pace: number | null
  /** Projected year-end value in the target's unit (累计: A / t; 时点: A). */
  projected: number | null
  /** Why a grey light is grey, for flagged values. */
  message?: string
}

export function light(status: LightStatus, values: Partial<Omit<Light, 'color' | 'status' | 'label'>> = {}): Light {
  return { color: COLOR[status], status, label: LIGHT_LABELS[status], r: null, pace: null, projected: null, ...values }
}

/** Pace bands of `累计` indicators: blue (when allowed) / green / yellow / red. */
export function paceStatus(pace: number, settings: EngineSettings, allowBlue: boolean): LightStatus {
  if (allowBlue && pace >= settings.paceBlue) return 'ahead'
  if (pace >= settings.paceGreen) return 'onTrack'
  if (pace >= settings.paceYellow) return 'warning'
  return 'off'
}

function levelStatus(r: number, settings: EngineSettings): LightStatus {
  if (r >= 1) return 'onTrack'
  return r >= settings.levelYellow ? 'warning' : 'off'
}

/**
 * The year-end word of an achievement r: 超额完成 (a running total 20 % or more over,
 * when `allowExceeded`), 完成 at r ≥ 1, 基本完成 from `yearEndYellow`, else 未完成.
 */
export function yearEndStatus(r: number, settings: EngineSettings, allowExceeded: boolean): LightStatus {
  if (allowExceeded && r >= settings.paceBlue) return 'exceeded'
  if (r >= 1) return 'done'
  return r >= settings.yearEndYellow ? 'mostlyDone' : 'notDone'
}

/**
 * The light of one indicator at the end of month m (t = m / 12), from its target and
 * the year-to-date actual reported for that month (null: none reported). At the year end nothing
 * is left to pace, and the words are results: 超额完成, 完成, 基本完成, 未完成, 按期完成, 逾期完成.
 */
export function indicatorLight(
  target: ParsedTarget,
  actual: ParsedActual | ActualError | null,
  year: number,
  m: Month,
  settings: EngineSettings,
): Light {
  if (actual === null) return light('notReported')
  if (target.kind === 'unknown') return light('flagged', { message: target.message })
  if (actual.kind === 'error') return light('flagged', { message: actual.message })
  const r = achievement(target, actual, judgedOn(year, m))
  if (m === 12) return yearEndLight(target, actual, r, settings)
  if (actual.kind === 'number') return numericLight(target, actual.value, r, m, settings)
  if (target.kind === 'deadline') return r === null ? light('pending') : light(r >= 1 ? 'onTrack' : 'off', { r })
  if (r === null) return light('flagged', { message: MISMATCH })
  const status = r >= settings.qualitativeGreen ? 'onTrack' : r >= settings.qualitativeYellow ? 'warning' : 'off'
  return light(status, { r, pace: r })
}

const MISMATCH = '实际值与指标值类型不符'

function yearEndLight(target: Target, actual: ParsedActual, r: number | null, settings: EngineSettings): Light {
  if (target.kind === 'deadline') {
    if (r === null) return light('pending')
    // Done after the date is 逾期完成; never done is 未完成.
    const status = r >= 1 ? 'onTime' : actual.kind === 'completion' && actual.done ? 'late' : 'notDone'
    return light(status, { r })
  }
  if (r === null) return light('flagged', { message: MISMATCH })
  // Stryker disable next-line ConditionalExpression: equivalent, only an at-least r exceeds 1 (docs/testing.md)
  const cumulativeAtLeast = target.kind === 'atLeast' && target.basis === '累计'
  const projected = actual.kind === 'number' ? actual.value : null
  return light(yearEndStatus(r, settings, cumulativeAtLeast), { r, pace: r, projected })
}

/**
 * k = (A / T) / t, computed as 4A / (qT) so that round figures stay exact (9 of 20 at
 * Q3 is 0.6). A target of 0 is met by any A ≥ 0 whatever the time.
 */
export function pacedRatio(a: number, t: number, m: Month): number {
  if (t === 0) return a >= 0 ? 1 : 0
  return clean((a * 12) / (t * m))
}

function numericLight(target: Target, a: number, r: number | null, m: Month, settings: EngineSettings): Light {
  const cumulative = target.basis === '累计'
  // Year-to-date totals grow through the year; levels are already year-end-like.
  const projected = cumulative ? clean((a * 12) / m) : a
  switch (target.kind) {
    case 'atMost': {
      const t = target.value
      // A ceiling of 0 has no band above it: 1.1 × 0 is 0.
      const status = projected <= t ? 'onTrack' : projected <= clean(t * settings.ceilingYellow) ? 'warning' : 'off'
      return light(status, { r, projected })
    }
    case 'atLeast': {
      if (!cumulative) return light(levelStatus(r!, settings), { r, pace: r, projected })
      const pace = pacedRatio(a, target.value, m)
      return light(paceStatus(pace, settings, true), { r, pace, projected })
    }
    case 'exact': {
      if (!cumulative) return light(levelStatus(r!, settings), { r, pace: r, projected })
      // Past the full target an exact total is off by that much; below it, judge the pace.
      // Stryker disable next-line EqualityOperator: equivalent, at A = T both sides are 1 (docs/testing.md)
      const pace = a > target.value ? r! : Math.min(1, pacedRatio(a, target.value, m))
      return light(paceStatus(pace, settings, false), { r, pace, projected })
    }
    case 'range': {
      if (!cumulative) return light(levelStatus(r!, settings), { r, pace: r, projected })
      // Stryker disable next-line EqualityOperator: equivalent, at A = high both sides are 1 (docs/testing.md)
      const pace = a > target.high ? r! : Math.min(1, pacedRatio(a, target.low, m))
      return light(paceStatus(pace, settings, false), { r, pace, projected })
    }
    default:
      return light('flagged', { message: MISMATCH })
  }
}
