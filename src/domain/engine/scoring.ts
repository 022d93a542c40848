import type { ActualError, ParsedActual } from './actualParser'
import type { Projection } from './projection'
import type { EngineSettings } from './settings'
import type { ParsedTarget } from './target'

/** Why an item counts for nothing in the total, which is then rescaled. */
export type UnscoredReason = 'notReported' | 'flagged' | 'pending' | 'noWeight' | 'noBudget'

/** The rate a score follows, by its official name (SPEC §4.3). */
export type RatioName = '完成率' | '预计完成率' | '执行率' | '预计执行率'

/** The words of a score's explanation, so that each language says it its own way. */
export interface FormulaWords {
  weight: string
  ratio: Record<RatioName, string>
  unscored: Record<UnscoredReason, string>
  /** After an unscored reason: what happens to the total. */
  leftOut: string
}

export const ZH_FORMULA_WORDS: FormulaWords = {
  weight: '分值',
  ratio: { 完成率: '完成率', 预计完成率: '预计完成率', 执行率: '执行率', 预计执行率: '预计执行率' },
  unscored: {
    notReported: '未填报',
    flagged: '实际值或指标值无法识别',
    pending: '未到完成期限',
    noWeight: '无分值',
    noBudget: '无预算，无执行率',
  },
  leftOut: '：不计分，总分按已计分项的分值折算',
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
  ratioName: RatioName
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
  ratioName: RatioName = '完成率',
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
export function scoreFormula(line: ScoreLine, words: FormulaWords = ZH_FORMULA_WORDS): string {
  if (line.score === null || line.capped === null || line.r === null) {
    return `${words.unscored[line.reason ?? 'pending']}${words.leftOut}`
  }
  const { weight, ratioName, r, capped, score } = line
  return `${words.weight} ${two(weight)} × min(${words.ratio[ratioName]} ${percent(r)}, 1) = ${two(weight)} × ${percent(capped)} = ${two(score)}`
}

/**
 * Weights of the indicators, in their order: a given 分值 as it is; the rest of the
 * 一级指标's weight (产出 50 · 效益 30 · 满意度 10) shared equally among the others.
 * An indicator under another 一级指标 (a 部门整体 framework's 运行成本 …) or none has only its given 分值.
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
 * The r a score uses: the 预计完成率 of the projection (at Q4 the 完成率 itself), or
 * why the line is left out.
 */
export function scoringRatio(
  target: ParsedTarget,
  actual: ParsedActual | ActualError | null,
  projection: Projection,
): number | UnscoredReason {
  if (actual === null) return 'notReported'
  if (target.kind === 'unknown' || actual.kind === 'error') return 'flagged'
  return projection.ratio === null ? 'pending' : projection.ratio
}

/** Total and grade of a set of lines (SPEC §4.3). */
export interface Total {
  /** 100 × Σ scores / Σ weights of what was scored; null when too little was scored. */
  total: number | null
  grade: string | null
  scoredWeight: number
  fullWeight: number
  /** The indicators' own weight, all of it and the part scored (budget execution aside). */
  indicatorWeight: number
  scoredIndicatorWeight: number
  /** True when the scored indicators carry less than `minScoredShare` of the indicator weight: 已评分指标不足. */
  insufficient: boolean
}

/**
 * Rescales to 100 over what was scored, and grades it. Nothing is rounded before the
 * sum. No total unless the scored indicators carry at least `minScoredShare` of the
 * indicator weight: a budget alone never makes a 100 优.
 */
export function totalOf(indicators: readonly ScoreLine[], budget: ScoreLine | null, settings: EngineSettings): Total {
  let scores = 0
  let scoredWeight = 0
  let indicatorWeight = 0
  for (const line of indicators) {
    indicatorWeight += line.weight
    if (line.score === null) continue
    scores += line.score
    scoredWeight += line.weight
  }
  const scoredIndicatorWeight = scoredWeight
  const fullWeight = indicatorWeight + (budget?.weight ?? 0)
  if (budget?.score != null) {
    scores += budget.score
    scoredWeight += budget.weight
  }
  const insufficient = indicatorWeight <= 0 || scoredIndicatorWeight < settings.minScoredShare * indicatorWeight
  const base = { scoredWeight, fullWeight, indicatorWeight, scoredIndicatorWeight, insufficient }
  if (insufficient || scoredWeight <= 0) return { total: null, grade: null, ...base }
  // The ratio first: scores ≤ weights, so it never exceeds 1 and the total never 100.
  const total = 100 * (scores / scoredWeight)
  return { total, grade: gradeOfTotal(total, settings), ...base }
}

/** The grade band of a total: ≥ 90 优, ≥ 80 良, ≥ 60 中, else 差 by default. */
export function gradeOfTotal(total: number, settings: EngineSettings): string {
  return (
    settings.grades.find((band) => total >= band.min)?.grade ?? settings.grades[settings.grades.length - 1]?.grade ?? ''
  )
}
