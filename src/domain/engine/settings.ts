// Every threshold of SPEC §4 as a setting, with the defaults of production 预算绩效管理
// systems. Provinces differ, so the engine never hard-codes them.

/**
 * The bands' thresholds, named as the scoring rules name them (SPEC §7): the engine reads
 * them under the names a rules file or a backup holds. The grade bands are apart: the
 * rules give their lower bounds, the engine a list of bands.
 */
export interface Thresholds {
  /** `累计` pace k = (A / T) / t: blue at or above, green below (超序时). */
  readonly paceBlue: number
  /** Green from here up to paceBlue. */
  readonly paceGreen: number
  /** Yellow from here up to paceGreen; red below. */
  readonly paceYellow: number
  /** At-most: yellow while the projected value is at most this multiple of T. */
  readonly ceilingYellow: number
  /** `时点` at-least / exact: green at r ≥ 1, yellow from here; red below. */
  readonly levelYellow: number
  /** Qualitative: green from here (达成, 基本达成). */
  readonly qualitativeGreen: number
  /** Qualitative: yellow from here (部分达成); red below. */
  readonly qualitativeYellow: number
  /** At the year end: 基本完成 (yellow) from here up to r = 1; 未完成 (red) below. */
  readonly yearEndYellow: number
  /** A unit's 双监控 light is red once this share of its reported indicators is red. */
  readonly redShare: number
  /** A total is given only when the scored indicators carry at least this share of the indicator weight. */
  readonly minScoredShare: number
}

/** The thresholds in the order the rules form shows them. */
export const THRESHOLD_FIELDS: readonly (keyof Thresholds)[] = [
  'paceBlue',
  'paceGreen',
  'paceYellow',
  'ceilingYellow',
  'levelYellow',
  'qualitativeGreen',
  'qualitativeYellow',
  'yearEndYellow',
  'redShare',
  'minScoredShare',
]

/** The thresholds alone, taken from anything that holds them (rules values, settings). */
export function thresholdsOf(source: Thresholds): Thresholds {
  return Object.fromEntries(THRESHOLD_FIELDS.map((field) => [field, source[field]])) as unknown as Thresholds
}

/**
 * What the engine evaluates by: the thresholds, the self-evaluation's weights and the grade
 * bands. Read only: the engine's memos know a settings object by a fingerprint of its
 * content, worked out once per object (memos.ts).
 */
export interface EngineSettings extends Thresholds {
  /** Self-evaluation weights (财预〔2020〕10号): budget execution, and each 一级指标. */
  readonly weights: { readonly budget: number; readonly levels: Readonly<Record<string, number>> }
  /** Grade bands of the total, highest first. */
  readonly grades: readonly { readonly min: number; readonly grade: string }[]
}

export const DEFAULT_SETTINGS: EngineSettings = {
  paceBlue: 1.2,
  paceGreen: 0.8,
  paceYellow: 0.6,
  ceilingYellow: 1.1,
  levelYellow: 0.9,
  qualitativeGreen: 0.8,
  qualitativeYellow: 0.6,
  yearEndYellow: 0.8,
  redShare: 1 / 3,
  minScoredShare: 0.5,
  weights: { budget: 10, levels: { 产出指标: 50, 效益指标: 30, 满意度指标: 10 } },
  grades: [
    { min: 90, grade: '优' },
    { min: 80, grade: '良' },
    { min: 60, grade: '中' },
    { min: 0, grade: '差' },
  ],
}
