import { describe, expect, it } from 'vitest'
import { fitLabel } from '@/charts/fitLabel'
import { TREND_SERIES, trendOption } from '@/charts/trendOption'
import { indicatorTrend } from '@/domain/engine/trend'
import { actual, target } from './fixtures'

type Series = { name: string; data: (number | null)[] }
const seriesOf = (option: ReturnType<typeof trendOption>) => option.series as Series[]

describe('indicatorTrend and trendOption', () => {
  const jobs = target('带动就业人数', { targetText: '≥500人' })
  const trend = indicatorTrend(jobs, [actual(jobs, 1, '120人'), actual(jobs, 2, '260人'), actual(jobs, 3, '390人')])!

  it('reads each quarter with the engine and projects the year end as A / t', () => {
    expect(trend).toEqual({
      unit: '人',
      target: 500,
      periods: [3, 6, 9, 12].map((month) => ({ month, byMonth: false })),
      timeLine: [125, 250, 375, 500],
      actual: [120, 260, 390, null],
      projection: { from: 9, value: 390, projected: 520 },
    })
  })

  it('puts a month reported by month (1-7月) between the quarters, with time progress 7/12, and projects from it', () => {
    const jobs = target('带动就业人数', { targetText: '≥480人' })
    const july = indicatorTrend(jobs, [
      actual(jobs, 2, '200人'),
      actual(jobs, 1, '280人', { month: 7, byMonth: true }),
    ])!
    // 280 at t = 7/12 projects to 280 × 12 / 7 = 480.
    expect(july).toEqual({
      unit: '人',
      target: 480,
      periods: [
        { month: 3, byMonth: false },
        { month: 6, byMonth: false },
        { month: 7, byMonth: true },
        { month: 9, byMonth: false },
        { month: 12, byMonth: false },
      ],
      timeLine: [120, 240, 280, 360, 480],
      actual: [null, 200, 280, null, null],
      projection: { from: 7, value: 280, projected: 480 },
    })
    const option = trendOption(july) as { xAxis: { data: string[] } }
    expect(option.xAxis.data).toEqual(['第1季度', '第2季度', '1-7月', '第3季度', '第4季度'])
    expect(seriesOf(trendOption(july)).at(-1)!.data).toEqual([null, null, 280, null, 480])
  })

  it('draws exactly those values', () => {
    const series = seriesOf(trendOption(trend))
    expect(series.map((s) => [s.name, s.data])).toEqual([
      [TREND_SERIES.actual, [120, 260, 390, null]],
      [TREND_SERIES.target, [500, 500, 500, 500]],
      [TREND_SERIES.timeLine, [125, 250, 375, 500]],
      [TREND_SERIES.projection, [null, null, 390, 520]],
    ])
  })

  it('renders tooltips as rich text, never HTML', () => {
    expect(trendOption(trend).tooltip).toMatchObject({ renderMode: 'richText' })
  })

  it('converts units and skips unreadable values; levels have no time line and project A', () => {
    const money = target('内资进资额', { targetText: '≧100亿元' })
    expect(
      indicatorTrend(money, [actual(money, 1, '22亿元'), actual(money, 2, '420000万元'), actual(money, 3, '五十亿')]),
    ).toMatchObject({
      unit: '亿元',
      target: 100,
      actual: [22, 42, null, null],
      projection: { from: 6, value: 42, projected: 84 },
    })
    const rate = target('开工率', { targetText: '≥70%' })
    const level = indicatorTrend(rate, [actual(rate, 2, '65%')])!
    expect(level).toMatchObject({ timeLine: null, projection: { from: 6, value: 65, projected: 65 } })
    expect(seriesOf(trendOption(level)).map((s) => s.name)).toEqual([
      TREND_SERIES.actual,
      TREND_SERIES.target,
      TREND_SERIES.projection,
    ])
  })

  it('has no trend for deadlines and qualitative targets', () => {
    expect(indicatorTrend(target('期限', { targetText: '年底前' }), [])).toBeNull()
    expect(indicatorTrend(target('公信力', { targetText: '作用明显' }), [])).toBeNull()
  })
})

describe('levelScores and levelScoreOption', async () => {
  const { evaluateUnitYear } = await import('@/domain/engine/evaluate')
  const { levelScores } = await import('@/domain/engine/levelScores')
  const { LEVEL_SERIES, levelScoreOption } = await import('@/charts/levelScoreOption')
  const { budgetLine, dataset, spent } = await import('./fixtures')
  const a = target('培训次数', { targetText: '≥4次' })
  const b = target('开工率', { targetText: '≥70%', level2: '质量指标' })
  const c = target('就业人数', { targetText: '≥500人', level1: '效益指标', level2: '社会效益指标' })
  const line = budgetLine('人员经费', 100)
  const [scope] = evaluateUnitYear(
    dataset({
      targets: [a, b, c],
      budgets: [line],
      actuals: [actual(a, 4, '2次'), actual(b, 4, '70%')],
      spending: [spent(line, 4, 80)],
    }),
    12,
  )

  it('sums the engine’s weights and scores by 一级 and 二级, then budget execution', () => {
    expect(levelScores(scope!)).toEqual([
      { level1: '产出指标', weight: 50, scoredWeight: 50, score: 37.5 },
      { level1: '产出指标', level2: '数量指标', weight: 25, scoredWeight: 25, score: 12.5 },
      { level1: '产出指标', level2: '质量指标', weight: 25, scoredWeight: 25, score: 25 },
      { level1: '效益指标', weight: 30, scoredWeight: 0, score: 0 },
      { level1: '效益指标', level2: '社会效益指标', weight: 30, scoredWeight: 0, score: 0 },
      { level1: '预算执行率', budget: true, weight: 10, scoredWeight: 10, score: 8 },
    ])
  })

  it('draws earned, lost and unscored points per 一级 and, indented, per 二级', () => {
    const option = levelScoreOption(levelScores(scope!))
    expect((option.yAxis as { data: string[] }).data).toEqual([
      '产出指标',
      '· 数量指标',
      '· 质量指标',
      '效益指标',
      '· 社会效益指标',
      '预算执行率',
    ])
    expect(seriesOf(option as ReturnType<typeof trendOption>).map((s) => [s.name, s.data])).toEqual([
      [LEVEL_SERIES.score, [37.5, 12.5, 25, 0, 0, 8]],
      [LEVEL_SERIES.lost, [12.5, 12.5, 0, 0, 0, 2]],
      [LEVEL_SERIES.unscored, [0, 0, 0, 30, 30, 0]],
    ])
    expect(option.tooltip).toMatchObject({ renderMode: 'richText' })
  })
})

describe('keyMetricCodes, keyMetrics and keyMetricsOption', async () => {
  const { evaluateUnitYear } = await import('@/domain/engine/evaluate')
  const { keyMetricCodes, keyMetrics } = await import('@/domain/engine/keyMetrics')
  const { KEY_SERIES, keyMetricsOption } = await import('@/charts/keyMetricsOption')
  const { STATUS_COLORS } = await import('@/charts/statusStyle')
  const { loadSampleDataset } = await import('@/io/sampleData')
  const sample = await loadSampleDataset()
  const of2024 = {
    ...sample,
    targets: sample.targets.filter((t) => t.year === 2024),
    budgets: sample.budgets.filter((b) => b.year === 2024),
  }
  const results = new Map(
    evaluateUnitYear(of2024, 9).flatMap((s) => s.indicators.map((i) => [i.record.code, i] as const)),
  )

  it('picks projects, investment and jobs of the department by default, or what was pinned', () => {
    const names = (codes: string[]) => codes.map((c) => results.get(c)!.record.name)
    expect(names(keyMetricCodes(of2024.targets, []))).toEqual([
      '全年引进固投2000万元以上项目',
      '2024年实现内资进资额',
      '带动就业人数',
    ])
    const pinned = of2024.targets.find((t) => t.name === '企业满意度')!.code
    expect(names(keyMetricCodes(of2024.targets, [pinned, 'gone']))).toEqual(['企业满意度'])
  })

  it('draws each metric’s r from the engine against 序时进度', () => {
    const metrics = keyMetrics(keyMetricCodes(of2024.targets, []), results)
    expect(metrics.map((m) => [m.ratio, m.actualText])).toEqual([
      [0.4, '8个'],
      [0.52, '52亿元'],
      [0.78, '390人'],
    ])
    // 8 of 20 at Q3: pace 0.533 严重偏离; 52 of 100 亿元: 0.693 预警; 390 of 500: 1.04 正常
    expect(metrics.map((m) => [m.color, m.statusWord])).toEqual([
      ['red', '严重偏离'],
      ['yellow', '预警'],
      ['green', '正常'],
    ])
    const option = keyMetricsOption(metrics, 0.75)
    type Bar = {
      name: string
      data: { value: number; itemStyle: { color: string } }[]
      label: { formatter: (p: { dataIndex: number }) => string }
      markLine: { data: { xAxis: number; label: { position: string } }[] }
    }
    const [series] = option.series as Bar[]
    expect(series!.name).toBe(KEY_SERIES.achieved)
    expect(series!.data.map((d) => [d.value, d.itemStyle.color])).toEqual([
      [40, STATUS_COLORS.red],
      [52, STATUS_COLORS.yellow],
      [78, STATUS_COLORS.green],
    ])
    // the name in full on its own line, then the light's shape, word and the values
    expect(series!.label.formatter({ dataIndex: 0 })).toBe('全年引进固投2000万元以上项目\n■ 严重偏离 · 8个 / ≥20个')
    expect(series!.markLine.data.map((d) => d.xAxis)).toEqual([75, 100])
  })

  it('draws one line at the year end, where 序时进度 and 目标 are both 100%', () => {
    const metrics = keyMetrics(keyMetricCodes(of2024.targets, []), results)
    const [series] = keyMetricsOption(metrics, 1).series as {
      markLine: { data: { xAxis: number; label: { formatter: string } }[] }
    }[]
    expect(series!.markLine.data).toHaveLength(1)
    expect(series!.markLine.data[0]).toMatchObject({ xAxis: 100, label: { formatter: KEY_SERIES.targetAtYearEnd } })
  })

  it('fits a long name to the width it is given', () => {
    const metrics = keyMetrics(keyMetricCodes(of2024.targets, []), results)
    const [series] = keyMetricsOption(metrics, 0.75, 120).series as {
      label: { formatter: (p: { dataIndex: number }) => string }
    }[]
    expect(series!.label.formatter({ dataIndex: 0 }).split('\n')[0]).toBe(fitLabel('全年引进固投2000万元以上项目', 120))
  })
})

describe('budget charts', async () => {
  const { executionByPeriod, compositionBy } = await import('@/domain/budgetPeriods')
  const { BUDGET_SERIES, compositionOption, executionOption } = await import('@/charts/budgetOptions')
  const { budgetLine, spent } = await import('./fixtures')
  const wages = budgetLine('人员经费', 579.59, { fundType: '人员经费' })
  const office = budgetLine('公用经费', 154.46, { fundType: '公用经费' })
  const task = budgetLine('商贸行政事务', 450.44, { breakdown: '任务' })

  it('takes the engine’s e and light per period and draws it, in the light’s colour, against 序时进度', async () => {
    const { STATUS_COLORS } = await import('@/charts/statusStyle')
    const periods = executionByPeriod(
      [wages, office, task],
      [spent(wages, 1, 145), spent(office, 1, 40), spent(wages, 3, 430), spent(office, 3, 130)],
    )
    expect(periods.map((p) => p.period)).toEqual([3, 6, 9, 12].map((month) => ({ month, byMonth: false })))
    expect(periods.map((p) => p.execution.e)).toEqual([0.252026428717, null, 0.762890811253, null])
    // Q1: pace 1.008 正常; Q3: 0.7629 / 0.75 = 1.017 正常; Q2 and Q4 未填报
    expect(periods.map((p) => p.execution.light.label)).toEqual(['正常', '未填报', '正常', '未填报'])
    const names = ['第1季度', '第2季度', '第3季度', '第4季度']
    const bars = periods.map(({ execution: x }, i) => ({
      name: names[i]!,
      t: (i + 1) / 4,
      e: x.e,
      color: x.light.color,
      word: x.light.label,
    }))
    const series = executionOption(bars).series as {
      name: string
      data: ({ value: number | null; itemStyle: { color: string } } | number)[]
    }[]
    expect(series.map((s) => s.name)).toEqual([BUDGET_SERIES.execution, BUDGET_SERIES.time])
    expect(series[0]!.data).toEqual([
      { value: 25.2, itemStyle: { color: STATUS_COLORS.green } },
      { value: null, itemStyle: { color: STATUS_COLORS.grey } },
      { value: 76.3, itemStyle: { color: STATUS_COLORS.green } },
      { value: null, itemStyle: { color: STATUS_COLORS.grey } },
    ])
    expect(series[1]!.data).toEqual([25, 50, 75, 100])
  })

  it('adds a month reported inside a quarter (1-7月) between the quarters, with its own time progress', async () => {
    const periods = executionByPeriod(
      [wages],
      [spent(wages, 2, 300), spent(wages, 1, 350, { month: 7, byMonth: true })],
    )
    expect(periods.map((p) => [p.period.month, p.period.byMonth, p.execution.e])).toEqual([
      [3, false, null],
      [6, false, 0.517607274108],
      [7, true, 0.603875153125],
      [9, false, null],
      [12, false, null],
    ])
    // 1-7月: e 350 / 579.59 = 0.6039, t = 7/12, pace 350 × 12 / (579.59 × 7) = 1.0352 正常
    expect(periods[2]!.execution.pace).toBe(1.03521454822)
    const series = executionOption(
      periods.map(({ period, execution: x }) => ({
        name: String(period.month),
        t: period.month / 12,
        e: x.e,
        color: x.light.color,
        word: x.light.label,
      })),
    ).series as { data: unknown[] }[]
    expect(series[1]!.data).toEqual([25, 50, 58.3, 75, 100])
  })

  it('composes by fund type and by task, leaving out empty parts', () => {
    const parts = compositionBy(
      [wages, office, budgetLine('项目经费', 0, { fundType: '项目经费' })],
      (l) => l.fundType ?? '其他',
    )
    expect(parts).toEqual([
      { name: '人员经费', value: 579.59 },
      { name: '公用经费', value: 154.46 },
      { name: '项目经费', value: 0 },
    ])
    const [ring] = compositionOption('经费类型', parts).series as { data: { name: string; value: number }[] }[]
    expect(ring!.data).toEqual([
      { name: '人员经费', value: 579.59 },
      { name: '公用经费', value: 154.46 },
    ])
  })
})

describe('fitLabel', () => {
  it('keeps a label that fits: 9 CJK characters and a dot and a space are 122.4 px at 12 px', () => {
    expect(fitLabel('· 服务对象满意度指标', 140)).toBe('· 服务对象满意度指标')
  })

  it('keeps a label of exactly the width', () => {
    // 10 CJK characters and 10 Latin letters: 120 + 72 = 192 px.
    expect(fitLabel('一二三四五六七八九十abcdefghij', 192)).toBe('一二三四五六七八九十abcdefghij')
  })

  it('cuts a long label to the room left by a full-width ellipsis', () => {
    // 11 CJK and 4 digits: 132 + 28.8 = 160.8 px > 140. Room 128: 6 CJK (72) + 4 digits (100.8) + 万元 (124.8).
    expect(fitLabel('全年引进固投2000万元以上项目数', 140)).toBe('全年引进固投2000万元…')
  })

  it('counts full-width punctuation as wide and scales with the font size', () => {
    // At 10 px: （）and 8 CJK are 100 px > 90; room 80 holds （ and 7 CJK.
    expect(fitLabel('（一二三四五六七八）', 90, 10)).toBe('（一二三四五六七…')
  })

  it('gives an ellipsis alone when not even one character fits', () => {
    expect(fitLabel('一二', 12)).toBe('…')
  })
})
