import type { EChartsCoreOption } from 'echarts/core'

const QUARTER_LABELS = ['第1季度', '第2季度', '第3季度', '第4季度']
const percent = (r: number | null) => (r === null ? null : Math.round(r * 1000) / 10)

export const BUDGET_SERIES = { execution: '预算执行率', time: '序时进度' } as const

/** Execution by quarter (bars, %) against the 序时进度 line 25 / 50 / 75 / 100 %. */
export function executionOption(execution: readonly (number | null)[]): EChartsCoreOption {
  return {
    animation: false,
    tooltip: { trigger: 'axis', renderMode: 'richText', valueFormatter: (v: unknown) => (typeof v === 'number' ? `${v}%` : '未填报') },
    legend: { top: 0 },
    grid: { left: 48, right: 24, top: 36, bottom: 28 },
    xAxis: { type: 'category', data: QUARTER_LABELS },
    yAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
    series: [
      { name: BUDGET_SERIES.execution, type: 'bar', barMaxWidth: 40, data: execution.map(percent) },
      { name: BUDGET_SERIES.time, type: 'line', data: [25, 50, 75, 100], lineStyle: { type: 'dashed' } },
    ],
  }
}

/** A composition (by 经费类型 or 年度主要任务) as a ring; labels are plain text. */
export function compositionOption(title: string, parts: readonly { name: string; value: number }[]): EChartsCoreOption {
  return {
    animation: false,
    tooltip: { trigger: 'item', renderMode: 'richText', valueFormatter: (v: unknown) => `${String(v)} 万元` },
    series: [
      {
        name: title,
        type: 'pie',
        radius: ['40%', '68%'],
        label: { formatter: '{b}\n{c} 万元' },
        data: parts.filter((p) => p.value > 0).map((p) => ({ name: p.name, value: p.value })),
      },
    ],
  }
}
