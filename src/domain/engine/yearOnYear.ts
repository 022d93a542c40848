import type { ActualRecord, TargetRecord } from '../records'
import type { Month } from '../period'
import type { ScopeResult } from './evaluate'
import { evaluateIndicator } from './indicator'
import type { Light } from './lights'
import { shownReading } from './shownActual'
import { targetInForce } from './targetInForce'
import { DEFAULT_SETTINGS, type EngineSettings } from './settings'

/** One year of an indicator at a period: what last year had reached by the same month. */
export interface IndicatorAtPeriod {
  year: number
  targetText: string
  /** The value reported for that period of that year, in its target's unit; null when none was. */
  actualText: string | null
  light: Light
}

/**
 * An indicator of another year judged at month m of its own year, so that this year's
 * Q3 sits beside last year's Q3 rather than beside its year end.
 */
export function indicatorAtPeriod(
  target: TargetRecord,
  actuals: readonly ActualRecord[],
  m: Month,
  settings: EngineSettings = DEFAULT_SETTINGS,
): IndicatorAtPeriod {
  const reported = actuals.find((a) => a.month === m && a.indicatorCode === target.code) ?? null
  const record = targetInForce(target, m)
  const result = evaluateIndicator(record, reported, m, settings, 0, 'split')
  return {
    year: target.year,
    targetText: record.targetText,
    actualText: reported ? shownReading(reported.actualText, result.actual, result.target) : null,
    light: result.light,
  }
}

/** A 类别 this year and last year at the same period. */
export interface ScopeComparison {
  scope: string
  current: ScopeResult
  previous: ScopeResult
}

/**
 * The 类别 that both years have, paired, where last year had data at the same period
 * (an indicator reported or spending recorded): a year without them compares nothing.
 */
export function pairYears(current: readonly ScopeResult[], previous: readonly ScopeResult[]): ScopeComparison[] {
  return current.flatMap((scope) => {
    const before = previous.find((p) => p.scope === scope.scope)
    const hasData = before !== undefined && (before.overall.reported > 0 || (before.budget?.spent ?? null) !== null)
    return hasData ? [{ scope: scope.scope, current: scope, previous: before }] : []
  })
}
