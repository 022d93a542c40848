import type { ActualError, ParsedActual } from './actualParser'
import { parseActualCached } from './parseCache'
import type { ParsedTarget } from './target'
import { formatInTargetUnit } from './targetUnit'

/**
 * A reported value as shown beside its target, from its reading: a number in the unit
 * the target is written in (`420000万元` beside `≧100亿元` is `42亿元`, a bare `100` beside
 * `≥500人` is `100人`); anything else (a date, words, text not understood) as written.
 */
export function shownReading(text: string, parsed: ParsedActual | ActualError | null, target: ParsedTarget): string {
  return parsed?.kind === 'number' && 'unit' in target ? formatInTargetUnit(parsed.value, target) : text
}

/** A reported value's text as shown beside its target (see shownReading), read against the target of `year`. */
export function shownActual(text: string, target: ParsedTarget, year: number): string {
  return shownReading(text, parseActualCached(text, target, year), target)
}

/** What a result holds of a reported value: its record, reading and target. */
interface Reported {
  actualRecord: { actualText: string } | null
  actual: ParsedActual | ActualError | null
  target: ParsedTarget
}

/** A result's reported value as shown beside its target (see shownReading); null when nothing was reported. */
export function shownValue(result: Reported): string | null {
  return result.actualRecord ? shownReading(result.actualRecord.actualText, result.actual, result.target) : null
}
