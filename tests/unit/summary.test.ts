import { describe, expect, it } from 'vitest'
import { budgetLinesAt, yearBudget } from '@/domain/budgetLines'
import { deriveBudgetId, deriveIndicatorCode } from '@/domain/indicatorCode'
import { normaliseLevel1 } from '@/domain/levels'
import { orderAsForms, summariseDataset, unitBudgetLines } from '@/domain/summary'
import { actual, budgetLine, dataset, spent, target } from './fixtures'

describe('summariseDataset', () => {
  it('counts per 类别, department first, and what was reported at the quarter', () => {
    const a = target('甲', { scope: '招商引资' })
    const b = target('乙')
    const c = target('丙')
    const data = dataset({
      targets: [a, b, c],
      actuals: [actual(a, 2, '1个'), actual(b, 2, '2个'), actual(c, 1, '3个')],
    })
    expect(summariseDataset(data, 6)).toMatchObject({
      indicators: 3,
      reported: 2,
      scopes: [
        { scope: '部门整体', indicators: 2, reported: 1 },
        { scope: '招商引资', indicators: 1, reported: 1 },
      ],
      spent: null,
      sample: false,
    })
  })

  it('flags the quarter as sample when any value shown is illustrative', () => {
    const a = target('甲')
    expect(
      summariseDataset(dataset({ targets: [a], actuals: [actual(a, 1, '1个', { sample: true })] }), 3).sample,
    ).toBe(true)
    expect(
      summariseDataset(dataset({ targets: [a], actuals: [actual(a, 1, '1个', { sample: true })] }), 6).sample,
    ).toBe(false)
  })

  it('totals the department’s fund lines and their spending at the quarter', () => {
    const wages = budgetLine('人员经费', 579.59)
    const office = budgetLine('公用经费', 154.46)
    const task = budgetLine('商贸行政事务', 450.44, { breakdown: '任务' })
    const project = budgetLine('招商引资', 60, { scope: '招商引资' })
    const data = dataset({
      budgets: [wages, office, task, project],
      spending: [spent(wages, 3, 430.1), spent(office, 3, 129.9), spent(project, 3, 40), spent(wages, 2, 290)],
    })
    expect(summariseDataset(data, 9)).toMatchObject({ budget: 734.05, spent: 560 })
    expect(summariseDataset(data, 6)).toMatchObject({ spent: 290 })
  })
})

describe('unitBudgetLines', () => {
  it('uses the projects’ fund lines when the unit has no department lines', () => {
    const a = budgetLine('甲', 10, { scope: '项目一' })
    const b = budgetLine('乙', 20, { scope: '项目二' })
    const task = budgetLine('任务', 5, { scope: '项目二', breakdown: '任务' })
    expect(unitBudgetLines([a, b, task])).toEqual([a, b])
  })
})

describe('orderAsForms', () => {
  it('puts 部门整体 first, then projects by name, each in file order', () => {
    const rows = [
      target('p2', { scope: '招商引资', position: 3 }),
      target('d2', { position: 5 }),
      target('p1', { scope: '招商引资', position: 2 }),
      target('x1', { scope: '安全生产', position: 2 }),
      target('d1', { position: 2 }),
    ]
    expect(orderAsForms(rows).map((r) => r.name)).toEqual(['d1', 'd2', 'x1', 'p1', 'p2'])
  })
})

describe('budgetLinesAt', () => {
  it('joins each line with its spending at the quarter, null when unreported', () => {
    const wages = budgetLine('人员经费', 100, { position: 2 })
    const office = budgetLine('公用经费', 50, { position: 3 })
    const rows = budgetLinesAt([office, wages], [spent(wages, 1, 20, { sample: true })], 3)
    expect(rows.map((r) => [r.line.item, r.spent, r.sample, r.execution.e, r.execution.light.label])).toEqual([
      ['人员经费', 20, true, 0.2, '正常'],
      ['公用经费', null, false, null, '未填报'],
    ])
  })
})

describe('codes and levels', () => {
  it('derives stable, URL-safe codes that differ with any part of the key', () => {
    const code = deriveIndicatorCode(2024, '九江市柴桑区商务局', '部门整体', '带动就业人数')
    expect(code).toMatch(/^2024-[0-9a-z]{11}$/)
    expect(deriveIndicatorCode(2024, '九江市柴桑区商务局', '部门整体', '带动就业人数')).toBe(code)
    expect(deriveIndicatorCode(2024, '九江市柴桑区商务局', '招商引资', '带动就业人数')).not.toBe(code)
    expect(deriveIndicatorCode(2025, '九江市柴桑区商务局', '部门整体', '带动就业人数')).not.toBe(code)
    expect(deriveBudgetId(2024, '甲', '部门整体', '人员经费')).toMatch(/^2024-B[0-9a-z]{11}$/)
  })

  it('keeps a province of indicators apart: 300,000 keys, 300,000 codes', () => {
    const codes = new Set<string>()
    for (let u = 0; u < 10_000; u++)
      for (let i = 0; i < 30; i++) codes.add(deriveIndicatorCode(2024, `第${u}号单位`, '部门整体', `指标${i}`))
    expect(codes.size).toBe(300_000)
  })

  it('normalises 一级指标 with or without 指标', () => {
    expect(['产出', '产出指标', ' 效益 ', '满意度'].map(normaliseLevel1)).toEqual([
      '产出指标',
      '产出指标',
      '效益指标',
      '满意度指标',
    ])
    expect(normaliseLevel1('其他')).toBe('其他')
  })
})

describe('formatting', async () => {
  const { formatAmount, formatPercent, formatQuantity, formatScore } = await import('@/domain/format')
  it('writes Chinese numbers', () => {
    expect(formatAmount(1773.6)).toBe('1,773.6')
    expect(formatAmount(734.05)).toBe('734.05')
    expect(formatPercent(0.875)).toBe('87.5%')
    expect(formatPercent(1.25)).toBe('125.0%')
    expect(formatPercent(null)).toBe('—')
    expect(formatScore(89.73251)).toBe('89.73')
    expect(formatScore(100)).toBe('100.00')
    expect(formatQuantity(69.333333, '亿元')).toBe('69.33亿元')
    expect(formatQuantity(560, '万元')).toBe('560万元')
    expect(formatQuantity(12000, '人')).toBe('12,000人')
  })
})

describe('yearBudget', () => {
  it('sums the unit’s fund lines and takes spending at the latest quarter reported', () => {
    const wages = budgetLine('人员经费', 579.59)
    const office = budgetLine('公用经费', 154.46, { initialBudget: 150 })
    const project = budgetLine('招商引资', 60, { scope: '招商引资' })
    const rows = [
      spent(wages, 2, 290),
      spent(office, 2, 85),
      spent(wages, 3, 430),
      spent(office, 3, 130),
      spent(project, 4, 60),
    ]
    expect(yearBudget(2024, [wages, office, project], rows)).toEqual({
      year: 2024,
      initialBudget: 729.59,
      budget: 734.05,
      spent: 560,
      month: 9,
      period: { month: 9, byMonth: false },
      e: 0.762890811253,
    })
  })

  it('has no rate without spending or without a budget', () => {
    expect(yearBudget(2025, [budgetLine('人员经费', 100)], [])).toMatchObject({ spent: null, month: null, e: null })
    const zero = budgetLine('项目经费', 0)
    expect(yearBudget(2024, [zero], [spent(zero, 4, 0)])).toMatchObject({ spent: 0, e: null })
  })
})

describe('rowSpans', async () => {
  const { rowSpans } = await import('@/domain/rowSpans')
  it('merges runs of equal keys, never across a change of the outer key', () => {
    const level1 = ['产出', '产出', '产出', '效益', '效益']
    const level2 = ['数量', '数量', '质量', '质量', '社会']
    expect(rowSpans(level1)).toEqual([3, 0, 0, 2, 0])
    expect(rowSpans(level2, level1)).toEqual([2, 0, 1, 1, 1])
    expect(rowSpans([])).toEqual([])
  })
})

describe('indicatorTree', async () => {
  const { evaluateUnitYear } = await import('@/domain/engine/evaluate')
  const { indicatorTree } = await import('@/domain/engine/indicatorTree')
  it('nests 一级 → 二级 → 三级 in form order with summed weights and scores', () => {
    const a = target('培训次数', { targetText: '≥4次', position: 2 })
    const b = target('开工率', { targetText: '≥70%', level2: '质量指标', position: 3 })
    const c = target('就业人数', { targetText: '≥500人', level1: '效益指标', level2: '社会效益指标', position: 4 })
    const [scope] = evaluateUnitYear(
      dataset({ targets: [a, b, c], actuals: [actual(a, 4, '2次'), actual(b, 4, '70%')] }),
      12,
    )
    const tree = indicatorTree(scope!.indicators)
    const shape = (nodes: typeof tree): unknown[] =>
      nodes.map((n) => [n.label, n.weight, n.score, ...(n.children ? [shape(n.children)] : [])])
    expect(shape(tree)).toEqual([
      [
        '产出指标',
        50,
        37.5,
        [
          ['数量指标', 25, 12.5, [['培训次数', 25, 12.5]]],
          ['质量指标', 25, 25, [['开工率', 25, 25]]],
        ],
      ],
      ['效益指标', 30, null, [['社会效益指标', 30, null, [['就业人数', 30, null]]]]],
    ])
    expect(tree[0]!.children![0]!.children![0]!).toMatchObject({ kind: 'indicator', id: a.code })
  })
})
