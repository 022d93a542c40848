import type { IndicatorResult } from './engine/indicator'
import type { EngineSettings } from './engine/settings'
import { clean } from './number'
import type { Month } from './period'

/** The months of the year left after month m, and the pace of the months gone. */
interface Span {
  /** The period the values are as of: month 1–11. */
  month: Month
  /** 12 − m. */
  monthsLeft: number
}

/**
 * What the rest of the year must deliver for an indicator behind its pace (需完成). Values are in
 * the target's canonical unit (money in 万元); screens show them in the unit the target is written in.
 */
export type Needed =
  /** A running total to reach: target − actual, per remaining month, against the monthly pace so far. */
  | (Span & { kind: 'total'; goal: number; actual: number; remaining: number; perMonth: number; soFarPerMonth: number })
  /**
   * A running total under a ceiling (cost): what the remaining months may still add, per month, against
   * the pace so far; `remaining` below 0 once the ceiling is passed.
   */
  | (Span & {
      kind: 'allowance'
      goal: number
      actual: number
      remaining: number
      perMonth: number
      soFarPerMonth: number
    })
  /** A level (rate, per-unit figure) to bring to `goal` by the year end: up when `raise`, else down. */
  | (Span & { kind: 'level'; goal: number; actual: number; gap: number; raise: boolean })
  /** A deadline passed: not done (any later completion counts as late), or done late. */
  | (Span & { kind: 'deadline'; due: string; done: boolean })
  /** A rating to lift: `green` is the lowest r that is on track, 1 the full score; `current` the rating now. */
  | (Span & { kind: 'qualitative'; current: number; green: number })

/**
 * 需完成 of an indicator at month m: for a line lit yellow or red in year, what the remaining months
 * must deliver to reach its target. Null at the year end, for a line on track or not judged, and where
 * nothing is left to deliver (a running total already past an exact target).
 */
export function neededOf(result: IndicatorResult, m: Month, settings: EngineSettings): Needed | null {
  const { light, target, actual } = result
  if (m >= 12 || (light.color !== 'yellow' && light.color !== 'red')) return null
  if (actual === null || actual.kind === 'error' || target.kind === 'unknown') return null
  const span: Span = { month: m, monthsLeft: 12 - m }
  if (target.kind === 'deadline') {
    return actual.kind === 'completion' ? { ...span, kind: 'deadline', due: target.due, done: actual.done } : null
  }
  if (target.kind === 'qualitative') {
    return actual.kind === 'grade'
      ? { ...span, kind: 'qualitative', current: actual.r, green: settings.qualitativeGreen }
      : null
  }
  if (actual.kind !== 'number') return null
  const a = actual.value
  if (target.kind === 'atMost') {
    if (target.basis !== '累计') return level(span, target.value, a)
    return { ...span, kind: 'allowance', goal: target.value, actual: a, ...rest(target.value, a, m) }
  }
  // Below a range the low bound is the goal; above it the high one.
  const goal = target.kind === 'range' ? (a < target.low ? target.low : target.high) : target.value
  if (target.basis !== '累计') return level(span, goal, a)
  // A running total never comes down: past its goal nothing is left to deliver.
  if (a >= goal) return null
  return { ...span, kind: 'total', goal, actual: a, ...rest(goal, a, m) }
}

/** Goal − actual, per remaining month, and the monthly pace of the months gone. */
function rest(goal: number, a: number, m: Month) {
  const remaining = clean(goal - a)
  return { remaining, perMonth: clean(remaining / (12 - m)), soFarPerMonth: clean(a / m) }
}

function level(span: Span, goal: number, a: number): Needed {
  return { ...span, kind: 'level', goal, actual: a, gap: clean(Math.abs(goal - a)), raise: a < goal }
}
