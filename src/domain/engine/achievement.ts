import type { ParsedActual } from './actualParser'
import type { Target } from './target'
import { clean } from '../number'

/** At least T (SPEC §4.1): A / T; a target of 0 is met by any A ≥ 0. */
export function atLeastRatio(a: number, t: number): number {
  if (t === 0) return a >= 0 ? 1 : 0
  return clean(a / t)
}

/** At most T: 1 if A ≤ T, else T / A; a ceiling of 0 is met only by A ≤ 0. */
export function atMostRatio(a: number, t: number): number {
  if (a <= t) return 1
  if (t <= 0) return 0
  return clean(t / a)
}

/** Exactly T: min(A, T) / max(A, T); a target of 0 is met only by A = 0. */
export function exactRatio(a: number, t: number): number {
  if (a === t) return 1
  if (t === 0 || a <= 0) return 0
  return clean(Math.min(a, t) / Math.max(a, t))
}

/** Range [L, U]: 1 inside; A / L below; U / A above. */
export function rangeRatio(a: number, low: number, high: number): number {
  if (a >= low && a <= high) return 1
  if (a < low) return low <= 0 || a <= 0 ? 0 : clean(a / low)
  return clean(high / a)
}

/**
 * The achievement ratio r of an actual against its target (SPEC §4.1), uncapped.
 * Deadlines are judged on `asOf` (`YYYY-MM-DD`, the reporting period's end): a
 * completion without a date, or in the due date's own month, counts as on time; not done while `asOf` is not past the
 * due date is pending, returned as null.
 */
export function achievement(target: Target, actual: ParsedActual, asOf: string): number | null {
  switch (target.kind) {
    case 'atLeast':
      return actual.kind === 'number' ? atLeastRatio(actual.value, target.value) : null
    case 'atMost':
      return actual.kind === 'number' ? atMostRatio(actual.value, target.value) : null
    case 'exact':
      return actual.kind === 'number' ? exactRatio(actual.value, target.value) : null
    case 'range':
      return actual.kind === 'number' ? rangeRatio(actual.value, target.low, target.high) : null
    case 'deadline':
      if (actual.kind !== 'completion') return null
      // A month (`2024-09`) sorts before its days: done in the due date's month is on time.
      if (actual.done) return actual.date === null || actual.date <= target.due ? 1 : 0
      return asOf > target.due ? 0 : null
    case 'qualitative':
      return actual.kind === 'grade' ? actual.r : null
  }
}
