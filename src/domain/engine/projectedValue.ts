import type { IndicatorResult } from './indicator'
import { shownValue } from './shownActual'
import { formatInTargetUnit } from './targetUnit'

/** A 预计完成值 to show: its text, and whether the app computed it (测算) rather than the officer. */
export interface ProjectedValue {
  text: string
  estimated: boolean
}

/**
 * The 预计完成值 of a result in words: the officer's 全年预计 as written; a running total
 * carried to year end in the target's unit (`13.33个`, `69.33亿元`, 测算); otherwise the actual as
 * reported, also 测算 in year (a level is assumed to hold). Null with nothing reported, and
 * for a deadline in year without the officer's forecast.
 */
export function projectedValue(result: IndicatorResult): ProjectedValue | null {
  const { projection, actualRecord, target } = result
  if (actualRecord === null || projection.value === null) return null
  if (projection.source === 'forecast') return { text: actualRecord.forecast!.trim(), estimated: false }
  // A deadline not yet met has no year-end value to assume: only the officer can forecast it.
  if (target.kind === 'deadline' && !projection.atYearEnd) return null
  // Only a numeric target's running total is computed: it has a unit.
  if (projection.source === 'computed' && projection.value.kind === 'number' && 'unit' in target) {
    return { text: formatInTargetUnit(projection.value.value, target), estimated: true }
  }
  return { text: actualRecord.actualText, estimated: !projection.atYearEnd }
}

/**
 * The 预计完成值 as screens and forms show it: as projectedValue, but a number carried as
 * reported is shown in the target's unit too (`420000万元` beside `≧100亿元` is `42亿元`);
 * the results export keeps the text as written.
 */
export function shownProjectedValue(result: IndicatorResult): ProjectedValue | null {
  const value = projectedValue(result)
  if (value === null || value.text !== result.actualRecord?.actualText) return value
  return { ...value, text: shownValue(result) ?? value.text }
}
