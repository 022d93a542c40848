import { parseActual, type ActualError, type ParsedActual } from './actualParser'
import type { ParsedTarget, TargetContext } from './target'
import { parseTarget } from './targetParser'

/**
 * Parsing is pure and the same texts recur across units, periods and screens
 * (`=100%`, `≥90%`, the same indicator in every district), so results are kept and
 * shared. Callers treat them as read-only. Each cache is bounded and simply starts
 * over when full.
 *
 * Keys are the texts themselves, one map level per part: a string keeps its hash once
 * computed, so looking up a stored row's own strings costs little, where a key joined
 * from the parts would be a new string to hash on every call.
 */
const MAX_TARGETS = 50_000
// A province reports thousands of distinct values against one shared target (`≥90%` in
// every district), so the bound is on all values together, not per target.
const MAX_ACTUALS = 200_000

type Level<T> = Map<string | number, T>
let targets: Level<Level<Level<Level<Level<Level<ParsedTarget>>>>>> = new Map()
let targetCount = 0
let actuals = new WeakMap<ParsedTarget, Level<Level<ParsedActual | ActualError>>>()
let actualCount = 0

/** Empties both caches (resetEngineMemos in memos.ts calls it). */
export function resetParseCaches(): void {
  targets = new Map()
  targetCount = 0
  actuals = new WeakMap()
  actualCount = 0
}

/** The map under `key`, made when missing. */
function child<T>(level: Level<Level<T>>, key: string | number): Level<T> {
  let next = level.get(key)
  if (next === undefined) level.set(key, (next = new Map()))
  return next
}

/** `parseTarget`, remembered by text and everything in the context. */
export function parseTargetCached(text: string, context: TargetContext): ParsedTarget {
  // Stryker disable next-line all: equivalent, the cache's bookkeeping never shows in a result (docs/testing.md)
  if (targetCount >= MAX_TARGETS) {
    targets = new Map()
    targetCount = 0
  }
  // Stryker disable all: equivalent, as above
  const leaf = child(
    child(child(child(child(targets, text), context.year), context.level2 ?? ''), context.name ?? ''),
    context.direction ?? '',
  )
  // Stryker restore all
  // Stryker disable next-line all: equivalent, as above
  const basis = context.basis ?? ''
  let parsed = leaf.get(basis)
  if (parsed === undefined) {
    parsed = parseTarget(text, context)
    leaf.set(basis, parsed)
    // Stryker disable next-line all: equivalent, as above
    targetCount += 1
  }
  return parsed
}

/** `parseActual`, remembered per parsed target by year and text. */
export function parseActualCached(text: string, target: ParsedTarget, year: number): ParsedActual | ActualError {
  // Stryker disable next-line all: equivalent, as above
  if (actualCount >= MAX_ACTUALS) {
    actuals = new WeakMap()
    actualCount = 0
  }
  let byYear = actuals.get(target)
  if (!byYear) actuals.set(target, (byYear = new Map()))
  const byText = child(byYear, year)
  let parsed = byText.get(text)
  if (parsed === undefined) {
    parsed = parseActual(text, target, year)
    byText.set(text, parsed)
    // Stryker disable next-line all: equivalent, as above
    actualCount += 1
  }
  return parsed
}
