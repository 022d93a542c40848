import type { Basis, Direction } from '../records'
import type { Unit } from './units'

/** What every understood target carries besides its value. */
export interface TargetTraits {
  /** 指标值 as written. */
  text: string
  direction: Direction
  /** True when the direction was inferred from a bare number (shown as 推断为…). */
  directionInferred: boolean
  basis: Basis
  basisInferred: boolean
}

/** Where a numeric target's comparator came from. */
export type ComparatorSource = 'text' | 'name' | 'inferred'

export interface NumericTarget extends TargetTraits {
  kind: 'atLeast' | 'atMost' | 'exact'
  /** In the canonical unit (money in 万元). */
  value: number
  unit: Unit
  /** `>` or `<` rather than `≥` or `≤`. */
  strict: boolean
  comparatorSource: ComparatorSource
}

export interface RangeTarget extends TargetTraits {
  kind: 'range'
  low: number
  high: number
  unit: Unit
}

export interface DeadlineTarget extends TargetTraits {
  kind: 'deadline'
  /** Last day that counts as on time, `YYYY-MM-DD`. */
  due: string
}

export interface QualitativeTarget extends TargetTraits {
  kind: 'qualitative'
  /** The target's own words, e.g. `作用明显`; an actual restating them is achieved. */
  words: string
}

export type Target = NumericTarget | RangeTarget | DeadlineTarget | QualitativeTarget

/** A 指标值 the engine does not understand: kept as text, flagged, never scored. */
export interface TargetNotUnderstood {
  kind: 'unknown'
  text: string
  /** Why, in Chinese, for the user. */
  message: string
}

export type ParsedTarget = Target | TargetNotUnderstood

/** What the parser may know about the indicator besides its 指标值. */
export interface TargetContext {
  /** 年度, for dates written without a year (`12月底前`, `年底前`). */
  year: number
  /** The 二级指标 as the rules read it: the 一级 where the tree has no 二级 (levelOfRules). */
  level2?: string
  name?: string
  direction?: Direction
  basis?: Basis
}
