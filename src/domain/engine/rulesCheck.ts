import { RULE_FIELDS, type RuleField } from './rules'

/** What is wrong with a set of rules: bands out of order, or a threshold out of its range. */
export type RuleConflictCode = 'notNumber' | 'order' | 'range'

/** One conflict: the fields it is between, and the numbers the message names. */
export interface RuleConflict {
  code: RuleConflictCode
  /** The field the message is shown at first; `other` the one it conflicts with (for `order`). */
  field: RuleField
  other?: RuleField
  /** For `order`: the two values; for `range`: the value and its bounds. */
  params: { value?: number; otherValue?: number; min?: number; max?: number; minOpen?: boolean; maxOpen?: boolean }
}

/** Pairs of thresholds that must fall from left to right: a band's bound above the next one's. */
const ORDER: readonly [RuleField, RuleField][] = [
  ['gradeYou', 'gradeLiang'],
  ['gradeLiang', 'gradeZhong'],
  ['paceBlue', 'paceGreen'],
  ['paceGreen', 'paceYellow'],
  ['qualitativeGreen', 'qualitativeYellow'],
]

/** Where each threshold may lie; an open bound excludes its value. */
const RANGE: Record<RuleField, { min: number; max: number; minOpen: boolean; maxOpen: boolean }> = {
  gradeYou: { min: 0, max: 100, minOpen: true, maxOpen: false },
  gradeLiang: { min: 0, max: 100, minOpen: true, maxOpen: false },
  gradeZhong: { min: 0, max: 100, minOpen: true, maxOpen: false },
  paceBlue: { min: 0, max: 10, minOpen: true, maxOpen: false },
  paceGreen: { min: 0, max: 10, minOpen: true, maxOpen: false },
  paceYellow: { min: 0, max: 10, minOpen: true, maxOpen: false },
  ceilingYellow: { min: 1, max: 10, minOpen: false, maxOpen: false },
  levelYellow: { min: 0, max: 1, minOpen: true, maxOpen: true },
  qualitativeGreen: { min: 0, max: 1, minOpen: true, maxOpen: false },
  qualitativeYellow: { min: 0, max: 1, minOpen: true, maxOpen: false },
  yearEndYellow: { min: 0, max: 1, minOpen: true, maxOpen: true },
  redShare: { min: 0, max: 1, minOpen: true, maxOpen: false },
  minScoredShare: { min: 0, max: 1, minOpen: true, maxOpen: false },
}

/**
 * Every conflict in a set of rules, in the form's order: a value that is no number, a
 * threshold outside its range (a grade bound above 100, a share above 1), and bands out of
 * order (良 starting at or above 优). Empty when the rules can be saved.
 */
export function checkRules(values: Partial<Record<RuleField, number | null>>): RuleConflict[] {
  const conflicts: RuleConflict[] = []
  const usable = new Set<RuleField>()
  for (const field of RULE_FIELDS) {
    const value = values[field]
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      conflicts.push({ code: 'notNumber', field, params: {} })
      continue
    }
    const range = RANGE[field]
    const below = range.minOpen ? value <= range.min : value < range.min
    const above = range.maxOpen ? value >= range.max : value > range.max
    if (below || above) conflicts.push({ code: 'range', field, params: { value, ...range } })
    else usable.add(field)
  }
  for (const [upper, lower] of ORDER) {
    if (!usable.has(upper) || !usable.has(lower)) continue
    const [value, otherValue] = [values[upper]!, values[lower]!]
    if (value <= otherValue)
      conflicts.push({ code: 'order', field: lower, other: upper, params: { value: otherValue, otherValue: value } })
  }
  return conflicts
}
