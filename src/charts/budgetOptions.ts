import type { EChartsCoreOption } from 'echarts/core'

import type { LightColor } from '@/domain/engine/lights'
import { STATUS_COLORS, STATUS_SYMBOLS } from './statusStyle'

const percent = (r: number | null) => (r === null ? null : Math.round(r * 1000) / 10)

/** The budget charts' words, in the user's language. */
export interface BudgetWords {
  execution: string
  time: string
  notReported: string
  /** The money unit after an amount: 万元. */
  wan: string
}

export const BUDGET_SERIES: BudgetWords = {
  execution: '预算执行率',
  time: '序时进度',
  notReported: '未填报',
  wan: '万元',
}

/** One period's execution with its light (e, 序时进度 bands), for the bar's colour and word. */
export interface PeriodExecution {
  /** The period's name on the axis (第3季度, 1-7月). */
  name: string
  /** Its time progress, m / 12. */
  t: number
  e: number | null
  color: LightColor
  word: string
}

/**
 * Execution by period (bars, %) against the 序时进度 line (25 / 50 / 75 / 100 % at the quarters), each bar
 * in its light's colour with the light's shape and word above it.
 */
export function executionOption(
  execution: readonly PeriodExecution[],
  words: BudgetWords = BUDGET_SERIES,
): EChartsCoreOption {
  return {
    animation: false,
    tooltip: {
      trigger: 'axis',
      renderMode: 'richText',
      valueFormatter: (v: unknown) => (typeof v === 'number' ? `${v}%` : words.notReported),
    },
    legend: { top: 0, left: 0 },
    grid: { left: 48, right: 16, top: 40, bottom: 28, outerBoundsMode: 'none' },
    xAxis: { type: 'category', data: execution.map((p) => p.name), axisLabel: { hideOverlap: true } },
    // Steps of a quarter, as the 序时进度 line moves.
    yAxis: {
      type: 'value',
      max: (range: { max: number }) => Math.max(100, Math.ceil(range.max / 25) * 25),
      interval: 25,
      axisLabel: { formatter: '{value}%' },
    },
    series: [
      {
        name: words.execution,
        type: 'bar',
        barMaxWidth: 40,
        itemStyle: { color: STATUS_COLORS.green },
        data: execution.map((q) => ({ value: percent(q.e), itemStyle: { color: STATUS_COLORS[q.color] } })),
        label: {
          show: true,
          position: 'top',
          fontSize: 11,
          formatter: (p: { dataIndex: number }) => {
            const q = execution[p.dataIndex]
            return q && q.e !== null ? `${STATUS_SYMBOLS[q.color]}${q.word}` : ''
          },
        },
      },
      // No markers on the line: they would sit on the bars' words.
      {
        name: words.time,
        type: 'line',
        data: execution.map((p) => percent(p.t)),
        showSymbol: false,
        lineStyle: { type: 'dashed', color: '#111827' },
        itemStyle: { color: '#111827' },
      },
    ],
  }
}

/** A composition (by 经费类型, 年度主要任务 or 资金来源) as a ring; labels are plain text. */
export function compositionOption(
  title: string,
  parts: readonly { name: string; value: number }[],
  words: BudgetWords = BUDGET_SERIES,
): EChartsCoreOption {
  return {
    animation: false,
    tooltip: { trigger: 'item', renderMode: 'richText', valueFormatter: (v: unknown) => `${String(v)}${words.wan}` },
    series: [
      {
        name: title,
        type: 'pie',
        radius: ['36%', '60%'],
        avoidLabelOverlap: true,
        label: { formatter: `{b}\n{c}${words.wan}`, overflow: 'break', width: 110, lineHeight: 18 },
        labelLayout: { hideOverlap: true },
        data: parts.filter((p) => p.value > 0).map((p) => ({ name: p.name, value: p.value })),
      },
    ],
  }
}
