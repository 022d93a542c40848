import type { EChartsCoreOption } from 'echarts/core'
import type { IndicatorTrend } from '@/domain/engine/trend'
import { chinesePeriodName, YEAR_END, type Period } from '@/domain/period'

/** The chart's words, in the user's language; series names, so that tests and the legend agree. */
export interface TrendWords {
  actual: string
  target: string
  timeLine: string
  projection: string
  /** A period's name on the axis (第3季度, 1-7月). */
  periodName: (period: Period) => string
  /** The target's unit as written (亿元, 万元, 人): the user's own word in every language. */
  unit: string
}

export const TREND_SERIES = {
  actual: '累计实际值',
  target: '全年目标',
  timeLine: '序时进度目标',
  projection: '预计完成值',
} as const
const ZH_WORDS: Omit<TrendWords, 'unit'> = { ...TREND_SERIES, periodName: chinesePeriodName }

/**
 * The drill-down chart: year-to-date actual per period (bars) against the full-year
 * target, the 序时进度 line (累计 only) and a dashed projection to year end. Tooltips
 * render as rich text, never HTML, so nothing from a user's file can run.
 */
export function trendOption(
  trend: IndicatorTrend,
  words: TrendWords = { ...ZH_WORDS, unit: trend.unit },
): EChartsCoreOption {
  const projection = trend.projection
  const periods = trend.periods.map(words.periodName)
  const last = trend.periods.length - 1
  const projectionData = trend.periods.map((period, i) =>
    projection && period.month === projection.from
      ? projection.value
      : projection && i === last
        ? projection.projected
        : null,
  )
  return {
    animation: false,
    tooltip: {
      trigger: 'axis',
      renderMode: 'richText',
      valueFormatter: (v: unknown) => (typeof v === 'number' ? `${v}${words.unit}` : '—'),
    },
    // Under the chart: on a phone it wraps onto two lines, clear of the axis name above.
    legend: { bottom: 0, left: 0 },
    grid: { left: axisRoom(trend), right: 16, top: 28, bottom: 72, outerBoundsMode: 'none' },
    xAxis: { type: 'category', data: periods, axisLabel: { hideOverlap: true } },
    yAxis: { type: 'value', name: words.unit, splitNumber: 4, axisLabel: { hideOverlap: true } },
    series: [
      { name: words.actual, type: 'bar', data: trend.actual, barMaxWidth: 36 },
      {
        name: words.target,
        type: 'line',
        data: periods.map(() => trend.target),
        symbol: 'none',
        lineStyle: { width: 2 },
      },
      ...(trend.timeLine
        ? [{ name: words.timeLine, type: 'line', data: trend.timeLine, lineStyle: { type: 'dotted' } }]
        : []),
      ...(projection && projection.from < YEAR_END
        ? [
            {
              name: words.projection,
              type: 'line',
              data: projectionData,
              connectNulls: true,
              lineStyle: { type: 'dashed' },
            },
          ]
        : []),
    ],
  }
}

/**
 * Room left of the plot for the value axis's labels, from the largest value drawn (the
 * axis may round up a step past it): `1,200,000` needs more than `40`. Estimated, never
 * measured, like the other charts' margins.
 */
function axisRoom(trend: IndicatorTrend): number {
  const largest = Math.max(trend.target, ...trend.actual.map((v) => v ?? 0), trend.projection?.projected ?? 0)
  const digits = Math.round(largest * 1.5).toLocaleString('en-US').length
  return Math.max(40, digits * 7 + 16)
}
