/**
 * 重点监控: the units that most need a closer look, ranked by budget size, execution behind
 * time, red lines and overdue 整改 items (docs/scoring.md "重点监控").
 */
import type { UnitStanding } from './engine/ranking'
import { clean } from './number'
import { timeProgress } from './period'
import { compareChinese } from './summary'

/** The criteria, in the order the list shows them. */
export const FOCUS_CRITERIA = ['budget', 'behind', 'red', 'overdue'] as const
export type FocusCriterion = (typeof FOCUS_CRITERIA)[number]

/** How much each criterion counts; only their proportions matter. */
export type FocusWeights = Record<FocusCriterion, number>

/** The weights in force until changed on 数据: size and lag first, then red lines, then overdue 整改. */
export const DEFAULT_FOCUS_WEIGHTS: Readonly<FocusWeights> = Object.freeze({
  budget: 30,
  behind: 30,
  red: 25,
  overdue: 15,
})

/** One criterion of one unit: its figure as the data gives it (null: none) and the points it earns. */
export interface FocusFigure {
  raw: number | null
  points: number
}

/** A unit's line of the list. */
export interface FocusRow {
  unit: string
  /** The standing the figures come from (its month and period say when). */
  standing: UnitStanding
  figures: Record<FocusCriterion, FocusFigure>
  /** The sum of the points, out of 100. */
  score: number
}

const round2 = (n: number) => Math.round(clean(n) * 100) / 100

/**
 * Why weights cannot be used, or null when they can: each a finite number not below zero,
 * and not all zero (the score would be 0 for every unit).
 */
export function focusWeightsProblem(weights: Readonly<FocusWeights>): 'negative' | 'allZero' | null {
  const values = FOCUS_CRITERIA.map((c) => weights[c])
  if (values.some((v) => !Number.isFinite(v) || v < 0)) return 'negative'
  return values.every((v) => v === 0) ? 'allZero' : null
}

/** Weights read from storage or a backup: null unless they are four usable weights. */
export function readFocusWeights(value: unknown): FocusWeights | null {
  if (typeof value !== 'object' || value === null) return null
  const given = value as Partial<Record<FocusCriterion, unknown>>
  const weights = Object.fromEntries(
    FOCUS_CRITERIA.map((c) => [c, typeof given[c] === 'number' ? given[c] : Number.NaN]),
  ) as FocusWeights
  return focusWeightsProblem(weights) === null ? weights : null
}

/** Weights read from storage: the defaults for anything that is not a usable set of four weights. */
export function focusWeightsOf(value: unknown): FocusWeights {
  return readFocusWeights(value) ?? { ...DEFAULT_FOCUS_WEIGHTS }
}

/**
 * Execution behind time, in percentage points: (序时进度 − 执行率) × 100 at the standing's
 * month, 0 when execution is on or ahead of time; null without a rate (no budget, or no
 * spending reported).
 */
export function behindPoints(standing: Pick<UnitStanding, 'e' | 'month'>): number | null {
  if (standing.e === null) return null
  return round2(Math.max(0, timeProgress(standing.month) - standing.e) * 100)
}

/** The four figures of a unit as the data gives them. */
function rawFigures(standing: UnitStanding, overdue: number): Record<FocusCriterion, number | null> {
  return { budget: standing.budget, behind: behindPoints(standing), red: standing.counts.red, overdue }
}

/**
 * The 重点监控 list of the units given (a year's, or one 主管部门's): highest score first,
 * ties in zh-CN name order.
 *
 * Normalisation: each criterion is scaled by the largest figure among the units listed, so
 * the unit with the largest figure earns the criterion's whole share and the others their
 * proportion of it. A criterion's share of 100 is its weight over the sum of the weights:
 * points = 100 × wᶜ / Σw × figure / largest figure, two decimals; 0 where the figure is
 * missing or every unit's is 0. The score is the sum of the four points as shown.
 *
 * Figures: `budget` the 全年预算数 (万元) of the standing's 类别; `behind` `behindPoints`;
 * `red` its red lines (the 双监控 count of red indicators); `overdue` its overdue 整改
 * items, from `overdue` by unit (0 for a unit not in it).
 */
export function focusList(
  standings: readonly UnitStanding[],
  overdue: ReadonlyMap<string, number>,
  weights: Readonly<FocusWeights> = DEFAULT_FOCUS_WEIGHTS,
): FocusRow[] {
  const raws = standings.map((s) => rawFigures(s, overdue.get(s.unit) ?? 0))
  const sum = FOCUS_CRITERIA.reduce((total, c) => total + weights[c], 0)
  const largest = Object.fromEntries(
    FOCUS_CRITERIA.map((c) => [c, Math.max(0, ...raws.map((r) => r[c] ?? 0))]),
  ) as Record<FocusCriterion, number>
  const pointsOf = (c: FocusCriterion, raw: number | null) =>
    raw === null || raw <= 0 || largest[c] === 0 || sum === 0
      ? 0
      : round2((100 * weights[c] * raw) / (sum * largest[c]))
  const rows = standings.map((standing, i): FocusRow => {
    const raw = raws[i]!
    const figures = Object.fromEntries(
      FOCUS_CRITERIA.map((c) => [c, { raw: raw[c], points: pointsOf(c, raw[c]) }]),
    ) as Record<FocusCriterion, FocusFigure>
    const score = round2(FOCUS_CRITERIA.reduce((total, c) => total + figures[c].points, 0))
    return { unit: standing.unit, standing, figures, score }
  })
  return rows.sort((a, b) => b.score - a.score || compareChinese(a.unit, b.unit))
}

/** The standings of one 主管部门's units, by each unit's 主管部门 (`parents`, by unit); all when `department` is empty. */
export function ofDepartment(
  standings: readonly UnitStanding[],
  parents: ReadonlyMap<string, string>,
  department: string,
): UnitStanding[] {
  return department === '' ? [...standings] : standings.filter((s) => parents.get(s.unit) === department)
}
