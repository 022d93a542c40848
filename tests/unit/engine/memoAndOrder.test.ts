import { describe, expect, it } from 'vitest'
import { parseActual } from '@/domain/engine/actualParser'
import { judge } from '@/domain/engine/judgement'
import { projectionOf } from '@/domain/engine/projection'
import { scoringRatio } from '@/domain/engine/scoring'
import { DEFAULT_SETTINGS } from '@/domain/engine/settings'
import { compareScopes, summariseDataset } from '@/domain/summary'
import { budgetLine, dataset, spent, target } from '../fixtures'
import { parse } from './helpers'

describe('judge: one shared value judged anew for another target, year or settings', () => {
  it('never hands back a judgement made for something else', () => {
    const deadline = parse('2024年6月30日前')
    const done = parseActual('2024-07-15', deadline, 2024)
    expect(judge(deadline, done, 2024, 9, DEFAULT_SETTINGS).light.status).toBe('off')
    // The same parsed value against a later deadline is on time.
    const later = parse('2024年12月31日前')
    expect(judge(later, done, 2024, 9, DEFAULT_SETTINGS).light.status).toBe('onTrack')
    // The same target and value a year later: the date is before the 2025 deadline.
    const nextYear = parse('2025年6月30日前', { year: 2025 })
    const doneThen = parseActual('2024-07-15', nextYear, 2025)
    expect(judge(nextYear, doneThen, 2025, 9, DEFAULT_SETTINGS).light.status).toBe('onTrack')
    const total = parse('≥20个')
    const twelve = parseActual('12', total, 2024)
    expect(judge(total, twelve, 2024, 9, DEFAULT_SETTINGS).light.status).toBe('onTrack')
    expect(judge(total, twelve, 2024, 9, { ...DEFAULT_SETTINGS, paceGreen: 0.9 }).light.status).toBe('warning')
    expect(judge(total, twelve, 2024, 9, DEFAULT_SETTINGS).light.status).toBe('onTrack')
  })
})

describe('scoringRatio', () => {
  it('leaves out an unknown target even with a value', () => {
    const unknown = parse('约莫12个')
    const value = { kind: 'number', value: 5 } as const
    expect(scoringRatio(unknown, value, projectionOf(unknown, value, null, 2024, 9))).toBe('flagged')
    expect(scoringRatio(unknown, null, projectionOf(unknown, null, null, 2024, 9))).toBe('notReported')
  })
})

describe('compareScopes: 部门整体 first, then projects in pinyin order', () => {
  it('puts 部门整体 first even before a project that sorts earlier', () => {
    expect(compareScopes('部门整体', '阿里项目')).toBe(-1)
    expect(compareScopes('阿里项目', '部门整体')).toBe(1)
    expect(compareScopes('部门整体', '部门整体')).toBe(0)
    expect(compareScopes('招商项目', '阿里项目')).toBeGreaterThan(0)
  })
})

describe('summariseDataset: illustrative only by what is shown for the month', () => {
  it('marks the summary sample by the month’s spending, not another month’s', () => {
    const a = target('招商数')
    const line = budgetLine('人员经费', 100)
    const data = dataset({
      targets: [a],
      budgets: [line],
      spending: [spent(line, 1, 10, { sample: true }), spent(line, 2, 20)],
    })
    expect(summariseDataset(data, 6)).toMatchObject({ spent: 20, sample: false })
    expect(summariseDataset(data, 3)).toMatchObject({ spent: 10, sample: true })
  })
})
