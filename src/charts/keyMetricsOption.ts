import type { EChartsCoreOption } from 'echarts/core'
import { fitLabel } from './fitLabel'
import { STATUS_COLORS, STATUS_SYMBOLS } from './statusStyle'
import type { KeyMetric } from '@/domain/engine/keyMetrics'

/** The chart's words, in the user's language. */
export interface KeyMetricsWords {
  achieved: string
  time: string
  target: string
  notReported: string
  /** Both lines at once, at the year end: 目标 = 序时进度 100%. */
  targetAtYearEnd: string
}

export const KEY_SERIES: KeyMetricsWords = {
  achieved: '完成率',
  time: '序时进度',
  target: '目标',
  notReported: '未填报',
  targetAtYearEnd: '目标（序时进度 100%）',
}

/** Height of one metric's band: its name and status on two lines above a thin bar. */
export const KEY_METRIC_BAND = 72

/**
 * Bars of the key metrics, each as a share of its full-year target so that people,
 * projects and money share one axis, coloured by the metric's light and labelled with
 * its shape and word. Names stand above the bars across the whole width (never cut to
 * an axis margin); the 序时进度 and 目标 lines are labelled under the grid, as one line
 * at the year end, so no two labels are drawn over each other at any quarter.
 */
export function keyMetricsOption(
  metrics: readonly KeyMetric[],
  timeProgress: number,
  labelWidth = 520,
  words: KeyMetricsWords = KEY_SERIES,
): EChartsCoreOption {
  const percent = (r: number | null) => (r === null ? null : Math.round(r * 1000) / 10)
  const yearEnd = timeProgress >= 1
  // Under the grid, where no name stands: the bars' own labels carry the values.
  const lineLabel = (formatter: string) => ({ position: 'end', formatter, fontSize: 11 })
  const statusLine = (m: KeyMetric) =>
    `${STATUS_SYMBOLS[m.color]} ${m.statusWord} · ${m.actualText ?? words.notReported} / ${m.targetText}`
  return {
    animation: false,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, renderMode: 'richText' },
    grid: { left: 8, right: 16, top: 8, bottom: 22, outerBoundsMode: 'none' },
    xAxis: {
      type: 'value',
      max: (range: { max: number }) => Math.max(120, Math.ceil(range.max / 20) * 20),
      splitNumber: 4,
      // No percentages under the bars: the line labels stand there, and each bar says its own values.
      axisLabel: { show: false },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: metrics.map((m) => m.name),
      axisLabel: { show: false },
      axisTick: { show: false },
    },
    series: [
      {
        name: words.achieved,
        type: 'bar',
        barWidth: 14,
        data: metrics.map((m) => ({ value: percent(m.ratio), itemStyle: { color: STATUS_COLORS[m.color] } })),
        label: {
          show: true,
          // Above the bar from its start: two lines, the name and then the light and values.
          position: [0, -36],
          align: 'left',
          lineHeight: 17,
          formatter: (p: { dataIndex: number }) => {
            const m = metrics[p.dataIndex]
            return m ? `${fitLabel(m.name, labelWidth)}\n${fitLabel(statusLine(m), labelWidth)}` : ''
          },
        },
        markLine: {
          symbol: 'none',
          silent: true,
          data: yearEnd
            ? [
                {
                  name: words.target,
                  xAxis: 100,
                  label: lineLabel(words.targetAtYearEnd),
                  lineStyle: { color: '#111827' },
                },
              ]
            : [
                {
                  name: words.time,
                  xAxis: percent(timeProgress),
                  label: lineLabel(`${words.time} {c}%`),
                  lineStyle: { type: 'dashed', color: '#111827' },
                },
                { name: words.target, xAxis: 100, label: lineLabel(words.target), lineStyle: { color: '#16a34a' } },
              ],
        },
      },
    ],
  }
}
