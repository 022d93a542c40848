import { describe, expect, it } from 'vitest'
import { departmentOf, groupByDepartment, rollUp, spreadOf } from '@/domain/departmentRollup'
import type { UnitStanding } from '@/domain/engine/ranking'

/** A standing at Q3 with no budget, no score and a green light, but for `parts`. */
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

describe('rollUp: a 主管部门’s units added up', () => {
  it('weighs execution by budget: 100 and 300 executed 50 and 60 is 110 / 400 = 27.5%, not the mean 35%', () => {
    const rollup = rollUp('商务局', [
      standing('甲', { budget: 100, executed: 50, e: 0.5 }),
      standing('乙', { budget: 300, executed: 60, e: 0.2 }),
    ])
    expect(rollup).toMatchObject({ budget: 400, spent: 110, reportedBudget: 400, e: 0.275, timeProgress: 0.75 })
  })

  it('weighs 序时进度 alike when units reported different months: (100 × 6/12 + 300 × 9/12) / 400 = 0.6875', () => {
    const rollup = rollUp('商务局', [
      standing('甲', { budget: 100, executed: 20, month: 6 }),
      standing('乙', { budget: 300, executed: 180, month: 9 }),
    ])
    expect(rollup.e).toBe(0.5)
    expect(rollup.timeProgress).toBe(0.6875)
  })

  it('counts a budget without spending in the total but not in the rate', () => {
    const rollup = rollUp('商务局', [
      standing('甲', { budget: 100, executed: 40 }),
      standing('乙', { budget: 300, executed: null }),
      standing('丙', { budget: null, executed: null }),
    ])
    expect(rollup).toMatchObject({ budget: 400, spent: 40, reportedBudget: 100, e: 0.4, timeProgress: 0.75 })
  })

  it('has no rate when no unit reported spending', () => {
    const rollup = rollUp('商务局', [standing('甲', { budget: 100 }), standing('乙')])
    expect(rollup).toMatchObject({ budget: 100, spent: 0, e: null, timeProgress: null })
  })

  it('counts its units by 双监控 light and is projected when any unit is', () => {
    const rollup = rollUp('商务局', [
      standing('甲', { light: 'red', projected: false }),
      standing('乙', { light: 'red', projected: false }),
      standing('丙', { light: 'yellow', projected: false }),
      standing('丁', { light: 'grey', projected: true }),
    ])
    expect(rollup.lights).toEqual({ blue: 0, green: 0, yellow: 1, red: 2, grey: 1 })
    expect(rollup.projected).toBe(true)
    expect(rollUp('商务局', [standing('甲', { projected: false })]).projected).toBe(false)
  })

  it('spreads the scores of the units that have a total, leaving out those with too little scored', () => {
    const rollup = rollUp('商务局', [
      standing('甲', { total: 92 }),
      standing('乙', { total: 70.5 }),
      standing('丙', { total: 88 }),
      standing('丁', { total: 40, insufficient: true }),
      standing('戊', { total: null }),
    ])
    expect(rollup.scores).toEqual({ min: 70.5, median: 88, max: 92, count: 3 })
  })
})

describe('spreadOf', () => {
  it('takes the mean of the middle two for an even count', () => {
    expect(spreadOf([90, 60, 80, 70])).toEqual({ min: 60, median: 75, max: 90, count: 4 })
  })

  it('is null for no values', () => {
    expect(spreadOf([])).toBeNull()
  })
})

describe('groupByDepartment', () => {
  const parents = new Map([
    ['甲', '商务局'],
    ['乙', '财政局'],
    ['丙', '商务局'],
  ])

  it('groups units under their 主管部门 in name order, the units naming none last, each keeping the given order', () => {
    const groups = groupByDepartment([standing('丙'), standing('丁'), standing('乙'), standing('甲')], parents)
    // zh-CN order: 财政局 (cái) before 商务局 (shāng).
    expect(groups.map((g) => [g.name, g.units.map((u) => u.unit)])).toEqual([
      ['财政局', ['乙']],
      ['商务局', ['丙', '甲']],
      [null, ['丁']],
    ])
  })

  it('is empty for no units', () => {
    expect(groupByDepartment([], parents)).toEqual([])
  })

  it('finds one department’s roll-up, or null when none of the year’s units is under it', () => {
    const standings = [standing('甲', { budget: 100, executed: 50 }), standing('丙', { budget: 300, executed: 60 })]
    expect(departmentOf(standings, parents, '商务局')).toMatchObject({ name: '商务局', e: 0.275 })
    expect(departmentOf(standings, parents, '财政局')).toBeNull()
    expect(departmentOf([...standings, standing('丁')], parents, null)?.units.map((u) => u.unit)).toEqual(['丁'])
  })
})
