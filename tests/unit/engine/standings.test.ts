import { describe, expect, it } from 'vitest'
import { keyMetricCodes } from '@/domain/engine/keyMetrics'
import { rankBy, unitStanding, type UnitStanding } from '@/domain/engine/ranking'
import { actual, budgetLine, dataset, spent, target } from '../fixtures'

const standing = (unit: string, parts: Partial<UnitStanding>): UnitStanding =>
  ({
    unit,
    month: 9,
    period: { month: 9, byMonth: false },
    total: null,
    grade: null,
    projected: true,
    insufficient: false,
    budget: null,
    executed: null,
    e: null,
    projectedE: null,
    executionColor: null,
    light: 'green',
    counts: { blue: 0, green: 0, yellow: 0, red: 0, grey: 0 },
    ...parts,
  }) as UnitStanding

describe('unitStanding: the unit stands by its 部门整体', () => {
  it('takes 部门整体 even when a project comes first in the data', () => {
    const project = target('引进项目数', { scope: '阿里项目', targetText: '≥10个' })
    const whole = target('招商数', { targetText: '≥20个' })
    const data = dataset({ targets: [project, whole], actuals: [actual(project, 3, '3'), actual(whole, 3, '15')] })
    // 部门整体: 15 of 20 at Q3 is on pace (k 1), green; the project's 3 of 10 is red.
    expect(unitStanding(data)).toMatchObject({ unit: '测试局', month: 9, light: 'green', insufficient: false })
  })

  it('carries the 部门整体 budget and what was executed of it to its month', () => {
    const whole = target('招商数', { targetText: '≥20个' })
    const office = budgetLine('办公经费', 300)
    const project = budgetLine('项目经费', 900, { scope: '阿里项目' })
    const data = dataset({
      targets: [whole],
      actuals: [actual(whole, 2, '8')],
      budgets: [project, office, budgetLine('专项经费', 100)],
      spending: [spent(office, 2, 120), spent(project, 2, 450)],
    })
    // 部门整体: 300 + 100 budgeted, 120 executed by June (the 专项经费 reported nothing).
    expect(unitStanding(data)).toMatchObject({ month: 6, budget: 400, executed: 120, e: 0.3 })
  })

  it('carries its 部门整体 budget and 执行数, summed over its 经费 lines, for a roll-up to weigh by', () => {
    const office = budgetLine('办公经费', 100)
    const travel = budgetLine('差旅费', 300)
    const project = budgetLine('项目经费', 1000, { scope: '阿里项目' })
    const data = dataset({
      budgets: [project, office, travel],
      spending: [spent(office, 3, 50), spent(travel, 3, 60), spent(project, 3, 900)],
    })
    // 110 of 400 at Q3: e = 0.275; the project's 1000 is not the unit's 部门整体 budget.
    expect(unitStanding(data)).toMatchObject({ month: 9, budget: 400, executed: 110, e: 0.275 })
  })

  it('has no budget or 执行数 without a budget line', () => {
    const whole = target('招商数', { targetText: '≥20个' })
    expect(unitStanding(dataset({ targets: [whole] }))).toMatchObject({ budget: null, executed: null, e: null })
  })

  it('stands grey and without a total when there is nothing', () => {
    expect(unitStanding(dataset())).toMatchObject({
      unit: '',
      month: 12,
      light: 'grey',
      total: null,
      insufficient: true,
      counts: { red: 0 },
    })
  })
})

describe('rankBy', () => {
  it('by light: worst first, then most red lines, then name', () => {
    const units = [
      standing('乙局', { light: 'red', counts: { blue: 0, green: 0, yellow: 0, red: 1, grey: 0 } }),
      standing('甲局', { light: 'red', counts: { blue: 0, green: 0, yellow: 0, red: 3, grey: 0 } }),
      standing('丙局', { light: 'green' }),
      standing('丁局', { light: 'yellow' }),
    ]
    expect(rankBy(units, 'light').map((u) => u.unit)).toEqual(['甲局', '乙局', '丁局', '丙局'])
  })

  it('by score: highest first, those without one last in name order', () => {
    const units = [
      standing('乙局', { total: null }),
      standing('甲局', { total: 80 }),
      standing('丙局', { total: null }),
      standing('丁局', { total: 95 }),
    ]
    expect(rankBy(units, 'total').map((u) => u.unit)).toEqual(['丁局', '甲局', '丙局', '乙局'])
  })
})

describe('keyMetricCodes', () => {
  it('picks 部门整体’s indicator before a project’s of the same kind', () => {
    const project = target('引进项目数', { scope: '阿里项目' })
    const whole = target('签约项目数')
    expect(keyMetricCodes([project, whole], [])).toEqual([whole.code])
    expect(keyMetricCodes([project, whole], ['NO-SUCH', project.code])).toEqual([project.code])
  })
})
