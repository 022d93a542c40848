import type { ActualRecord, Quarter, TargetRecord } from '../records'
import type { Target } from './target'
import { clean } from './achievement'
import { parseActualCached } from './parseCache'
import { parseForecast, parseTargetRecord } from './indicator'
import { projectionOf } from './projection'

const QUARTERS: Quarter[] = [1, 2, 3, 4]

/** A numeric indicator through the year: what the drill-down chart draws. */
export interface IndicatorTrend {
  unit: string
  /** The full-year target (the upper end of a range). */
  target: number
  /** 累计 only: the target prorated by 序时进度, T × q / 4, per quarter. */
  timeLine: number[] | null
  /** The year-to-date value reported at each quarter's end; null where none or unreadable. */
  actual: (number | null)[]
  /** From the latest reported quarter to year end: the 预计完成值 of that quarter (the officer's 全年预计, else A / t for 累计, A for 时点). */
  projection: { from: Quarter; value: number; projected: number } | null
}

/**
 * The quarter-by-quarter series of a numeric indicator, read by the engine's parsers;
 * null for deadlines, qualitative targets and targets not understood.
 */
export function indicatorTrend(record: TargetRecord, actuals: readonly ActualRecord[]): IndicatorTrend | null {
  const target = parseTargetRecord(record)
  if (target.kind !== 'atLeast' && target.kind !== 'atMost' && target.kind !== 'exact' && target.kind !== 'range') return null
  const full = target.kind === 'range' ? target.high : target.value
  const cumulative = target.basis === '累计'
  const actual = QUARTERS.map((q) => {
    const row = actuals.find((a) => a.quarter === q)
    const parsed = row ? parseActualCached(row.actualText, target, record.year) : null
    return parsed?.kind === 'number' ? parsed.value : null
  })
  const latest = [...QUARTERS].reverse().find((q) => actual[q - 1] !== null)
  const projection = latest === undefined ? null : projectionAt(record, target, actuals, latest, actual[latest - 1]!)
  return {
    unit: target.unit.symbol,
    target: full,
    timeLine: cumulative ? QUARTERS.map((q) => clean((full * q) / 4)) : null,
    actual,
    projection,
  }
}

/** The 预计完成值 at a quarter, read as every screen reads it (see projectionOf). */
function projectionAt(record: TargetRecord, target: Target, actuals: readonly ActualRecord[], q: Quarter, value: number): NonNullable<IndicatorTrend['projection']> {
  const row = actuals.find((a) => a.quarter === q)
  const forecast = row ? parseForecast(row, target, record.year) : null
  const projected = projectionOf(target, { kind: 'number', value }, forecast, record.year, q).value
  return { from: q, value, projected: projected?.kind === 'number' ? clean(projected.value) : value }
}
