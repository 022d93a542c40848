import type { TargetRecord } from '../records'
import { DEPARTMENT_SCOPE } from '../records'
import type { IndicatorResult } from './indicator'
import { LIGHT_LABELS, type LightColor, type LightStatus } from './lights'
import { shownReading } from './shownActual'

/** What leadership looks at first: projects brought in, investment, jobs. */
const DEFAULT_PATTERNS = [/(引进|签约).*项目|项目.*(签约|引进)/, /进资|到位资金|投资额|固投/, /就业/]

/**
 * The key metrics of a unit-year: the pinned indicators that exist here, else one
 * indicator per default pattern (部门整体 first), in that order.
 */
export function keyMetricCodes(targets: readonly TargetRecord[], pinned: readonly string[]): string[] {
  const present = pinned.filter((code) => targets.some((t) => t.code === code))
  if (present.length > 0) return present
  const ordered = [...targets].sort(
    (a, b) => Number(b.scope === DEPARTMENT_SCOPE) - Number(a.scope === DEPARTMENT_SCOPE),
  )
  const picks: string[] = []
  for (const pattern of DEFAULT_PATTERNS) {
    const found = ordered.find((t) => pattern.test(t.name) && !picks.includes(t.code))
    if (found) picks.push(found.code)
  }
  return picks
}

/** One bar of the key-metrics chart: achievement against the full-year target. */
export interface KeyMetric {
  code: string
  name: string
  /** r = A / T, uncapped; null when not reported or not numeric. */
  ratio: number | null
  /** The value reported, in the unit the target is written in (see shownReading). */
  actualText: string | null
  targetText: string
  /** The metric's light, so the bar shows the same status as the tables. */
  color: LightColor
  status: LightStatus
  /** The status in the reader's language; filled by whoever draws it. */
  statusWord: string
}

/** The key metrics' bars, their status words given by `word` (the screen's language). */
export function keyMetrics(
  codes: readonly string[],
  results: ReadonlyMap<string, IndicatorResult>,
  word: (status: LightStatus) => string = (s) => LIGHT_LABELS[s],
): KeyMetric[] {
  return codes.flatMap((code) => {
    const result = results.get(code)
    if (!result) return []
    const { light, record, actualRecord } = result
    return [
      {
        code,
        name: record.name,
        ratio: light.r,
        actualText: actualRecord ? shownReading(actualRecord.actualText, result.actual, result.target) : null,
        targetText: record.targetText,
        color: light.color,
        status: light.status,
        statusWord: word(light.status),
      },
    ]
  })
}
