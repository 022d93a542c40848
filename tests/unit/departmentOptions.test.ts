import { describe, expect, it } from 'vitest'
import {
  departmentChartHeight,
  departmentExecutionOption,
  departmentLightsOption,
  departmentScoresOption,
  type DepartmentChartWords,
} from '@/charts/departmentOptions'
import type { UnitStanding } from '@/domain/engine/ranking'

const WORDS: DepartmentChartWords = {
  execution: '执行率',
  time: '序时进度',
  score: '得分',
  notReported: '未填报',
  colors: { blue: '超前', green: '正常', yellow: '预警', red: '严重滞后', grey: '未填报/其他' },
}

const standing = (unit: string, parts: Partial<UnitStanding> = {}): UnitStanding => ({
  unit,
  month: 9,
  period: { month: 9, byMonth: false },
  total: null,
  grade: null,
  projected: true,
  insufficient: false,
  e: null,
  budget: null,
  executed: null,
  projectedE: null,
  executionColor: null,
  light: 'green',
  counts: { blue: 0, green: 0, yellow: 0, red: 0, grey: 0 },
  ...parts,
})

type Series = { name: string; data: unknown[]; stack?: string; label?: { formatter?: unknown } }
const seriesOf = (option: object) => (option as { series: Series[] }).series
const unitsOf = (option: object) => (option as { yAxis: { data: string[] } }).yAxis.data

const UNITS = [
  standing('甲局', { e: 0.5, executionColor: 'green', total: 88.456, month: 9 }),
  standing('乙局', { e: null, month: 6, total: 40, insufficient: true }),
]

describe('the roll-up charts: a department’s units side by side', () => {
  it('execution beside each unit’s own 序时进度, in %, coloured by its light; a unit without spending says so', () => {
    const option = departmentExecutionOption(UNITS, WORDS)
    expect(unitsOf(option)).toEqual(['甲局', '乙局'])
    const [execution, time] = seriesOf(option)
    expect(execution!.name).toBe('执行率')
    expect(execution!.data).toEqual([
      { value: 50, itemStyle: { color: '#16a34a' }, label: { show: true, position: 'right', formatter: '● 50%' } },
      { value: null, itemStyle: { color: '#9ca3af' }, label: { show: true, position: 'right', formatter: '未填报' } },
    ])
    // Units at different months: the legend names it alone, each bar gives its own.
    expect(time!.name).toBe('序时进度')
    expect(time!.data).toEqual([75, 50])
  })

  it('names 序时进度 with its value when every unit reported the same month', () => {
    const [, time] = seriesOf(departmentExecutionOption([standing('甲局'), standing('乙局')], WORDS))
    expect(time!.name).toBe('序时进度 75%')
    expect(time!.label).toBeUndefined()
  })

  it('indicator lights stacked per unit under the engine’s words, in its order', () => {
    const counts = { blue: 1, green: 2, yellow: 0, red: 3, grey: 4 }
    const option = departmentLightsOption([standing('甲局', { counts })], WORDS)
    // Its legend wraps to a second line: the bars start below it.
    expect((option as { grid: { top: number } }).grid.top).toBe(56)
    const series = seriesOf(option)
    expect(series.map((s) => [s.name, s.stack, s.data])).toEqual([
      ['▲ 超前', 'lights', [1]],
      ['● 正常', 'lights', [2]],
      ['◆ 预警', 'lights', [0]],
      ['■ 严重滞后', 'lights', [3]],
      ['○ 未填报/其他', 'lights', [4]],
    ])
  })

  it('scores to two decimals, none for a unit with too little scored', () => {
    expect(seriesOf(departmentScoresOption(UNITS, WORDS))[0]!.data).toEqual([88.46, null])
  })

  it('gives each unit a band of height', () => {
    expect(departmentChartHeight(3)).toBe(154)
    expect(departmentChartHeight(0)).toBe(94)
  })
})
