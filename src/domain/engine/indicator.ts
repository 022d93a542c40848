import type { ActualRecord, TargetRecord } from '../records'
import { levelOfRules } from '../levels'
import type { Month } from '../period'
import type { ActualError, ParsedActual } from './actualParser'
import { judge, lineOf, scoreJudgement } from './judgement'
import type { Light } from './lights'
import { IndicatorMemo } from './memos'
import { projectionOf, type Projection } from './projection'
import { parseActualCached, parseTargetCached } from './parseCache'
import { scoringRatio, type ScoreLine, type WeightSource } from './scoring'
import type { EngineSettings } from './settings'
import type { ParsedTarget } from './target'

/** One indicator, understood, lit and scored at a period. */
export interface IndicatorResult {
  record: TargetRecord
  target: ParsedTarget
  /** The value reported for the period, if any. */
  actualRecord: ActualRecord | null
  actual: ParsedActual | ActualError | null
  light: Light
  /** 预计完成值 and 预计完成率; at the year end the actual and its 完成率. */
  projection: Projection
  /** In year a 预计得分 that follows projection.ratio; at the year end the 得分 of light.r. */
  score: ScoreLine
}

// Each stored target row's parsed target and last result (a city's year is 18,000 indicators).
// The caches behind it still share each distinct text's parse and judgement among rows read
// anew from the database.
const rows = new IndicatorMemo<IndicatorResult>(parseTargetRow)

/**
 * Parses a stored target row through the cache of texts, keeping nothing beside the row:
 * for the import's check, which sees each row once (a memo per row would only add to a
 * province's hundred thousand rows for the collector to trace).
 */
export function parseTargetRow(record: TargetRecord): ParsedTarget {
  return parseTargetCached(record.targetText, {
    year: record.year,
    level2: levelOfRules(record),
    name: record.name,
    ...(record.direction && { direction: record.direction }),
    ...(record.basis && { basis: record.basis }),
  })
}

/** Parses a stored target with everything its row knows (SPEC §3), once per row. */
export function parseTargetRecord(record: TargetRecord): ParsedTarget {
  return rows.entryOf(record).target
}

/**
 * A target row with the value reported for it at month m (or none), weighted:
 * parsed, lit and scored. The result is shared and read-only; the same row asked the
 * same again gets the same object.
 */
export function evaluateIndicator(
  record: TargetRecord,
  actualRecord: ActualRecord | null,
  m: Month,
  settings: EngineSettings,
  weight: number,
  source: WeightSource,
): IndicatorResult {
  const entry = rows.entryOf(record)
  const last = rows.lastOf(entry, actualRecord, m, settings, weight, source)
  if (last !== null) return last
  const { target } = entry
  const actual = actualRecord ? parseActualCached(actualRecord.actualText, target, record.year) : null
  const judgement = judge(target, actual, record.year, m, settings)
  const forecast = m < 12 && actualRecord ? parseForecast(actualRecord, target, record.year) : null
  if (forecast) {
    // The officer's own 全年预计 is this row's alone: judged here, not shared.
    const projection = projectionOf(target, actual, forecast, record.year, m)
    const score = lineOf(scoringRatio(target, actual, projection), weight, source, m)
    return rows.remember(entry, actualRecord, m, settings, weight, source, {
      record,
      target,
      actualRecord,
      actual,
      light: judgement.light,
      projection,
      score,
    })
  }
  const score = scoreJudgement(judgement, weight, source, m)
  return rows.remember(entry, actualRecord, m, settings, weight, source, {
    record,
    target,
    actualRecord,
    actual,
    light: judgement.light,
    projection: judgement.projection,
    score,
  })
}

/** The officer's 全年预计 of a reported value, read against its target; null when none was given. */
export function parseForecast(
  actualRecord: ActualRecord,
  target: ParsedTarget,
  year: number,
): ParsedActual | ActualError | null {
  const text = actualRecord.forecast?.trim()
  return text ? parseActualCached(text, target, year) : null
}
