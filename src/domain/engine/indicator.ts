import type { ActualRecord, TargetRecord } from '../records'
import type { Month } from '../period'
import type { ActualError, ParsedActual } from './actualParser'
import { judge, lineOf, scoreJudgement } from './judgement'
import type { Light } from './lights'
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

/**
 * What was last worked out for one stored target row. Rows are never changed in place
 * and a screen or a ranking shows the same rows again and again, so the row's parsed
 * target and its last result are kept beside it: one lookup per indicator instead of
 * one per cache (a city's year is 18,000 indicators). The caches behind it still share
 * each distinct text's parse and judgement among rows read anew from the database.
 */
interface RecordMemo {
  target: ParsedTarget
  last: IndicatorResult | null
  m: Month
  settings: EngineSettings | null
}

const memos = new WeakMap<TargetRecord, RecordMemo>()

function memoOf(record: TargetRecord): RecordMemo {
  let memo = memos.get(record)
  if (memo === undefined) memos.set(record, (memo = { target: parseTargetRow(record), last: null, m: 12, settings: null }))
  return memo
}

/**
 * Parses a stored target row through the cache of texts, keeping nothing beside the row:
 * for the import's check, which sees each row once (a memo per row would only add to a
 * province's hundred thousand rows for the collector to trace).
 */
export function parseTargetRow(record: TargetRecord): ParsedTarget {
  return parseTargetCached(record.targetText, {
    year: record.year,
    level2: record.level2,
    name: record.name,
    ...(record.direction && { direction: record.direction }),
    ...(record.basis && { basis: record.basis }),
  })
}

/** Parses a stored target with everything its row knows (SPEC §3), once per row. */
export function parseTargetRecord(record: TargetRecord): ParsedTarget {
  return memoOf(record).target
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
  const memo = memoOf(record)
  const last = memo.last
  if (
    last !== null &&
    last.actualRecord === actualRecord &&
    memo.m === m &&
    memo.settings === settings &&
    last.score.weight === weight &&
    last.score.weightSource === source
  ) {
    return last
  }
  const { target } = memo
  const actual = actualRecord ? parseActualCached(actualRecord.actualText, target, record.year) : null
  const judgement = judge(target, actual, record.year, m, settings)
  memo.m = m
  memo.settings = settings
  const forecast = m < 12 && actualRecord ? parseForecast(actualRecord, target, record.year) : null
  if (forecast) {
    // The officer's own 全年预计 is this row's alone: judged here, not shared.
    const projection = projectionOf(target, actual, forecast, record.year, m)
    const score = lineOf(scoringRatio(target, actual, projection), weight, source, m)
    return (memo.last = { record, target, actualRecord, actual, light: judgement.light, projection, score })
  }
  const score = scoreJudgement(judgement, weight, source, m)
  return (memo.last = { record, target, actualRecord, actual, light: judgement.light, projection: judgement.projection, score })
}

/** The officer's 全年预计 of a reported value, read against its target; null when none was given. */
export function parseForecast(actualRecord: ActualRecord, target: ParsedTarget, year: number): ParsedActual | ActualError | null {
  const text = actualRecord.forecast?.trim()
  return text ? parseActualCached(text, target, year) : null
}
