import type { Month } from '../period'
import { achievement } from './achievement'
import { clean } from '../number'
import type { ActualError, ParsedActual } from './actualParser'
import { judgedOn } from './dates'
import type { ParsedTarget } from './target'

/** Where a 预计完成值 comes from (SPEC §4.2). */
export type ProjectionSource = 'forecast' | 'computed' | 'actual'

/** 预计完成值 and 预计完成率: the year-end value an in-year score follows from. */
export interface Projection {
  /** The officer's 全年预计; a running total carried to year end (测算, A / t); or the actual as it is. */
  source: ProjectionSource
  /** The 预计完成值 as read against the target; null without a usable actual. */
  value: ParsedActual | null
  /** 预计完成率: r (SPEC §4.1) of the value; null when not yet judged (a deadline before its date). */
  ratio: number | null
  /** At the year end the value is the result itself, no estimate; in year every projection is one. */
  atYearEnd: boolean
}

/**
 * The projection of an actual at month m. At the year end it is the actual itself (预计完成率 =
 * 完成率). In year the officer's 全年预计 wins when it can be read; otherwise a `累计`
 * number is carried to year end as A / t, and anything else (levels, per-unit costs,
 * grades, dates) is taken as it is.
 */
export function projectionOf(
  target: ParsedTarget,
  actual: ParsedActual | ActualError | null,
  forecast: ParsedActual | ActualError | null,
  year: number,
  m: Month,
): Projection {
  const atYearEnd = m === 12
  if (actual === null || actual.kind === 'error' || target.kind === 'unknown')
    return { source: 'actual', value: null, ratio: null, atYearEnd }
  if (!atYearEnd && forecast !== null && forecast.kind !== 'error') {
    // The officer speaks of the year end, so the forecast is judged as of then.
    return { source: 'forecast', value: forecast, ratio: achievement(target, forecast, judgedOn(year, 4)), atYearEnd }
  }
  const asOf = judgedOn(year, m)
  const numeric = target.kind !== 'deadline' && target.kind !== 'qualitative'
  if (!atYearEnd && numeric && target.basis === '累计' && actual.kind === 'number') {
    // r from the unrounded value: rounding twice would move the sixth decimal of a rate.
    const raw = (actual.value * 12) / m
    return {
      source: 'computed',
      value: { kind: 'number', value: clean(raw) },
      ratio: achievement(target, { kind: 'number', value: raw }, asOf),
      atYearEnd,
    }
  }
  return { source: 'actual', value: actual, ratio: achievement(target, actual, asOf), atYearEnd }
}
