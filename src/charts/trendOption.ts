import type { EChartsCoreOption } from 'echarts/core'
import type { IndicatorTrend } from '@/domain/engine/trend'

const QUARTER_LABELS = ['第1季度', '第2季度', '第3季度', '第4季度']

/** Series names, so that tests and the legend agree. */
export const TREND_SERIES = { actual: '累计实际值', target: '全年目标', timeLine: '序时进度目标', projection: '预计年末' } as const

/**
 * The drill-down chart: year-to-date actual per quarter (bars) against the full-year
 * target, the 序时进度 line (累计 only) and a dashed projection to year end. Tooltips
 * render as rich text, never HTML, so nothing from a user's file can run.
 */
export function trendOption(trend: IndicatorTrend): EChartsCoreOption {
  const projection = trend.projection
  const projectionData = QUARTER_LABELS.map((_, i) =>
    projection && i + 1 === projection.from ? projection.value : projection && i === 3 ? projection.projected : null,
  )
  return {
    animation: false,
    tooltip: { trigger: 'axis', renderMode: 'richText', valueFormatter: (v: unknown) => (typeof v === 'number' ? `${v}${trend.unit}` : '—') },
    legend: { top: 0 },
    grid: { left: 56, right: 24, top: 40, bottom: 32 },
    xAxis: { type: 'category', data: QUARTER_LABELS },
    yAxis: { type: 'value', name: trend.unit },
    series: [
      { name: TREND_SERIES.actual, type: 'bar', data: trend.actual, barMaxWidth: 36 },
      { name: TREND_SERIES.target, type: 'line', data: QUARTER_LABELS.map(() => trend.target), symbol: 'none', lineStyle: { width: 2 } },
      ...(trend.timeLine ? [{ name: TREND_SERIES.timeLine, type: 'line', data: trend.timeLine, lineStyle: { type: 'dotted' } }] : []),
      ...(projection && projection.from < 4
        ? [{ name: TREND_SERIES.projection, type: 'line', data: projectionData, connectNulls: true, lineStyle: { type: 'dashed' } }]
        : []),
    ],
  }
}
