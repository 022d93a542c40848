import { parseActual, type ActualError, type ParsedActual } from './actualParser'
import type { ParsedTarget, TargetContext } from './target'
import { parseTarget } from './targetParser'

/**
 * Parsing is pure and the same texts recur across units, quarters and screens
 * (`=100%`, `≥90%`, the same indicator in every district), so results are kept and
 * shared. Callers treat them as read-only. Each cache is bounded and simply starts
 * over when full.
 */
const MAX_TARGETS = 50_000
const MAX_ACTUALS_PER_TARGET = 64

const targets = new Map<string, ParsedTarget>()
const actuals = new WeakMap<ParsedTarget, Map<string, ParsedActual | ActualError>>()

/** `parseTarget`, remembered by text and everything in the context. */
export function parseTargetCached(text: string, context: TargetContext): ParsedTarget {
  const key = `${text}\u0000${context.year}\u0000${context.level2 ?? ''}\u0000${context.name ?? ''}\u0000${context.direction ?? ''}\u0000${context.basis ?? ''}`
  let parsed = targets.get(key)
  if (parsed === undefined) {
    if (targets.size >= MAX_TARGETS) targets.clear()
    parsed = parseTarget(text, context)
    targets.set(key, parsed)
  }
  return parsed
}

/** `parseActual`, remembered per parsed target by text and year. */
export function parseActualCached(text: string, target: ParsedTarget, year: number): ParsedActual | ActualError {
  let byText = actuals.get(target)
  if (!byText) actuals.set(target, (byText = new Map()))
  const key = `${text}\u0000${year}`
  let parsed = byText.get(key)
  if (parsed === undefined) {
    if (byText.size >= MAX_ACTUALS_PER_TARGET) byText.clear()
    parsed = parseActual(text, target, year)
    byText.set(key, parsed)
  }
  return parsed
}
