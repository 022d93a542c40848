/**
 * Values that read but are unlikely to be meant (SPEC §7 填报): a negative count or amount,
 * a cumulative value below the last period's, a jump past ten times the last period's.
 * They are warnings, never refusals: the officer confirms each once; an import tells them.
 */
import { parseActualCached } from './engine/parseCache'
import type { ParsedTarget } from './engine/target'

/** Why a value is unlikely. */
export type PlausibilityWarning = 'negative' | 'belowPrevious' | 'jump'

/** How many times the last period's value a new one may be before it is questioned. */
export const JUMP_FACTOR = 10

/**
 * The warnings for a value typed against `target` (year `year`), given the indicator's
 * value at the latest period before (its text, or null for none). A value that does not
 * read, or a target that is not a number, gives none: those are problems, not warnings.
 */
export function plausibilityWarnings(
  text: string,
  previousText: string | null,
  target: ParsedTarget,
  year: number,
): PlausibilityWarning[] {
  if (target.kind === 'unknown' || target.kind === 'deadline' || target.kind === 'qualitative') return []
  const value = parseActualCached(text, target, year)
  if (value.kind !== 'number') return []
  const warnings: PlausibilityWarning[] = []
  // Counts and money are never below nothing; a percentage or a bare figure may be (a change).
  if (value.value < 0 && (target.unit.family === 'count' || target.unit.family === 'money')) warnings.push('negative')
  const before = previousText === null ? null : parseActualCached(previousText, target, year)
  if (before?.kind !== 'number') return warnings
  if (target.basis === '累计' && value.value < before.value) warnings.push('belowPrevious')
  if (before.value > 0 && value.value > before.value * JUMP_FACTOR) warnings.push('jump')
  return warnings
}
