import type { Month } from '../period'
import type { ActualError, ParsedActual } from './actualParser'
import { indicatorLight, type Light } from './lights'
import { JudgementMemo } from './memos'
import { projectionOf, type Projection } from './projection'
import { scoreLine, scoringRatio, type ScoreLine, type UnscoredReason, type WeightSource } from './scoring'
import type { EngineSettings } from './settings'
import type { ParsedTarget } from './target'

/** What one reported value says at a period: its light, its projection and the r its score uses. */
export interface Judgement {
  light: Light
  projection: Projection
  /** r for the score line (the 预计完成率), or why the line is not scored. */
  ratio: number | UnscoredReason
}

// Each parsed value's judgement per month, and each judgement's score lines per weight.
const memo = new JudgementMemo<Judgement>()

/**
 * The light and scoring ratio of `actual` against `target` at month m. Parsed values
 * are shared by every indicator with the same target and value text (see parseCache),
 * so each is judged once per month: a city repeats the same few thousand values.
 * The returned objects are shared and read-only.
 */
export function judge(
  target: ParsedTarget,
  actual: ParsedActual | ActualError | null,
  year: number,
  m: Month,
  settings: EngineSettings,
): Judgement {
  if (actual === null) {
    // Nothing reported reads the same for every indicator; only the month tells in year from year end.
    return memo.notReportedAt(m, () => ({
      light: indicatorLight(target, null, year, m, settings),
      projection: projectionOf(target, null, null, year, m),
      ratio: 'notReported',
    }))
  }
  const hit = memo.get(target, actual, year, m, settings)
  if (hit !== undefined) return hit
  const projection = projectionOf(target, actual, null, year, m)
  const light = indicatorLight(target, actual, year, m, settings)
  return memo.remember(target, actual, year, m, settings, {
    light,
    projection,
    ratio: scoringRatio(target, actual, projection),
  })
}

/**
 * The score line of a judgement at a weight: weight × min(r, 1), or why it is not
 * scored. Shared like the judgement itself (the same split weights recur in every unit).
 */
export function scoreJudgement(judgement: Judgement, weight: number, source: WeightSource, m: Month): ScoreLine {
  return memo.lineOf(judgement, weight, source, () => lineOf(judgement.ratio, weight, source, m))
}

/** The score line of a scoring ratio: in year it follows the 预计完成率, at the year end the 完成率. */
export function lineOf(ratio: number | UnscoredReason, weight: number, source: WeightSource, m: Month): ScoreLine {
  return typeof ratio === 'number'
    ? scoreLine(weight, source, ratio, undefined, m < 12 ? '预计完成率' : '完成率')
    : scoreLine(weight, source, null, ratio)
}
