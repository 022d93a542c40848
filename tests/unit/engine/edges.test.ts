import { describe, expect, it } from 'vitest'
import { parseActual } from '@/domain/engine/actualParser'
import { evaluateUnitYear } from '@/domain/engine/evaluate'
import { groupRows } from '@/domain/engine/evaluateAll'
import { formTotal } from '@/domain/engine/formScore'
import { rowSpans } from '@/domain/rowSpans'
import { actual, budgetLine, dataset, spent, target } from '../fixtures'
import { actualOf, parse } from './helpers'

describe('parseActual at its edges', () => {
  it('takes a missing cell as empty', () => {
    expect(parseActual(undefined as unknown as string, parse('≥20个'), 2024)).toEqual({
      kind: 'error',
      code: 'empty',
      message: '实际值为空',
    })
  })

  it('says which text is not a number, and which is not a grade', () => {
    expect(actualOf('12#', '≥20个')).toEqual({ kind: 'error', code: 'notNumber', message: "'12#' 不是数字" })
    expect(actualOf('还行', '作用明显')).toEqual({
      kind: 'error',
      code: 'notGrade',
      message: "'还行' 不是可识别的等级（达成、基本达成、部分达成、未达成 等）或百分比",
    })
  })

  it('reads 于 before a completion date, with or without 已', () => {
    expect(actualOf('于2024-06-30', '2024年12月31日前')).toEqual({ kind: 'completion', done: true, date: '2024-06-30' })
  })

  it('takes a grade percentage only whole, with all its decimals', () => {
    expect(actualOf('85.55%', '作用明显')).toEqual({ kind: 'grade', r: 0.8555, label: '85.55%' })
    expect(actualOf('约85%', '作用明显')).toMatchObject({ code: 'notGrade' })
    expect(actualOf('85%以上', '作用明显')).toMatchObject({ code: 'notGrade' })
  })
})

describe('evaluateUnitYear: order and naming', () => {
  it('lists 部门整体 first and each 类别’s indicators in form order', () => {
    const late = target('后一项', { scope: '阿里项目', position: 5 })
    const early = target('前一项', { scope: '阿里项目', position: 2 })
    const whole = target('整体一项')
    const scopes = evaluateUnitYear(dataset({ targets: [late, early, whole] }), 9)
    expect(scopes.map((s) => s.scope)).toEqual(['部门整体', '阿里项目'])
    expect(scopes[1]!.indicators.map((i) => i.record.name)).toEqual(['前一项', '后一项'])
  })

  it('names a 类别’s period as a month only when every value of it came by month', () => {
    const a = target('甲')
    const b = target('乙')
    const byMonth = (row: ReturnType<typeof target>) => actual(row, 3, '5', { byMonth: true })
    expect(evaluateUnitYear(dataset({ targets: [a, b], actuals: [byMonth(a), byMonth(b)] }), 9)[0]!.period).toEqual({
      month: 9,
      byMonth: true,
    })
    expect(
      evaluateUnitYear(dataset({ targets: [a, b], actuals: [byMonth(a), actual(b, 3, '5')] }), 9)[0]!.period,
    ).toEqual({ month: 9, byMonth: false })
  })
})

describe('rowSpans and formTotal', () => {
  it('breaks a span where the outer key changes', () => {
    expect(rowSpans(['a', 'a', 'a'])).toEqual([3, 0, 0])
    expect(rowSpans(['a', 'a', 'a'], ['x', 'x', 'y'])).toEqual([2, 0, 1])
  })

  it('totals a form only with every indicator’s score', () => {
    expect(formTotal([], 5)).toBeNull()
    expect(formTotal([40, 30.125], 9)).toBe(79.13)
    expect(formTotal([40, null], 9)).toBeNull()
  })
})

describe('groupRows keeps each unit-year apart, however the rows come', () => {
  it('splits rows of one unit whose years alternate, in every table', () => {
    const t23 = target('甲', { year: 2023 })
    const t24 = target('甲', { year: 2024 })
    const b23 = budgetLine('人员经费', 10, { year: 2023 })
    const b24 = budgetLine('人员经费', 20, { year: 2024 })
    const rows = dataset({
      targets: [t23, t24, t23],
      budgets: [b23, b24],
      actuals: [actual(t23, 1, '1'), actual(t24, 1, '2')],
      spending: [spent(b23, 1, 1), spent(b24, 1, 2)],
    })
    const groups = groupRows(rows, ['unit', 'year'])
    expect(groups.map((g) => [g.targets.length, g.budgets.length, g.actuals.length, g.spending.length])).toEqual([
      [2, 1, 1, 1],
      [1, 1, 1, 1],
    ])
    expect(groups.map((g) => g.targets[0]!.year)).toEqual([2023, 2024])
    expect(groupRows(rows, ['unit'])).toHaveLength(1)
  })

  it('names the unit and year of a 类别 with 任务 lines only', () => {
    const task = budgetLine('招商活动', 5, { scope: '招商项目', breakdown: '任务', year: 2023 })
    expect(evaluateUnitYear(dataset({ budgets: [task] }), 12)).toMatchObject([
      { scope: '招商项目', unit: '测试局', year: 2023, budget: null },
    ])
  })
})
