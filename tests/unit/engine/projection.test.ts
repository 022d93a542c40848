import { monthOfQuarter } from '@/domain/period'
import { describe, expect, it } from 'vitest'
import { parseActual } from '@/domain/engine/actualParser'
import { evaluateUnitYear } from '@/domain/engine/evaluate'
import { projectionOf } from '@/domain/engine/projection'
import { scoreFormula } from '@/domain/engine/scoring'
import type { Quarter } from '@/domain/quarter'
import { actual, dataset, target } from '../fixtures'
import { parse } from './helpers'

/** The projection of a target string with an actual (and forecast) string at quarter q. */
function project(targetText: string, actualText: string, q: Quarter, forecast: string | null = null, name = '指标') {
  const parsed = parse(targetText, { name, level2: name.includes('成本') ? '成本指标' : '数量指标' })
  const read = (text: string) => parseActual(text, parsed, 2024)
  return projectionOf(parsed, read(actualText), forecast === null ? null : read(forecast), 2024, monthOfQuarter(q))
}

describe('projectionOf: 预计完成值 and 预计完成率 (SPEC §4.2)', () => {
  it('carries a running total to year end as A / t (测算)', () => {
    // 10 of 20 projects at Q3: 10 / 0.75 = 13.333…, r = 0.666…
    expect(project('≥20个', '10个', 3)).toEqual({
      source: 'computed',
      value: { kind: 'number', value: 13.3333333333 },
      ratio: 0.666666666667,
      atYearEnd: false,
    })
    // 52 of 100 亿元 at Q3: 69.33 亿元 projected, r = 0.693
    expect(project('≥100亿元', '52亿元', 3)).toMatchObject({ source: 'computed', ratio: 0.693333333333 })
  })

  it('takes a level as it is: 95% of 100% stays 95%', () => {
    expect(project('100%', '95%', 3)).toEqual({
      source: 'actual',
      value: { kind: 'number', value: 95 },
      ratio: 0.95,
      atYearEnd: false,
    })
  })

  it('takes a per-unit cost as a level: 每亩建设成本 150元 with 160元 at Q3 is 160元, not 213.33元', () => {
    const parsed = parse('150元', { name: '每亩建设成本', level2: '成本指标' })
    expect(parsed).toMatchObject({ kind: 'atMost', basis: '时点', basisInferred: true })
    // 150 元 = 0.015 万元; 160 元 = 0.016 万元; r = 150 / 160 = 0.9375
    expect(project('150元', '160元', 3, null, '每亩建设成本')).toEqual({
      source: 'actual',
      value: { kind: 'number', value: 0.016 },
      ratio: 0.9375,
      atYearEnd: false,
    })
  })

  it('takes the officer’s 全年预计 when given, judged at the year end', () => {
    // 10 of 20 at Q3 with a forecast of 19: r = 0.95, not the computed 0.667
    expect(project('≥20个', '10个', 3, '19个')).toEqual({
      source: 'forecast',
      value: { kind: 'number', value: 19 },
      ratio: 0.95,
      atYearEnd: false,
    })
    // an unreadable forecast falls back to the computed value
    expect(project('≥20个', '10个', 3, '十九')).toMatchObject({ source: 'computed', ratio: 0.666666666667 })
  })

  it('is the actual itself at the year end, whatever the forecast', () => {
    expect(project('≥20个', '15个', 4, '19个')).toEqual({
      source: 'actual',
      value: { kind: 'number', value: 15 },
      ratio: 0.75,
      atYearEnd: true,
    })
  })
})

describe('a month inside a quarter (1-7月): t = 7/12', () => {
  const at = (targetText: string, actualText: string, m: 7 | 1 | 11) => {
    const parsed = parse(targetText, { name: '指标', level2: '数量指标' })
    return projectionOf(parsed, parseActual(actualText, parsed, 2024), null, 2024, m)
  }

  it('carries a running total to year end as 12A / m', () => {
    // 12 of ≥20 by July: 12 × 12 / 7 = 20.5714285714 个, r = 20.5714285714 / 20 = 1.02857142857
    expect(at('≥20个', '12个', 7)).toEqual({
      source: 'computed',
      value: { kind: 'number', value: 20.5714285714 },
      ratio: 1.02857142857,
      atYearEnd: false,
    })
    // January: 1 of ≥24 → 12, r 0.5; November: 22 of ≥24 → 24, r 1
    expect(at('≥24个', '1个', 1)).toMatchObject({ value: { value: 12 }, ratio: 0.5 })
    expect(at('≥24个', '22个', 11)).toMatchObject({ value: { value: 24 }, ratio: 1 })
  })

  it('takes a level as it is, whatever the month', () => {
    expect(at('≥90%', '92%', 7)).toEqual({
      source: 'actual',
      value: { kind: 'number', value: 92 },
      ratio: 1.02222222222,
      atYearEnd: false,
    })
  })
})

describe('per-unit and average quantities are levels (口径 时点)', () => {
  it.each([
    ['每亩建设成本', '≤150元'],
    ['人均培训费用', '≤500元'],
    ['户均增收', '≥2000元'],
    ['平均办理时长', '≤3天'],
    ['设备单价', '≤2万元'],
    ['单位面积建设成本', '≤800元'],
    ['建设成本', '≤150元/亩'],
  ])('%s %s → 时点', (name, text) => {
    expect(parse(text, { name })).toMatchObject({ basis: '时点', basisInferred: true })
  })

  it.each([
    ['培训次数', '≥4次'],
    ['每年举办展会场次', '≥2场'],
    ['项目资金支出成本', '≤60万元'],
  ])('%s %s stays 累计', (name, text) => {
    expect(parse(text, { name })).toMatchObject({ basis: '累计' })
  })

  it('lights and scores a per-unit cost by its level: 160元 against 150元 at Q3 is 预警, 预计完成率 93.8%', () => {
    const cost = target('每亩建设成本', { level2: '成本指标', targetText: '150元' })
    const [scope] = evaluateUnitYear(dataset({ targets: [cost], actuals: [actual(cost, 3, '160元')] }), 9)
    const result = scope!.indicators[0]!
    // at most, 时点: P = A = 160 ≤ 1.1 × 150 = 165 → yellow
    expect(result.light).toMatchObject({ status: 'warning', projected: 0.016, r: 0.9375 })
    expect(result.projection).toMatchObject({ source: 'actual', ratio: 0.9375 })
    // 产出指标 alone: weight 50 × 0.9375 = 46.875
    expect(result.score).toMatchObject({ weight: 50, r: 0.9375, score: 46.875, ratioName: '预计完成率' })
    expect(scoreFormula(result.score)).toBe('分值 50.00 × min(预计完成率 93.8%, 1) = 50.00 × 93.8% = 46.88')
  })
})

describe('the score follows the rate shown beside it', () => {
  it('in year the score follows 预计完成率 from the officer’s 全年预计', () => {
    const t = target('引进项目', { targetText: '≥20个' })
    const [scope] = evaluateUnitYear(
      dataset({ targets: [t], actuals: [actual(t, 3, '10个', { forecast: '18个' })] }),
      9,
    )
    const result = scope!.indicators[0]!
    // 完成率 10/20 = 50%; pace (0.5)/(0.75) = 0.667 → 预警; 预计完成率 18/20 = 90% → 45.00
    expect(result.light).toMatchObject({ r: 0.5, status: 'warning' })
    expect(result.projection).toMatchObject({ source: 'forecast', ratio: 0.9 })
    expect(result.score).toMatchObject({ r: 0.9, score: 45, ratioName: '预计完成率' })
  })

  it('at the year end the score follows 完成率, and 预计完成率 = 完成率', () => {
    const t = target('引进项目', { targetText: '≥20个' })
    const [scope] = evaluateUnitYear(
      dataset({ targets: [t], actuals: [actual(t, 4, '12个', { forecast: '18个' })] }),
      12,
    )
    const result = scope!.indicators[0]!
    expect(result.light).toMatchObject({ r: 0.6, status: 'notDone', label: '未完成' })
    expect(result.projection.ratio).toBe(0.6)
    expect(result.score).toMatchObject({ r: 0.6, score: 30, ratioName: '完成率' })
  })
})

describe('projectedValue: the 预计完成值 in words', async () => {
  const { projectedValue } = await import('@/domain/engine/projectedValue')
  const resultOf = (targetText: string, actualText: string, q: Quarter, forecast?: string, name = '指标') => {
    const t = target(name, { targetText })
    const [scope] = evaluateUnitYear(
      dataset({ targets: [t], actuals: [actual(t, q, actualText, forecast === undefined ? {} : { forecast })] }),
      monthOfQuarter(q),
    )
    return scope!.indicators[0]!
  }

  it.each([
    // running totals carried to year end in the target's unit, money in 亿元 past 10,000 万元
    ['≥20个', '10个', 3, undefined, { text: '13.33个', estimated: true }],
    ['≥100亿元', '52亿元', 3, undefined, { text: '69.33亿元', estimated: true }],
    // the officer's own words, not marked
    ['≥20个', '10个', 3, '18个', { text: '18个', estimated: false }],
    // a level is assumed to hold
    ['≥70%', '65%', 3, undefined, { text: '65%', estimated: true }],
    // at the year end the value is the result itself
    ['≥20个', '21个', 4, '25个', { text: '21个', estimated: false }],
    // a deadline in year: nothing to assume
    ['2024年12月31日前', '未完成', 3, undefined, null],
    ['2024年12月31日前', '未完成', 3, '按期完成', { text: '按期完成', estimated: false }],
  ] as const)('%s with %s at Q%i (全年预计 %s)', (targetText, actualText, q, forecast, expected) => {
    expect(projectedValue(resultOf(targetText, actualText, q, forecast))).toEqual(expected)
  })

  it('is empty with nothing reported', () => {
    const t = target('指标', { targetText: '≥20个' })
    const [scope] = evaluateUnitYear(dataset({ targets: [t] }), 9)
    expect(projectedValue(scope!.indicators[0]!)).toBeNull()
  })
})
