import type { EChartsCoreOption } from 'echarts/core'
import { fitLabel } from './fitLabel'
import type { KeyMetric } from '@/domain/engine/keyMetrics'

/** Room for an indicator name left of the bars; the grid's left margin leaves 10 px more. */
const LABEL_WIDTH = 140

export const KEY_SERIES = { achieved: '完成率', time: '序时进度' } as const

/**
 * Bullet bars of the key metrics, each as a share of its full-year target so that
 * people, projects and money share one axis; the 序时进度 line marks where the year is.
 * Labels carry the values as written; tooltips are rich text.
 */
export function keyMetricsOption(metrics: readonly KeyMetric[], timeProgress: number): EChartsCoreOption {
  const percent = (r: number | null) => (r === null ? null : Math.round(r * 1000) / 10)
  return {
    animation: false,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, renderMode: 'richText' },
    // Labels are fitted to the margins, so the grid is not measured against them on every draw.
    grid: { left: 150, right: 80, top: 30, bottom: 24, outerBoundsMode: 'none' },
    xAxis: { type: 'value', max: (range: { max: number }) => Math.max(120, Math.ceil(range.max / 10) * 10), axisLabel: { formatter: '{value}%' } },
    yAxis: { type: 'category', inverse: true, data: metrics.map((m) => m.name), axisLabel: { width: LABEL_WIDTH, overflow: 'truncate', formatter: (name: string) => fitLabel(name, LABEL_WIDTH) } },
    series: [
      {
        name: KEY_SERIES.achieved,
        type: 'bar',
        barMaxWidth: 22,
        data: metrics.map((m) => percent(m.ratio)),
        label: { show: true, position: 'right', formatter: (p: { dataIndex: number }) => `${metrics[p.dataIndex]?.actualText ?? '未填报'} / ${metrics[p.dataIndex]?.targetText ?? ''}` },
        markLine: {
          symbol: 'none',
          data: [
            { name: KEY_SERIES.time, xAxis: percent(timeProgress), label: { position: 'start', formatter: `${KEY_SERIES.time} {c}%` }, lineStyle: { type: 'dashed', color: '#111827' } },
            { name: '目标', xAxis: 100, label: { position: 'start', formatter: '目标' }, lineStyle: { color: '#16a34a' } },
          ],
        },
      },
    ],
  }
}
