import { describe, expect, it } from 'vitest'
import { parseActual } from '@/domain/engine/actualParser'
import { shownActual } from '@/domain/engine/shownActual'
import { formatInTargetUnit, shownUnit, valueInTargetUnit } from '@/domain/engine/targetUnit'
import { TREND_SERIES, trendOption } from '@/charts/trendOption'
import { indicatorTrend } from '@/domain/engine/trend'
import { actual, target } from '../fixtures'
import { parse } from './helpers'

describe('a value in the unit its target is written in', () => {
  it('names the unit and its size in the canonical unit', () => {
    expect(shownUnit(parse('≧100亿元'))).toEqual({ word: '亿元', factor: 10000 })
    expect(shownUnit(parse('≦734.05万元'))).toEqual({ word: '万元', factor: 1 })
    expect(shownUnit(parse('≥1,200,000元'))).toEqual({ word: '元', factor: 0.0001 })
    expect(shownUnit(parse('≥20个'))).toEqual({ word: '个', factor: 1 })
    expect(shownUnit(parse('≥500人'))).toEqual({ word: '人', factor: 1 })
    expect(shownUnit(parse('≥90%'))).toEqual({ word: '%', factor: 1 })
    expect(shownUnit(parse('2024年12月31日前'))).toEqual({ word: '', factor: 1 })
  })

  it('scales 万元 figures to a 亿元 or 元 target and leaves counts and percentages as they are', () => {
    expect(valueInTargetUnit(420000, parse('≧100亿元'))).toEqual({ value: 42, unit: '亿元' })
    expect(formatInTargetUnit(420000, parse('≧100亿元'))).toBe('42亿元')
    expect(formatInTargetUnit(693333.33, parse('≧100亿元'))).toBe('69.33亿元')
    expect(formatInTargetUnit(12345.6, parse('≦20000万元'))).toBe('12,345.6万元')
    expect(formatInTargetUnit(0.12, parse('≥1,200,000元'))).toBe('1,200元')
    expect(formatInTargetUnit(17, parse('≥20个'))).toBe('17个')
    expect(formatInTargetUnit(87.5, parse('≥90%'))).toBe('87.5%')
  })

  it('shows a reported value in the target’s unit, whatever unit it was typed in', () => {
    expect(shownActual('420000万元', parse('≧100亿元'), 2024)).toBe('42亿元')
    expect(shownActual('52亿元', parse('≧100亿元'), 2024)).toBe('52亿元')
    expect(shownActual('150万元', parse('≥1,200,000元'), 2024)).toBe('1,500,000元')
    expect(shownActual('2024年11月30日', parse('2024年12月31日前'), 2024)).toBe('2024年11月30日')
    expect(shownActual('五十亿', parse('≧100亿元'), 2024)).toBe('五十亿')
  })

  it('reads a value typed without a unit in the target’s unit and shows that unit', () => {
    expect(shownActual('100', parse('≥500人'), 2024)).toBe('100人')
    expect(shownActual('30', parse('≧100亿元'), 2024)).toBe('30亿元')
    expect(parseActual('30', parse('≧100亿元'), 2024)).toEqual({ kind: 'number', value: 300000 })
    expect(shownActual('450', parse('≦734.05万元'), 2024)).toBe('450万元')
    expect(shownActual('85', parse('≥90%'), 2024)).toBe('85%')
  })

  it('draws the drill-down chart in the target’s unit and scale', () => {
    const money = target('内资进资额', { targetText: '≧100亿元' })
    const trend = indicatorTrend(money, [actual(money, 1, '22亿元'), actual(money, 2, '420000万元')])!
    const option = trendOption(trend) as {
      yAxis: { name: string }
      series: { name: string; data: (number | null)[] }[]
    }
    expect(option.yAxis.name).toBe('亿元')
    expect(option.series.map((s) => [s.name, s.data])).toEqual([
      [TREND_SERIES.actual, [22, 42, null, null]],
      [TREND_SERIES.target, [100, 100, 100, 100]],
      [TREND_SERIES.timeLine, [25, 50, 75, 100]],
      [TREND_SERIES.projection, [null, 42, null, 84]],
    ])
  })
})
