import { describe, expect, it } from 'vitest'
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
      timeLine: [125, 250, 375, 500],
      actual: [120, 260, 390, null],
      projection: { from: 3, value: 390, projected: 520 },
    })
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
    expect(indicatorTrend(money, [actual(money, 1, '22亿元'), actual(money, 2, '420000万元'), actual(money, 3, '五十亿')])).toMatchObject({
      unit: '万元',
      actual: [220000, 420000, null, null],
      projection: { from: 2, value: 420000, projected: 840000 },
    })
    const rate = target('开工率', { targetText: '≥70%' })
    const level = indicatorTrend(rate, [actual(rate, 2, '65%')])!
    expect(level).toMatchObject({ timeLine: null, projection: { from: 2, value: 65, projected: 65 } })
    expect(seriesOf(trendOption(level)).map((s) => s.name)).toEqual([TREND_SERIES.actual, TREND_SERIES.target, TREND_SERIES.projection])
  })

  it('has no trend for deadlines and qualitative targets', () => {
    expect(indicatorTrend(target('期限', { targetText: '年底前' }), [])).toBeNull()
    expect(indicatorTrend(target('公信力', { targetText: '作用明显' }), [])).toBeNull()
  })
})
