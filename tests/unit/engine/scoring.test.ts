import { monthOfQuarter } from '@/domain/period'
import { describe, expect, it } from 'vitest'
import { parseActual } from '@/domain/engine/actualParser'
import { assignWeights, gradeOfTotal, scoreFormula, scoreLine, scoringRatio, totalOf } from '@/domain/engine/scoring'
import { projectionOf } from '@/domain/engine/projection'
import { DEFAULT_SETTINGS } from '@/domain/engine/settings'
import type { Quarter } from '@/domain/quarter'
import { parse } from './helpers'

describe('assignWeights', () => {
  it('splits each 一级指标 equally: 产出 50, 效益 30, 满意度 10', () => {
    const items = [
      { level1: '产出指标' },
      { level1: '产出指标' },
      { level1: '产出指标' },
      { level1: '产出指标' },
      { level1: '效益指标' },
      { level1: '效益指标' },
      { level1: '满意度指标' },
    ]
    expect(assignWeights(items, DEFAULT_SETTINGS).map((w) => w.weight)).toEqual([12.5, 12.5, 12.5, 12.5, 15, 15, 10])
  })

  it('uses a given 分值 as it is and shares what is left of the level among the rest', () => {
    const items = [
      { level1: '效益指标', weight: 10 },
      { level1: '效益指标' },
      { level1: '效益指标' },
      { level1: '满意度指标', weight: 8 },
    ]
    expect(assignWeights(items, DEFAULT_SETTINGS)).toEqual([
      { weight: 10, source: 'given' },
      { weight: 10, source: 'split' },
      { weight: 10, source: 'split' },
      { weight: 8, source: 'given' },
    ])
  })

  it('gives nothing to the rest when given 分值 exceed the level, and nothing to unknown levels', () => {
    const items = [
      { level1: '满意度指标', weight: 12 },
      { level1: '满意度指标' },
      { level1: '其他' },
      { level1: '其他', weight: 3 },
    ]
    expect(assignWeights(items, DEFAULT_SETTINGS).map((w) => w.weight)).toEqual([12, 0, 0, 3])
  })

  it('follows the weights in the settings', () => {
    const settings = {
      ...DEFAULT_SETTINGS,
      weights: { budget: 20, levels: { 产出指标: 40, 效益指标: 30, 满意度指标: 10 } },
    }
    expect(assignWeights([{ level1: '产出指标' }, { level1: '产出指标' }], settings).map((w) => w.weight)).toEqual([
      20, 20,
    ])
  })
})

describe('scoreLine: weight × min(r, 1)', () => {
  it.each([
    [10, 0.875, 8.75, '分值 10.00 × min(完成率 87.5%, 1) = 10.00 × 87.5% = 8.75'],
    [10, 1, 10, '分值 10.00 × min(完成率 100.0%, 1) = 10.00 × 100.0% = 10.00'],
    [10, 1.25, 10, '分值 10.00 × min(完成率 125.0%, 1) = 10.00 × 100.0% = 10.00'],
    [12.5, 0.6, 7.5, '分值 12.50 × min(完成率 60.0%, 1) = 12.50 × 60.0% = 7.50'],
    [5, 0, 0, '分值 5.00 × min(完成率 0.0%, 1) = 5.00 × 0.0% = 0.00'],
  ])('weight %d, r %d → %d', (weight, r, score, formula) => {
    const line = scoreLine(weight, 'split', r)
    expect(line).toEqual({ weight, weightSource: 'split', r, capped: Math.min(r, 1), score, ratioName: '完成率' })
    expect(scoreFormula(line)).toBe(formula)
  })

  it('never scores below 0', () => {
    expect(scoreLine(10, 'split', -0.5)).toMatchObject({ capped: 0, score: 0 })
  })

  it('leaves out what cannot be scored, and says why', () => {
    const line = scoreLine(10, 'split', null, 'notReported')
    expect(line).toEqual({
      weight: 10,
      weightSource: 'split',
      r: null,
      capped: null,
      score: null,
      reason: 'notReported',
      ratioName: '完成率',
    })
    expect(scoreFormula(line)).toBe('未填报：不计分，总分按已计分项的分值折算')
    expect(scoreLine(0, 'split', 1)).toMatchObject({ score: null, reason: 'noWeight' })
    expect(scoreFormula(scoreLine(0, 'split', 1))).toBe('无分值：不计分，总分按已计分项的分值折算')
    expect(scoreFormula(scoreLine(10, 'split', null))).toBe('未到完成期限：不计分，总分按已计分项的分值折算')
    expect(scoreFormula(scoreLine(10, 'default', null, 'noBudget'))).toBe(
      '无预算，无执行率：不计分，总分按已计分项的分值折算',
    )
  })

  it('names the ratio it was given', () => {
    expect(scoreFormula(scoreLine(10, 'default', 0.5, undefined, '执行率'))).toBe(
      '分值 10.00 × min(执行率 50.0%, 1) = 10.00 × 50.0% = 5.00',
    )
  })
})

describe('scoringRatio: year end uses A, in year the projection', () => {
  const ratio = (target: string, actual: string | null, q: Quarter) => {
    const parsed = parse(target)
    const value = actual === null ? null : parseActual(actual, parsed, 2024)
    return scoringRatio(parsed, value, projectionOf(parsed, value, null, 2024, monthOfQuarter(q)))
  }

  it.each([
    ['≥20个', '15', 4, 0.75],
    ['≥20个', '9', 3, 0.6],
    ['≥20个', '12', 2, 1.2],
    ['≥80%', '72%', 2, 0.9],
    ['≤60万元', '45', 3, 1],
    ['≤60万元', '49.5', 3, 0.909090909091],
    ['≤60万元', '66', 4, 0.909090909091],
    ['作用明显', '基本达成', 2, 0.8],
    ['2024年6月30日前', '2024-06-30', 2, 1],
    ['2024年6月30日前', '未完成', 3, 0],
  ] as const)('%s with %s at Q%i → %d', (target, actual, q, r) => {
    expect(ratio(target, actual, q)).toBe(r)
  })

  it('gives the reason when there is no r', () => {
    expect(ratio('≥20个', null, 3)).toBe('notReported')
    expect(ratio('≥20个', '3人', 3)).toBe('flagged')
    expect(ratio('约20个', '3个', 3)).toBe('flagged')
    expect(ratio('2024年12月31日前', '未完成', 3)).toBe('pending')
  })
})

describe('totalOf: 100 × Σ scores / Σ weights scored', () => {
  const fullWeights = { indicatorWeight: 90, insufficient: false }

  it('is the plain sum when everything is scored at full weight', () => {
    const lines = [scoreLine(50, 'split', 0.9), scoreLine(30, 'split', 1), scoreLine(10, 'split', 0.5)]
    // 45 + 30 + 5 + 10 = 90 of 100
    expect(totalOf(lines, scoreLine(10, 'default', 1), DEFAULT_SETTINGS)).toEqual({
      total: 90,
      grade: '优',
      scoredWeight: 100,
      fullWeight: 100,
      scoredIndicatorWeight: 90,
      ...fullWeights,
    })
  })

  it('rescales over what was scored', () => {
    const lines = [scoreLine(50, 'split', 0.8), scoreLine(30, 'split', 1), scoreLine(10, 'split', null, 'notReported')]
    // (40 + 30) / 80 = 87.5; the indicators scored carry 80 of 90 ≥ half
    expect(totalOf(lines, scoreLine(10, 'default', null, 'noBudget'), DEFAULT_SETTINGS)).toEqual({
      total: 87.5,
      grade: '良',
      scoredWeight: 80,
      fullWeight: 100,
      scoredIndicatorWeight: 80,
      ...fullWeights,
    })
  })

  it('has no total when nothing was scored', () => {
    expect(totalOf([scoreLine(10, 'split', null, 'notReported')], null, DEFAULT_SETTINGS)).toEqual({
      total: null,
      grade: null,
      scoredWeight: 0,
      fullWeight: 10,
      indicatorWeight: 10,
      scoredIndicatorWeight: 0,
      insufficient: true,
    })
  })

  it('has no total when the scored indicators carry less than half the indicator weight (已评分指标不足)', () => {
    // 40 of 90 scored: below 45, however well the budget does
    const lines = [scoreLine(40, 'split', 1), scoreLine(50, 'split', null, 'notReported')]
    expect(totalOf(lines, scoreLine(10, 'default', 1), DEFAULT_SETTINGS)).toMatchObject({
      total: null,
      grade: null,
      insufficient: true,
      scoredIndicatorWeight: 40,
    })
    // exactly half is enough: (45 + 10) / 55
    const half = [scoreLine(45, 'split', 1), scoreLine(45, 'split', null, 'notReported')]
    expect(totalOf(half, scoreLine(10, 'default', 1), DEFAULT_SETTINGS)).toMatchObject({
      total: 100,
      grade: '优',
      insufficient: false,
    })
    // the share is a setting
    expect(totalOf(half, null, { ...DEFAULT_SETTINGS, minScoredShare: 0.6 })).toMatchObject({
      total: null,
      insufficient: true,
    })
  })

  it('never totals a budget alone: a year with a budget and no indicators has no 100 优', () => {
    expect(totalOf([], scoreLine(10, 'default', 1), DEFAULT_SETTINGS)).toEqual({
      total: null,
      grade: null,
      scoredWeight: 10,
      fullWeight: 10,
      indicatorWeight: 0,
      scoredIndicatorWeight: 0,
      insufficient: true,
    })
  })

  it('sums unrounded scores: three thirds of 50 make 50', () => {
    const third = 50 / 3
    const lines = [scoreLine(third, 'split', 1), scoreLine(third, 'split', 1), scoreLine(third, 'split', 1)]
    expect(totalOf(lines, null, DEFAULT_SETTINGS).total).toBe(100)
  })
})

describe('gradeOfTotal', () => {
  it.each([
    [100, '优'],
    [90, '优'],
    [89.99, '良'],
    [80, '良'],
    [79.99, '中'],
    [60, '中'],
    [59.99, '差'],
    [0, '差'],
  ])('%d → %s', (total, grade) => expect(gradeOfTotal(total, DEFAULT_SETTINGS)).toBe(grade))

  it('follows the bands in the settings', () => {
    const settings = {
      ...DEFAULT_SETTINGS,
      grades: [
        { min: 85, grade: '优' },
        { min: 0, grade: '其他' },
      ],
    }
    expect(gradeOfTotal(86, settings)).toBe('优')
    expect(gradeOfTotal(84, settings)).toBe('其他')
  })
})

describe('totals and grades at their edges', () => {
  it('gives no total when nothing was scored, even where no share is needed', () => {
    const none = { ...DEFAULT_SETTINGS, minScoredShare: 0 }
    expect(totalOf([scoreLine(50, 'given', null, 'notReported')], null, none)).toMatchObject({
      total: null,
      grade: null,
      insufficient: false,
    })
  })

  it('falls back to the lowest band below every band, and to no word without bands', () => {
    expect(gradeOfTotal(-5, DEFAULT_SETTINGS)).toBe('差')
    const twoBands = {
      ...DEFAULT_SETTINGS,
      grades: [
        { min: 60, grade: '合格' },
        { min: 30, grade: '基本合格' },
      ],
    }
    expect(gradeOfTotal(10, twoBands)).toBe('基本合格')
    expect(gradeOfTotal(45, twoBands)).toBe('基本合格')
    expect(gradeOfTotal(60, twoBands)).toBe('合格')
    expect(gradeOfTotal(70, { ...DEFAULT_SETTINGS, grades: [] })).toBe('')
  })
})
