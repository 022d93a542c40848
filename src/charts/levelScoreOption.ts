import type { EChartsCoreOption } from 'echarts/core'
import { fitLabel } from './fitLabel'
import type { LevelScore } from '@/domain/engine/levelScores'

/** Room for a level name left of the bars; the grid's left margin leaves 10 px more. */
const LABEL_WIDTH = 140

/** The chart's words, in the user's language. */
export interface LevelScoreWords {
  score: string
  lost: string
  unscored: string
  points: string
  /** The name of the budget row (预算执行率), which is no level of the user's. */
  budget: string
}

export const LEVEL_SERIES: LevelScoreWords = {
  score: '得分',
  lost: '失分',
  unscored: '未计分',
  points: '分',
  budget: '预算执行率',
}

const two = (n: number) => Math.round(n * 100) / 100

/**
 * Score by 一级指标, each followed by its 二级指标 (indented), and 预算执行率, as stacked
 * horizontal bars: points earned, points lost and points not scored (no value yet),
 * adding up to each level's weight.
 */
export function levelScoreOption(
  rows: readonly LevelScore[],
  words: LevelScoreWords = LEVEL_SERIES,
): EChartsCoreOption {
  const names = rows.map((r) => (r.budget ? words.budget : r.level2 === undefined ? r.level1 : `· ${r.level2}`))
  return {
    animation: false,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, renderMode: 'richText' },
    // The legend keeps left: the download button sits above the chart, never over it.
    legend: { top: 0, left: 0 },
    // Labels are fitted to the margin, so the grid is not measured against them on every draw.
    // Room on the right for the axis's name (分, pt) after its last tick.
    grid: { left: 150, right: 36, top: 32, bottom: 24, outerBoundsMode: 'none' },
    xAxis: { type: 'value', name: words.points, splitNumber: 4, axisLabel: { hideOverlap: true } },
    yAxis: {
      type: 'category',
      data: names,
      inverse: true,
      axisLabel: { width: LABEL_WIDTH, overflow: 'truncate', formatter: (name: string) => fitLabel(name, LABEL_WIDTH) },
    },
    series: [
      {
        name: words.score,
        type: 'bar',
        stack: 'weight',
        data: rows.map((r) => two(r.score)),
        itemStyle: { color: '#16a34a' },
      },
      {
        name: words.lost,
        type: 'bar',
        stack: 'weight',
        data: rows.map((r) => two(r.scoredWeight - r.score)),
        itemStyle: { color: '#dc2626' },
      },
      {
        name: words.unscored,
        type: 'bar',
        stack: 'weight',
        data: rows.map((r) => two(r.weight - r.scoredWeight)),
        itemStyle: { color: '#d1d5db' },
      },
    ],
  }
}
