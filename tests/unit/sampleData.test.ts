import { describe, expect, it } from 'vitest'
import { orderAsForms, summariseDataset } from '@/domain/summary'
import { loadSampleDataset } from '@/io/sampleData'

const UNIT = '九江市柴桑区商务局'

/** The 31 指标值 of TRANSCRIPTION.md, in form order, with the forms' own ≧/≦ spellings. */
const DEPARTMENT_TARGETS = [
  '≥4次',
  '≧2场',
  '≧100亿元',
  '≥13个',
  '≥20个',
  '≥70%',
  '=100%',
  '≧80%',
  '=100%',
  '2024年12月31日前',
  '≦734.05万元',
  '≧60%',
  '≥500人',
  '≧60%',
  '作用明显',
  '≥80%',
  '≧80%',
]
const PROJECT_TARGETS = [
  '2场',
  '20个',
  '70%',
  '100%',
  '100%',
  '100%',
  '合规',
  '≥80%',
  '≤60万元',
  '≥60%',
  '≥200人',
  '60%',
  '不断提升',
  '≥90%',
]

describe('the bundled sample', async () => {
  const sample = await loadSampleDataset()
  const ordered = orderAsForms(sample.targets)

  it('holds the 17 department and 14 project indicators exactly as the forms read', () => {
    expect(ordered.filter((t) => t.scope === '部门整体').map((t) => t.targetText)).toEqual(DEPARTMENT_TARGETS)
    expect(ordered.filter((t) => t.scope === '招商引资').map((t) => t.targetText)).toEqual(PROJECT_TARGETS)
    expect(new Set(sample.targets.map((t) => t.code)).size).toBe(31)
    expect(sample.targets.every((t) => t.unit === UNIT && t.year === 2024)).toBe(true)
  })

  it('keeps names with quotes intact', () => {
    expect(ordered.map((t) => t.name)).toContain('"三重一大"事项决策制度执行')
    expect(ordered.map((t) => t.name)).toContain('招引项目符合"生态优先，绿色发展"占比')
  })

  it('holds the budget of both years and the three annual tasks', () => {
    const line = (year: number, scope: string, item: string) =>
      sample.budgets.find((b) => b.year === year && b.scope === scope && b.item === item)
    expect(line(2023, '部门整体', '部门整体支出')).toMatchObject({
      initialBudget: 757.3,
      budget: 1773.6,
      breakdown: '经费',
    })
    expect(line(2024, '部门整体', '人员经费')).toMatchObject({
      initialBudget: 579.59,
      budget: 579.59,
      fundType: '人员经费',
    })
    expect(line(2024, '部门整体', '公用经费')).toMatchObject({ budget: 154.46 })
    expect(line(2024, '部门整体', '项目经费')).toMatchObject({ budget: 0 })
    expect(line(2024, '招商引资', '招商引资')).toMatchObject({ budget: 60, fundType: '项目经费' })
    const tasks = sample.budgets.filter((b) => b.breakdown === '任务').map((b) => [b.item, b.budget])
    expect(tasks).toEqual([
      ['社会保障与就业事务', 59.14],
      ['商贸行政事务', 450.44],
      ['招商引资', 60],
    ])
  })

  it('marks every 2024 actual and spending row as sample, and the 2023 execution as real', () => {
    expect(sample.actuals).toHaveLength(85)
    expect(sample.actuals.every((a) => a.sample && [3, 6, 9].includes(a.month))).toBe(true)
    const spending2024 = sample.spending.filter((s) => s.year === 2024)
    expect(spending2024).toHaveLength(12)
    expect(spending2024.every((s) => s.sample)).toBe(true)
    expect(sample.spending.filter((s) => s.year === 2023)).toEqual([
      expect.objectContaining({ month: 12, spent: 1773.6, sample: false }),
    ])
  })

  it('refers only to indicators and budget lines it defines', () => {
    const codes = new Set(sample.targets.map((t) => t.code))
    const lines = new Set(sample.budgets.map((b) => b.id))
    expect(sample.actuals.filter((a) => !codes.has(a.indicatorCode))).toEqual([])
    expect(sample.spending.filter((s) => !lines.has(s.budgetId))).toEqual([])
  })

  it('gives a reason for every value the officer expects to miss', () => {
    const doubtful = sample.actuals.filter((a) => a.likelihood !== '确定能')
    expect(doubtful.length).toBeGreaterThan(0)
    expect(doubtful.filter((a) => !a.reason || !a.action)).toEqual([])
  })

  it('summarises 2024 to 31 indicators, 29 reported at Q3, budget 734.05 and 560 spent', () => {
    const of2024 = {
      targets: sample.targets.filter((r) => r.year === 2024),
      budgets: sample.budgets.filter((r) => r.year === 2024),
      actuals: sample.actuals.filter((r) => r.year === 2024),
      spending: sample.spending.filter((r) => r.year === 2024),
    }
    const q3 = summariseDataset(of2024, 9)
    expect(q3).toEqual({
      indicators: 31,
      reported: 29,
      scopes: [
        { scope: '部门整体', indicators: 17, reported: 16 },
        { scope: '招商引资', indicators: 14, reported: 13 },
      ],
      budget: 734.05,
      spent: 560,
      sample: true,
    })
    expect(summariseDataset(of2024, 3)).toMatchObject({ reported: 27, spent: 185 })
    expect(summariseDataset(of2024, 12)).toMatchObject({ reported: 0, spent: null, sample: false })
  })
})
