import { monthOfQuarter } from '@/domain/period'
import { describe, expect, it } from 'vitest'
import { evaluateUnitYear, type ScopeResult } from '@/domain/engine/evaluate'
import { scoreFormula } from '@/domain/engine/scoring'
import { loadSampleDataset } from '@/io/sampleData'
import { actual, budgetLine, dataset, spent, target } from '../fixtures'

/** The sample's 2024 rows: the worked example of docs/scoring.md. */
async function sample2024() {
  const all = await loadSampleDataset()
  const of2024 = <T extends { year: number }>(rows: readonly T[]) => rows.filter((r) => r.year === 2024)
  return {
    targets: of2024(all.targets),
    actuals: of2024(all.actuals),
    budgets: of2024(all.budgets),
    spending: of2024(all.spending),
  }
}

const colours = (scope: ScopeResult) => scope.indicators.map((i) => i.light.color)

describe('evaluateUnitYear on the sample at Q3 (docs/scoring.md)', async () => {
  const [department, project] = evaluateUnitYear(await sample2024(), 9)

  it('evaluates 部门整体 first, then the project, in form order', () => {
    expect([department?.scope, project?.scope]).toEqual(['部门整体', '招商引资'])
    expect(department?.indicators).toHaveLength(17)
    expect(project?.indicators[0]?.record.name).toBe('组织参加各类招商推介会场次数')
  })

  it('lights every indicator, so that every colour of SPEC §4.2 occurs', () => {
    expect(colours(department!)).toEqual([
      'green',
      'blue',
      'yellow',
      'green',
      'red',
      'yellow',
      'green',
      'green',
      'green',
      'grey',
      'yellow',
      'red',
      'green',
      'green',
      'green',
      'green',
      'grey',
    ])
    expect(colours(project!)).toEqual([
      'blue',
      'yellow',
      'green',
      'green',
      'yellow',
      'green',
      'green',
      'green',
      'green',
      'yellow',
      'red',
      'green',
      'yellow',
      'grey',
    ])
    expect(department!.indicators[9]!.light.label).toBe('进行中')
    expect(department!.indicators[16]!.light.label).toBe('未填报')
  })

  it('gives a reason on every yellow and red sample value, in every quarter', async () => {
    const rows = await sample2024()
    for (const q of [1, 2, 3] as const) {
      const behind = evaluateUnitYear(rows, monthOfQuarter(q))
        .flatMap((scope) => scope.indicators)
        .filter((i) => ['yellow', 'red'].includes(i.light.color))
      expect(behind.length).toBeGreaterThan(0)
      expect(behind.filter((i) => !i.actualRecord?.reason).map((i) => `Q${q} ${i.record.name}`)).toEqual([])
    }
  })

  it('weights 招商引资: 产出 50 / 9, 效益 30 / 4, 满意度 10, budget 10', () => {
    expect(project!.indicators.map((i) => i.score.weight)).toEqual([...Array(9).fill(50 / 9), 7.5, 7.5, 7.5, 7.5, 10])
    expect(project!.budget?.score.weight).toBe(10)
  })

  it('scores 招商引资 as worked out by hand: 89.73, 良', () => {
    // 产出: 50/9 × (7 + 2/3 + 0.95); 效益: 7.5 × (0.9667 + 0.5333 + 1 + 0.7); budget: 10 × (40/60)/(3/4); 满意度 not reported.
    const byHand = (100 * ((50 / 9) * (7 + 2 / 3 + 0.95) + 7.5 * 3.2 + 10 * (8 / 9))) / 90
    expect(project!.total).toBeCloseTo(byHand, 9)
    expect(project!.total).toBeCloseTo(89.7325102881, 9)
    expect(project).toMatchObject({ grade: '良', projected: true, scoredWeight: 90, fullWeight: 100 })
    expect(project!.budget).toMatchObject({ budget: 60, spent: 40, e: 0.666666666667, pace: 0.888888888889 })
    expect(scoreFormula(project!.indicators[1]!.score)).toBe(
      '分值 5.56 × min(预计完成率 66.7%, 1) = 5.56 × 66.7% = 3.70',
    )
    expect(project!.indicators[13]!.score).toMatchObject({ score: null, reason: 'notReported' })
  })

  it('scores 部门整体 as worked out by hand: 94.29, 优', () => {
    const produced = (50 / 11) * (1 + 1 + 52 / 75 + 1 + 8 / 15 + 65 / 70 + 1 + 1 + 1 + 734.05 / (560 / 0.75))
    const byHand = (100 * (produced + 7.5 * (5 / 6 + 3) + 5 + 10)) / (50 - 50 / 11 + 30 + 5 + 10)
    expect(department!.total).toBeCloseTo(byHand, 8)
    expect(department!.total).toBeCloseTo(94.288144592, 8)
    expect(department!.grade).toBe('优')
    expect(department!.indicators[9]!.score).toMatchObject({ reason: 'pending' })
    expect(scoreFormula(department!.indicators[9]!.score)).toBe('未到完成期限：不计分，总分按已计分项的分值折算')
  })

  it('gives both tables a yellow 双监控 light with the counts beside it', () => {
    // 2 of 16 and 1 of 13 reported lines are red: under a third, so yellow, not red
    expect(department!.overall).toEqual({
      color: 'yellow',
      label: '黄灯',
      counts: { blue: 1, green: 9, yellow: 3, red: 2, grey: 2 },
      reported: 16,
    })
    expect(project!.overall).toEqual({
      color: 'yellow',
      label: '黄灯',
      counts: { blue: 1, green: 7, yellow: 4, red: 1, grey: 1 },
      reported: 13,
    })
    expect(department!.budget).toMatchObject({ budget: 734.05, spent: 560, light: { color: 'green' } })
  })
})

describe('evaluateUnitYear edge cases', () => {
  it('at year end scores A itself, not a projection', () => {
    const t = target('培训次数', { targetText: '≥4次' })
    const [scope] = evaluateUnitYear(dataset({ targets: [t], actuals: [actual(t, 4, '3次')] }), 12)
    expect(scope).toMatchObject({ projected: false, total: 75, grade: '中' })
    expect(scoreFormula(scope!.indicators[0]!.score)).toBe('分值 50.00 × min(完成率 75.0%, 1) = 50.00 × 75.0% = 37.50')
  })

  it('leaves a zero budget out of the total instead of scoring it 0 or NaN', () => {
    const t = target('培训次数', { targetText: '≥4次' })
    const line = budgetLine('项目经费', 0)
    const [scope] = evaluateUnitYear(
      dataset({ targets: [t], actuals: [actual(t, 4, '4次')], budgets: [line], spending: [spent(line, 4, 0)] }),
      12,
    )
    expect(scope).toMatchObject({
      total: 100,
      grade: '优',
      budget: { e: null, light: { label: '无预算' }, score: { reason: 'noBudget' } },
    })
  })

  it('uses a budget line’s 分值 and sums a 类别’s 经费 lines', () => {
    const a = budgetLine('人员经费', 80, { weight: 20 })
    const b = budgetLine('公用经费', 20)
    const task = budgetLine('任务一', 100, { breakdown: '任务' })
    const [scope] = evaluateUnitYear(
      dataset({ budgets: [a, b, task], spending: [spent(a, 4, 60), spent(b, 4, 15)] }),
      12,
    )
    expect(scope!.budget).toMatchObject({
      e: 0.75,
      score: { weight: 20, weightSource: 'given', score: 15 },
    })
    // a budget with no indicators: scored, but no total (已评分指标不足), never 75 中 or 100 优
    expect(scope).toMatchObject({ total: null, grade: null, insufficient: true, scoredWeight: 20, indicatorWeight: 0 })
  })

  it('has no total when nothing can be scored', () => {
    const t = target('培训次数', { targetText: '≥4次' })
    const [scope] = evaluateUnitYear(dataset({ targets: [t] }), 6)
    expect(scope).toMatchObject({
      total: null,
      grade: null,
      budget: null,
      insufficient: true,
      overall: { color: 'grey', label: '未填报', counts: { grey: 1 } },
    })
  })

  it('flags, and never scores, an actual in the wrong unit', () => {
    const t = target('带动就业人数', { targetText: '≥500人', level1: '效益指标' })
    const [scope] = evaluateUnitYear(dataset({ targets: [t], actuals: [actual(t, 2, '300个')] }), 6)
    expect(scope!.indicators[0]).toMatchObject({
      light: { status: 'flagged' },
      score: { reason: 'flagged', score: null },
    })
    expect(scope!.total).toBeNull()
  })
})

describe('rankUnits and rankBy', async () => {
  const { rankBy, rankUnits } = await import('@/domain/engine/ranking')
  const rowsOf = (unit: string, actualText: string, spentAmount: number | null, q: 1 | 2 | 3 | 4) => {
    const t = target('培训次数', { unit, targetText: '≥4次' })
    const line = budgetLine('人员经费', 100, { unit })
    return {
      targets: [t],
      budgets: [line],
      actuals: [actual(t, q, actualText)],
      spending: spentAmount === null ? [] : [spent(line, q, spentAmount)],
    }
  }

  it('judges each unit at its own latest quarter and ranks by score and by execution', () => {
    // Each unit's rows are its unit-year document.
    const standings = rankUnits([
      rowsOf('甲局', '4次', 100, 4),
      rowsOf('乙局', '1次', 50, 2),
      rowsOf('丙局', '2次', null, 4),
    ])
    const counts = (green: number, red: number) => ({ blue: 0, green, yellow: 0, red, grey: 0 })
    expect(standings).toEqual([
      {
        unit: '甲局',
        month: 12,
        period: { month: 12, byMonth: false },
        total: 100,
        grade: '优',
        projected: false,
        insufficient: false,
        budget: 100,
        executed: 100,
        e: 1,
        projectedE: 1,
        executionColor: 'green',
        light: 'green',
        counts: counts(1, 0),
      },
      // At Q2 1 of 4 projects to 2: r 0.5 → 25 of 50; e 0.5 projects to 1 → 10 of 10; (25 + 10) / 60.
      // Its one reported line is red (pace 0.5): a third or more, so 红灯 whatever the budget.
      {
        unit: '乙局',
        month: 6,
        period: { month: 6, byMonth: false },
        total: (100 * 35) / 60,
        grade: '差',
        projected: true,
        insufficient: false,
        budget: 100,
        executed: 50,
        e: 0.5,
        projectedE: 1,
        executionColor: 'green',
        light: 'red',
        counts: counts(0, 1),
      },
      // Q4, 2 of 4: 未完成 (red); no spending, so 25 of 50 indicator points
      {
        unit: '丙局',
        month: 12,
        period: { month: 12, byMonth: false },
        total: 50,
        grade: '差',
        projected: false,
        insufficient: false,
        budget: 100,
        executed: null,
        e: null,
        // Its budget stands without spending: a roll-up counts it in the total, not in the rate.
        projectedE: null,
        executionColor: 'grey',
        light: 'red',
        counts: counts(0, 1),
      },
    ])
    expect(rankBy(standings, 'total').map((s) => s.unit)).toEqual(['甲局', '乙局', '丙局'])
    // worst light first, then by name (zh-CN: 丙 bǐng before 乙 yǐ); by name alone
    expect(rankBy(standings, 'light').map((s) => s.unit)).toEqual(['丙局', '乙局', '甲局'])
    expect(rankBy(standings, 'unit').map((s) => s.unit)).toEqual(['丙局', '甲局', '乙局'])
    expect(rankBy(standings, 'e').map((s) => s.unit)).toEqual(['甲局', '乙局', '丙局'])
    expect(rankBy([...standings].reverse(), 'e').map((s) => s.unit)).toEqual(['甲局', '乙局', '丙局'])
  })
})
