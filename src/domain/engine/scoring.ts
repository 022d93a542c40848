import type { Quarter } from '../records'
import { achievement, clean } from './achievement'
import type { ActualError, ParsedActual } from './actualParser'
import { quarterEnd } from './dates'
import type { EngineSettings } from './settings'
import type { ParsedTarget } from './target'

/** Why an item counts for nothing in the total, which is then rescaled. */
export type UnscoredReason = 'notReported' | 'flagged' | 'pending' | 'noWeight' | 'noBudget'

const UNSCORED_WORDS: Record<UnscoredReason, string> = {
  notReported: '未填报',
  flagged: '实际值或指标值无法识别',
  pending: '未到完成期限',
  noWeight: '无分值',
  noBudget: '无预算，无执行率',
}

export type WeightSource = 'given' | 'split' | 'default'

/** One line of the self-evaluation with its explanation as data (SPEC §4.3). */
export interface ScoreLine {
  weight: number
  weightSource: WeightSource
  /** The achievement used: r for indicators, e for budget execution; projected in-year. */
  r: number | null
  /** min(r, 1), never below 0. */
  capped: number | null
  score: number | null
  reason?: UnscoredReason
  /** What r is called in the explanation: 完成率, 预计完成率, 执行率 … */
  ratioName: string
}

const two = (n: number) => n.toFixed(2)
const percent = (n: number) => `${(n * 100).toFixed(1)}%`

/**
 * Scores weight × min(r, 1), or says why the line is left out. `ratioName` names
 * r in the explanation ({@link scoreFormula}): 完成率, 预计完成率, 执行率 …
 */
export function scoreLine(
  weight: number,
  weightSource: WeightSource,
  r: number | null,
  reason?: UnscoredReason,
  ratioName = '完成率',
): ScoreLine {
  if (reason || r === null || weight <= 0) {
    const why = reason ?? (weight <= 0 ? 'noWeight' : 'pending')
    return { weight, weightSource, r, capped: null, score: null, reason: why, ratioName }
  }
  const capped = Math.max(0, Math.min(r, 1))
  return { weight, weightSource, r, capped, score: weight * capped, ratioName }
}

/**
 * The computation of a score line in words, for the finance officer to check by hand.
 * Built when shown: a city's ranking scores tens of thousands of lines nobody reads.
 */
export function scoreFormula(line: ScoreLine): string {
  if (line.score === null || line.capped === null || line.r === null) {
    return `${UNSCORED_WORDS[line.reason ?? 'pending']}：不计分，总分按已计分项的分值折算`
  }
  const { weight, ratioName, r, capped, score } = line
  return `分值 ${two(weight)} × min(${ratioName} ${percent(r)}, 1) = ${two(weight)} × ${percent(capped)} = ${two(score)}`
}

/**
 * Weights of the indicators, in their order: a given 分值 as it is; the rest of the
 * 一级指标's weight (产出 50 · 效益 30 · 满意度 10) shared equally among the others.
 * An indicator under an unknown 一级指标 has only its given 分值.
 */
export function assignWeights(
  items: readonly { level1: string; weight?: number }[],
  settings: EngineSettings,
): { weight: number; source: WeightSource }[] {
  const groups = new Map<string, { given: number; open: number }>()
  for (const item of items) {
    const group = groups.get(item.level1) ?? { given: 0, open: 0 }
    if (item.weight !== undefined) group.given += item.weight
    else group.open += 1
    groups.set(item.level1, group)
  }
  return items.map((item) => {
    if (item.weight !== undefined) return { weight: item.weight, source: 'given' }
    const group = groups.get(item.level1)!
    const levelWeight = settings.weights.levels[item.level1]
    const share = levelWeight === undefined ? 0 : Math.max(0, levelWeight - group.given) / group.open
    return { weight: share, source: 'split' }
  })
}

/**
 * The r a score uses at quarter q: at year end the achievement itself; in year the
 * projected one (预计得分), with `累计` values carried to year end as A / t.
 */
export function scoringRatio(
  target: ParsedTarget,
  actual: ParsedActual | ActualError | null,
  year: number,
  q: Quarter,
): number | UnscoredReason {
  if (actual === null) return 'notReported'
  if (target.kind === 'unknown' || actual.kind === 'error') return 'flagged'
  const projected =
    actual.kind === 'number' && target.kind !== 'deadline' && target.kind !== 'qualitative' && target.basis === '累计'
      ? { kind: 'number' as const, value: clean((actual.value * 4) / q) }
      : actual
  const r = achievement(target, projected, quarterEnd(year, q))
  return r === null ? 'pending' : r
}

/** Total and grade of a set of lines (SPEC §4.3). */
export interface Total {
  /** 100 × Σ scores / Σ weights of what was scored; null when nothing was. */
  total: number | null
  grade: string | null
  scoredWeight: number
  fullWeight: number
}

/** Rescales to 100 over what was scored, and grades it. Nothing is rounded before the sum. */
export function totalOf(lines: readonly ScoreLine[], settings: EngineSettings): Total {
  let scores = 0
  let scoredWeight = 0
  let fullWeight = 0
  for (const line of lines) {
    fullWeight += line.weight
    if (line.score === null) continue
    scores += line.score
    scoredWeight += line.weight
  }
  if (scoredWeight <= 0) return { total: null, grade: null, scoredWeight, fullWeight }
  // The ratio first: scores ≤ weights, so it never exceeds 1 and the total never 100.
  const total = 100 * (scores / scoredWeight)
  return { total, grade: gradeOfTotal(total, settings), scoredWeight, fullWeight }
}

/** The grade band of a total: ≥ 90 优, ≥ 80 良, ≥ 60 中, else 差 by default. */
export function gradeOfTotal(total: number, settings: EngineSettings): string {
  return settings.grades.find((band) => total >= band.min)?.grade ?? settings.grades[settings.grades.length - 1]?.grade ?? ''
}
