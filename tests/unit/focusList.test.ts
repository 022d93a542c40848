import { describe, expect, it } from 'vitest'
import type { UnitStanding } from '@/domain/engine/ranking'
import {
  behindPoints,
  DEFAULT_FOCUS_WEIGHTS,
  focusList,
  focusWeightsOf,
  focusWeightsProblem,
  ofDepartment,
} from '@/domain/focusList'
import type { Month } from '@/domain/period'

/** A standing with only what the list reads set: budget, execution at a month, red lines. */
const standing = (
  unit: string,
  budget: number | null,
  e: number | null,
  red: number,
  month: Month = 9,
): UnitStanding => ({
  unit,
  month,
  period: { month, byMonth: false },
  total: null,
  grade: null,
  projected: month < 12,
  insufficient: true,
  budget,
  executed: budget === null || e === null ? null : budget * e,
  e,
  projectedE: null,
  executionColor: null,
  light: red > 0 ? 'red' : 'green',
  counts: { blue: 0, green: 0, yellow: 0, red, grey: 0 },
})

// Q3 (序时进度 75%): 甲局 30% executed is 45 points behind; 乙局 80% is ahead.
const units = [
  standing('丁局', null, null, 1),
  standing('丙局', 250, null, 0),
  standing('乙局', 500, 0.8, 4),
  standing('甲局', 1000, 0.3, 2),
]
const overdue = new Map([
  ['乙局', 3],
  ['丙局', 1],
])
const summary = (rows: ReturnType<typeof focusList>) =>
  rows.map((r) => [
    r.unit,
    r.figures.budget.points,
    r.figures.behind.points,
    r.figures.red.points,
    r.figures.overdue.points,
    r.score,
  ])

describe('focusList', () => {
  it('scales each criterion by the largest figure listed and ranks by the weighted sum', () => {
    // Largest: budget 1000, behind 45, red 4, overdue 3; weights 30/30/25/15 of 100.
    expect(summary(focusList(units, overdue))).toEqual([
      ['甲局', 30, 30, 12.5, 0, 72.5],
      ['乙局', 15, 0, 25, 15, 55],
      ['丙局', 7.5, 0, 0, 5, 12.5],
      ['丁局', 0, 0, 6.25, 0, 6.25],
    ])
  })

  it('shows each raw figure: none where there is no budget or no rate', () => {
    const rows = new Map(focusList(units, overdue).map((r) => [r.unit, r.figures]))
    expect(rows.get('甲局')).toMatchObject({
      budget: { raw: 1000 },
      behind: { raw: 45 },
      red: { raw: 2 },
      overdue: { raw: 0 },
    })
    expect(rows.get('丙局')).toMatchObject({ budget: { raw: 250 }, behind: { raw: null }, overdue: { raw: 1 } })
    expect(rows.get('丁局')).toMatchObject({ budget: { raw: null }, behind: { raw: null }, red: { raw: 1 } })
  })

  it('takes only the proportions of the weights: red lines and 整改 alone', () => {
    // Each of the two is 50 of 100: 乙局 has the most of both; 丙局 one third of 3 overdue.
    expect(summary(focusList(units, overdue, { budget: 0, behind: 0, red: 1, overdue: 1 }))).toEqual([
      ['乙局', 0, 0, 50, 50, 100],
      ['甲局', 0, 0, 25, 0, 25],
      ['丙局', 0, 0, 0, 16.67, 16.67],
      ['丁局', 0, 0, 12.5, 0, 12.5],
    ])
  })

  it('gives nothing for a criterion no unit has, and ranks ties by name', () => {
    const rows = focusList([standing('乙局', 100, 0.9, 0), standing('甲局', 100, 0.9, 0)], new Map())
    expect(summary(rows)).toEqual([
      ['甲局', 30, 0, 0, 0, 30],
      ['乙局', 30, 0, 0, 0, 30],
    ])
  })

  it('normalises within the units given: one 主管部门 alone', () => {
    const parents = new Map([
      ['乙局', '财政局'],
      ['丙局', '财政局'],
      ['甲局', '发改委'],
    ])
    const shown = ofDepartment(units, parents, '财政局')
    // Now 乙局's 500 is the largest budget; nobody in it is behind time.
    expect(summary(focusList(shown, overdue))).toEqual([
      ['乙局', 30, 0, 25, 15, 70],
      ['丙局', 15, 0, 0, 5, 20],
    ])
    expect(ofDepartment(units, parents, '')).toHaveLength(4)
  })

  it('is empty for no units', () => {
    expect(focusList([], new Map())).toEqual([])
  })
})

describe('behindPoints', () => {
  it('is 序时进度 − 执行率 in points, two decimals, 0 when ahead', () => {
    expect(behindPoints({ e: 0.123, month: 6 })).toBe(37.7)
    expect(behindPoints({ e: 0.2, month: 1 })).toBe(0)
    expect(behindPoints({ e: 0.9, month: 12 })).toBe(10)
    expect(behindPoints({ e: 0.5, month: 7 })).toBe(8.33)
    expect(behindPoints({ e: null, month: 9 })).toBeNull()
  })
})

describe('focus weights', () => {
  it('refuses negative or missing weights and all zero', () => {
    expect(focusWeightsProblem(DEFAULT_FOCUS_WEIGHTS)).toBeNull()
    expect(focusWeightsProblem({ budget: -1, behind: 1, red: 1, overdue: 1 })).toBe('negative')
    expect(focusWeightsProblem({ budget: Number.NaN, behind: 1, red: 1, overdue: 1 })).toBe('negative')
    expect(focusWeightsProblem({ budget: 0, behind: 0, red: 0, overdue: 0 })).toBe('allZero')
    expect(focusWeightsProblem({ budget: 0, behind: 0, red: 0, overdue: 2 })).toBeNull()
  })

  it('reads stored weights, the defaults for anything unusable', () => {
    expect(focusWeightsOf({ budget: 1, behind: 2, red: 3, overdue: 4 })).toEqual({
      budget: 1,
      behind: 2,
      red: 3,
      overdue: 4,
    })
    expect(focusWeightsOf({ budget: 1, behind: 2, red: 3 })).toEqual(DEFAULT_FOCUS_WEIGHTS)
    expect(focusWeightsOf({ budget: 0, behind: 0, red: 0, overdue: 0 })).toEqual(DEFAULT_FOCUS_WEIGHTS)
    expect(focusWeightsOf('30')).toEqual(DEFAULT_FOCUS_WEIGHTS)
    expect(focusWeightsOf(undefined)).toEqual(DEFAULT_FOCUS_WEIGHTS)
  })
})
