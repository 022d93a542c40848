import type { ActualRecord, TargetRecord } from '../records'
import { periodOf, withQuarterEnds, YEAR_END, type Period, type Month } from '../period'
import type { Target } from './target'
import { clean } from '../number'
import { parseActualCached } from './parseCache'
import { parseForecast, parseTargetRecord } from './indicator'
import { projectionOf } from './projection'
import { targetInForce } from './targetInForce'
import { shownUnit, valueInTargetUnit } from './targetUnit'

/** A numeric indicator through the year: what the drill-down chart draws, in the unit its target is written in. */
export interface IndicatorTrend {
  /** The target's unit as written (亿元 for `≧100亿元`); every value below is in it. */
  unit: string
  /** The full-year target (the upper end of a range). */
  target: number
  /** The periods drawn: every quarter's end, and any other month a value was reported for, in order. */
  periods: Period[]
  /** 累计 only: the target prorated by 序时进度, T × m / 12, per period. */
  timeLine: number[] | null
  /** The year-to-date value reported for each period; null where none or unreadable. */
  actual: (number | null)[]
  /** From the latest reported period to year end: its 预计完成值 (the officer's 全年预计, else A / t for 累计, A for 时点). */
  projection: { from: Month; value: number; projected: number } | null
}

/**
 * The period-by-period series of a numeric indicator, read by the engine's parsers;
 * null for deadlines, qualitative targets and targets not understood.
 */
export function indicatorTrend(record: TargetRecord, actuals: readonly ActualRecord[]): IndicatorTrend | null {
  // The year's target is the one in force at its end (an adjustment's, when one was made).
  const target = parseTargetRecord(targetInForce(record, YEAR_END))
  if (target.kind !== 'atLeast' && target.kind !== 'atMost' && target.kind !== 'exact' && target.kind !== 'range')
    return null
  const full = target.kind === 'range' ? target.high : target.value
  const cumulative = target.basis === '累计'
  const byMonth = new Map(actuals.map((a) => [a.month, a]))
  const months = withQuarterEnds(byMonth.keys())
  const actual = months.map((m) => {
    const row = byMonth.get(m)
    const parsed = row ? parseActualCached(row.actualText, target, record.year) : null
    return parsed?.kind === 'number' ? parsed.value : null
  })
  let latestAt = actual.length - 1
  while (latestAt >= 0 && actual[latestAt] === null) latestAt -= 1
  const projection =
    latestAt < 0
      ? null
      : projectionAt(record, target, byMonth.get(months[latestAt]!), months[latestAt]!, actual[latestAt]!)
  const shown = (value: number) => valueInTargetUnit(value, target).value
  return {
    unit: shownUnit(target).word,
    target: shown(full),
    periods: months.map((m) => periodOf(m, byMonth.get(m)?.byMonth)),
    timeLine: cumulative ? months.map((m) => shown(clean((full * m) / YEAR_END))) : null,
    actual: actual.map((v) => (v === null ? null : shown(v))),
    projection: projection && {
      from: projection.from,
      value: shown(projection.value),
      projected: shown(projection.projected),
    },
  }
}

/** The 预计完成值 at a period, read as every screen reads it (see projectionOf). */
function projectionAt(
  record: TargetRecord,
  target: Target,
  row: ActualRecord | undefined,
  m: Month,
  value: number,
): NonNullable<IndicatorTrend['projection']> {
  const forecast = row ? parseForecast(row, target, record.year) : null
  const projected = projectionOf(target, { kind: 'number', value }, forecast, record.year, m).value
  return { from: m, value, projected: projected?.kind === 'number' ? clean(projected.value) : value }
}
