import { parseActual } from '@/domain/engine/actualParser'
import type { ParsedTarget, Target, TargetContext } from '@/domain/engine/target'
import { parseTarget } from '@/domain/engine/targetParser'

/** Parses with year 2024 unless the test says otherwise. */
export function parse(text: string, context: Partial<TargetContext> = {}): ParsedTarget {
  return parseTarget(text, { year: 2024, ...context })
}

/** Parses a target the test knows is understood. */
export function understood(text: string, context: Partial<TargetContext> = {}): Target {
  const target = parse(text, context)
  if (target.kind === 'unknown') throw new Error(`not understood: ${text}: ${target.message}`)
  return target
}

/** The essentials of a numeric target as a compact tuple for table-driven tests. */
export function summary(target: ParsedTarget): unknown[] {
  switch (target.kind) {
    case 'atLeast':
    case 'atMost':
    case 'exact':
      return [target.kind, target.value, target.unit.symbol]
    case 'range':
      return [target.kind, target.low, target.high, target.unit.symbol]
    case 'deadline':
      return [target.kind, target.due]
    case 'qualitative':
      return [target.kind, target.words]
    case 'unknown':
      return [target.kind]
  }
}

/** Parses an actual against a target string. */
export function actualOf(actual: string, target: string, context: Partial<TargetContext> = {}) {
  return parseActual(actual, parse(target, context), context.year ?? 2024)
}
