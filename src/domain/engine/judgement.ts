import type { Quarter } from '../records'
import type { ActualError, ParsedActual } from './actualParser'
import { indicatorLight, type Light } from './lights'
import { scoreLine, scoringRatio, type ScoreLine, type UnscoredReason, type WeightSource } from './scoring'
import type { EngineSettings } from './settings'
import type { ParsedTarget } from './target'

/** What one reported value says at a quarter: its light, and the r its score uses. */
export interface Judgement {
  light: Light
  /** r for the score line, or why the line is not scored. */
  ratio: number | UnscoredReason
}

interface Remembered extends Judgement {
  target: ParsedTarget
  year: number
  settings: EngineSettings
  /** Score lines made from this judgement, by weight source and weight. */
  lines?: Map<WeightSource, Map<number, ScoreLine>>
}

const judged = new WeakMap<ParsedActual | ActualError, (Remembered | undefined)[]>()
let notReported: Remembered | null = null

/**
 * The light and scoring ratio of `actual` against `target` at quarter q. Parsed values
 * are shared by every indicator with the same target and value text (see parseCache),
 * so each is judged once per quarter: a city repeats the same few thousand values.
 * The returned objects are shared and read-only.
 */
export function judge(
  target: ParsedTarget,
  actual: ParsedActual | ActualError | null,
  year: number,
  q: Quarter,
  settings: EngineSettings,
): Judgement {
  if (actual === null) return (notReported ??= { target, year, settings, light: indicatorLight(target, null, year, q, settings), ratio: 'notReported' })
  let byQuarter = judged.get(actual)
  if (byQuarter === undefined) judged.set(actual, (byQuarter = []))
  const hit = byQuarter[q]
  if (hit !== undefined && hit.target === target && hit.year === year && hit.settings === settings) return hit
  const made: Remembered = {
    target,
    year,
    settings,
    light: indicatorLight(target, actual, year, q, settings),
    ratio: scoringRatio(target, actual, year, q),
  }
  byQuarter[q] = made
  return made
}

/**
 * The score line of a judgement at a weight: weight × min(r, 1), or why it is not
 * scored. Shared like the judgement itself (the same split weights recur in every unit).
 */
export function scoreJudgement(judgement: Judgement, weight: number, source: WeightSource, q: Quarter): ScoreLine {
  const remembered = judgement as Remembered
  const bySource = (remembered.lines ??= new Map())
  let byWeight = bySource.get(source)
  if (byWeight === undefined) bySource.set(source, (byWeight = new Map()))
  let line = byWeight.get(weight)
  if (line === undefined) {
    const { ratio } = judgement
    line = typeof ratio === 'number' ? scoreLine(weight, source, ratio, undefined, q < 4 ? '预计完成率' : '完成率') : scoreLine(weight, source, null, ratio)
    byWeight.set(weight, line)
  }
  return line
}
