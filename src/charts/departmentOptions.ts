import type { EChartsCoreOption } from 'echarts/core'
import type { UnitStanding } from '@/domain/engine/ranking'
import { LIGHT_COLORS, type LightColor } from '@/domain/engine/lights'
import { timeProgress } from '@/domain/period'
import { fitLabel } from './fitLabel'
import { STATUS_COLORS, STATUS_SYMBOLS } from './statusStyle'

/** Room for a unit's name left of the bars. */
const LABEL_WIDTH = 120
/** Height of one unit's band, and the room above and below the bands (legend, axis). */
export const UNIT_BAND = 30
const CHROME = 64
/** The second line of a legend that wraps (the lights chart's five words). */
export const LEGEND_LINE = 26

/** The charts' words, in the user's language; `colors` the lights' words as the engine says them. */
export interface DepartmentChartWords {
  execution: string
  time: string
  score: string
  notReported: string
  colors: Record<LightColor, string>
}

/** The height a chart of `count` units needs: a band each. */
export function departmentChartHeight(count: number): number {
  return CHROME + UNIT_BAND * Math.max(1, count)
}

const percent = (ratio: number | null) => (ratio === null ? null : Math.round(ratio * 1000) / 10)
const two = (n: number | null) => (n === null ? null : Math.round(n * 100) / 100)

/** Units down the side, names fitted to the margin, the first on top. */
function unitAxis(units: readonly UnitStanding[]) {
  return {
    type: 'category',
    inverse: true,
    data: units.map((u) => u.unit),
    axisLabel: { width: LABEL_WIDTH, overflow: 'truncate', formatter: (name: string) => fitLabel(name, LABEL_WIDTH) },
  }
}

const frame = {
  animation: false,
  tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, renderMode: 'richText' },
  legend: { top: 0, left: 0 },
  grid: { left: LABEL_WIDTH + 10, right: 40, top: 30, bottom: 24, outerBoundsMode: 'none' },
}

/**
 * Each unit's budget execution beside its 序时进度 (both %, at its own latest month), execution
 * coloured and marked by its light's colour and shape; a unit without spending has no bar and says so.
 * The 序时进度 is named with its value when every unit reported the same month.
 */
export function departmentExecutionOption(
  units: readonly UnitStanding[],
  words: DepartmentChartWords,
): EChartsCoreOption {
  const months = new Set(units.map((u) => u.month))
  const [month] = months
  const timeName =
    months.size === 1 && month !== undefined ? `${words.time} ${percent(timeProgress(month))}%` : words.time
  return {
    ...frame,
    xAxis: { type: 'value', max: (range: { max: number }) => Math.max(100, Math.ceil(range.max / 20) * 20) },
    yAxis: unitAxis(units),
    series: [
      {
        name: words.execution,
        type: 'bar',
        data: units.map((u) => ({
          value: percent(u.e),
          itemStyle: { color: STATUS_COLORS[u.executionColor ?? 'grey'] },
          label: {
            show: true,
            position: 'right',
            formatter:
              u.e === null ? words.notReported : `${STATUS_SYMBOLS[u.executionColor ?? 'grey']} ${percent(u.e)}%`,
          },
        })),
      },
      {
        name: timeName,
        type: 'bar',
        // Unlabelled: two labels a band stand over each other; its value is in the legend when the units share it.
        data: units.map((u) => percent(timeProgress(u.month))),
        itemStyle: { color: '#cbd5e1' },
      },
    ],
  }
}

/** Each unit's indicators counted by light, stacked: the colours in the engine's order, under its words. */
export function departmentLightsOption(units: readonly UnitStanding[], words: DepartmentChartWords): EChartsCoreOption {
  return {
    ...frame,
    // Five lights' words take two lines of a third of a page: the bars start below both.
    legend: { ...frame.legend, itemGap: 8, itemWidth: 14 },
    grid: { ...frame.grid, top: 30 + LEGEND_LINE },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: unitAxis(units),
    series: LIGHT_COLORS.map((color) => ({
      name: `${STATUS_SYMBOLS[color]} ${words.colors[color]}`,
      type: 'bar',
      stack: 'lights',
      data: units.map((u) => u.counts[color]),
      itemStyle: { color: STATUS_COLORS[color] },
    })),
  }
}

/** Each unit's total score (预计得分 in year), none for a unit with too little scored. */
export function departmentScoresOption(units: readonly UnitStanding[], words: DepartmentChartWords): EChartsCoreOption {
  return {
    ...frame,
    xAxis: { type: 'value', max: 100 },
    yAxis: unitAxis(units),
    series: [
      {
        name: words.score,
        type: 'bar',
        data: units.map((u) => (u.insufficient ? null : two(u.total))),
        itemStyle: { color: '#2563eb' },
        label: { show: true, position: 'right' },
      },
    ],
  }
}
