import { chinesePeriodName } from '@/domain/period'
import { describe, expect, it } from 'vitest'
import { evaluateAllAtLatest, groupRows } from '@/domain/engine/evaluateAll'
import { parseTargetRecord } from '@/domain/engine/indicator'
import { judge, scoreJudgement } from '@/domain/engine/judgement'
import { indicatorLight } from '@/domain/engine/lights'
import { parseActualCached, parseTargetCached } from '@/domain/engine/parseCache'
import { projectionOf } from '@/domain/engine/projection'
import { scoringRatio } from '@/domain/engine/scoring'
import { DEFAULT_SETTINGS } from '@/domain/engine/settings'
import { actual, budgetLine, dataset, spent, target } from '../fixtures'

const atLeast4 = () => parseTargetCached('≥4次', { year: 2024, level2: '数量指标', name: '培训次数' })

describe('judge: each shared value judged once per quarter', () => {
  it('gives what the light and the scoring ratio give, and the same object again', () => {
    const parsed = atLeast4()
    const value = parseActualCached('3次', parsed, 2024)
    const first = judge(parsed, value, 2024, 9, DEFAULT_SETTINGS)
    // 累计 ≥4 with 3 by Q3: pace (3/4)/(3/4) = 1, green; r at year end projects 3 × 4/3 = 4 → 1.
    expect(first.light).toEqual(indicatorLight(parsed, value, 2024, 9, DEFAULT_SETTINGS))
    expect(first.light).toMatchObject({ status: 'onTrack', r: 0.75, pace: 1 })
    expect(first.ratio).toBe(scoringRatio(parsed, value, projectionOf(parsed, value, null, 2024, 9)))
    expect(first.ratio).toBe(1)
    expect(first.projection).toEqual({
      source: 'computed',
      value: { kind: 'number', value: 4 },
      ratio: 1,
      atYearEnd: false,
    })
    expect(judge(parsed, value, 2024, 9, DEFAULT_SETTINGS)).toBe(first)
  })

  it('judges again for another quarter or other settings', () => {
    const parsed = atLeast4()
    const value = parseActualCached('3次', parsed, 2024)
    const q3 = judge(parsed, value, 2024, 9, DEFAULT_SETTINGS)
    const q4 = judge(parsed, value, 2024, 12, DEFAULT_SETTINGS)
    expect(q4).not.toBe(q3)
    expect(q4.ratio).toBe(0.75)
    const strict = { ...DEFAULT_SETTINGS, paceGreen: 1.5 }
    expect(judge(parsed, value, 2024, 9, strict).light.status).toBe('warning')
    expect(judge(parsed, value, 2024, 9, DEFAULT_SETTINGS)).toEqual(q3)
  })

  it('shares one not-reported judgement', () => {
    const parsed = atLeast4()
    expect(judge(parsed, null, 2024, 6, DEFAULT_SETTINGS)).toMatchObject({
      ratio: 'notReported',
      light: { status: 'notReported', color: 'grey' },
    })
    expect(judge(parsed, null, 2024, 6, DEFAULT_SETTINGS)).toBe(judge(atLeast4(), null, 2024, 6, DEFAULT_SETTINGS))
    // one per quarter: only the year end's projection is no estimate
    expect(judge(parsed, null, 2024, 9, DEFAULT_SETTINGS).projection).toEqual({
      source: 'actual',
      value: null,
      ratio: null,
      atYearEnd: false,
    })
    expect(judge(parsed, null, 2024, 12, DEFAULT_SETTINGS).projection).toEqual({
      source: 'actual',
      value: null,
      ratio: null,
      atYearEnd: true,
    })
  })

  it('scores a judgement at a weight once, naming in-year ratios 预计完成率', () => {
    const parsed = atLeast4()
    const value = parseActualCached('2次', parsed, 2024)
    const q2 = judge(parsed, value, 2024, 6, DEFAULT_SETTINGS)
    // 2 by Q2 projects to 4: r = 1.
    const line = scoreJudgement(q2, 12.5, 'split', 6)
    expect(line).toEqual({ weight: 12.5, weightSource: 'split', r: 1, capped: 1, score: 12.5, ratioName: '预计完成率' })
    expect(scoreJudgement(q2, 12.5, 'split', 6)).toBe(line)
    expect(scoreJudgement(q2, 10, 'given', 6)).toMatchObject({ weight: 10, weightSource: 'given', score: 10 })
    const missing = scoreJudgement(judge(parsed, null, 2024, 6, DEFAULT_SETTINGS), 5, 'split', 6)
    expect(missing).toMatchObject({ weight: 5, score: null, reason: 'notReported' })
  })
})

describe('parseTargetRecord', () => {
  it('parses a row once and an equal row to the same target', () => {
    const row = target('培训次数', { targetText: '≥4次' })
    const parsed = parseTargetRecord(row)
    expect(parsed).toMatchObject({ kind: 'atLeast', value: 4, unit: { symbol: '次', family: 'count' } })
    expect(parseTargetRecord(row)).toBe(parsed)
    expect(parseTargetRecord({ ...row })).toBe(parsed)
  })
})

describe('groupRows', () => {
  const a1 = target('培训次数', { unit: '甲局' })
  const a2 = target('培训次数', { unit: '甲局', scope: '招商项目' })
  const b1 = target('培训次数', { unit: '乙局', year: 2023 })
  const line = budgetLine('经费', 10, { unit: '丙局' })
  const rows = dataset({
    targets: [a1, b1, a2],
    actuals: [actual(a1, 1, '1次'), actual(b1, 2, '2次'), actual(a2, 2, '3次')],
    budgets: [line],
    spending: [spent(line, 1, 2)],
  })

  it('splits by unit and year in one pass, in order of first appearance, across interleaved rows', () => {
    const groups = groupRows(rows, ['unit', 'year'])
    expect(
      groups.map((g) => [
        g.targets.map((t) => t.unit + t.scope),
        g.actuals.length,
        g.budgets.length,
        g.spending.length,
      ]),
    ).toEqual([
      [['甲局部门整体', '甲局招商项目'], 2, 0, 0],
      [['乙局部门整体'], 1, 0, 0],
      [[], 0, 1, 1],
    ])
  })

  it('splits by unit alone, and drops groups that hold only values', () => {
    const orphan = actual(target('x', { unit: '丁局' }), 1, '1')
    const groups = groupRows({ ...rows, actuals: [...rows.actuals, orphan] }, ['unit'])
    expect(groups.map((g) => g.targets.length + g.budgets.length)).toEqual([2, 1, 1])
  })

  it('keeps every result of evaluateAllAtLatest in unit, year, 类别 order, each 类别 at its own latest quarter', () => {
    expect(
      evaluateAllAtLatest(rows).map((r) => `${r.unit} ${r.year} ${r.scope} ${chinesePeriodName(r.period)}`),
    ).toEqual([
      '丙局 2024 部门整体 第1季度',
      '甲局 2024 部门整体 第1季度',
      '甲局 2024 招商项目 第2季度',
      '乙局 2023 部门整体 第2季度',
    ])
  })
})
