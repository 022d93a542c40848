import { beforeEach, describe, expect, it } from 'vitest'
import type { Dataset, UnitYearDocument } from '@/domain/model'
import { budgetResult } from '@/domain/engine/budgetResult'
import { parseActual } from '@/domain/engine/actualParser'
import { evaluateIndicator } from '@/domain/engine/indicator'
import { judge } from '@/domain/engine/judgement'
import { fingerprintOf, resetEngineMemos } from '@/domain/engine/memos'
import { DEFAULT_RULES, settingsFingerprint, settingsOf } from '@/domain/engine/rules'
import { DEFAULT_SETTINGS, type EngineSettings } from '@/domain/engine/settings'
import { actual, budgetLine, target } from '../fixtures'
import { parse } from './helpers'

beforeEach(resetEngineMemos)

/** Settings with the same content as the defaults, in objects of their own. */
const twin = (): EngineSettings => settingsOf(DEFAULT_RULES.values)

describe('settings are known by their content', () => {
  it('gives equal settings in different objects one fingerprint, worked out once per object', () => {
    const [a, b] = [twin(), twin()]
    expect(a).not.toBe(b)
    expect(fingerprintOf(a)).toBe(fingerprintOf(b))
    expect(fingerprintOf(a)).toBe(settingsFingerprint(DEFAULT_SETTINGS))
    expect(fingerprintOf(a)).toBe(fingerprintOf(a))
  })

  it('gives another fingerprint when any setting differs, weights and grade bands included', () => {
    const others: EngineSettings[] = [
      { ...DEFAULT_SETTINGS, paceYellow: 0.61 },
      { ...DEFAULT_SETTINGS, minScoredShare: 0.4 },
      { ...DEFAULT_SETTINGS, weights: { ...DEFAULT_SETTINGS.weights, budget: 20 } },
      {
        ...DEFAULT_SETTINGS,
        weights: { ...DEFAULT_SETTINGS.weights, levels: { ...DEFAULT_SETTINGS.weights.levels, 产出指标: 40 } },
      },
      { ...DEFAULT_SETTINGS, grades: [{ min: 90, grade: 'A' }, ...DEFAULT_SETTINGS.grades.slice(1)] },
      { ...DEFAULT_SETTINGS, grades: [...DEFAULT_SETTINGS.grades.slice(0, 3), { min: 10, grade: '差' }] },
    ]
    const fingerprints = new Set([DEFAULT_SETTINGS, ...others].map(fingerprintOf))
    expect(fingerprints.size).toBe(others.length + 1)
  })
})

describe('the memos share entries between equal settings and miss on a changed threshold', () => {
  const row = target('培训次数', { targetText: '≥4次' })
  const value = actual(row, 2, '1次')

  it('evaluateIndicator: the same result for equal settings in another object, a new one for another threshold', () => {
    const first = evaluateIndicator(row, value, 6, twin(), 10, 'given')
    expect(evaluateIndicator(row, value, 6, twin(), 10, 'given')).toBe(first)
    expect(evaluateIndicator(row, value, 6, DEFAULT_SETTINGS, 10, 'given')).toBe(first)
    const lenient = evaluateIndicator(row, value, 6, { ...twin(), paceYellow: 0.4 }, 10, 'given')
    expect(lenient).not.toBe(first)
    expect([first.light.status, lenient.light.status]).toEqual(['off', 'warning'])
  })

  it('judge: the same judgement for equal settings in another object, a new one for another threshold', () => {
    const goal = parse('≥20个')
    const twelve = parseActual('12', goal, 2024)
    const first = judge(goal, twelve, 2024, 9, twin())
    expect(judge(goal, twelve, 2024, 9, twin())).toBe(first)
    const strict = judge(goal, twelve, 2024, 9, { ...twin(), paceGreen: 0.9 })
    expect(strict).not.toBe(first)
    expect([first.light.status, strict.light.status]).toEqual(['onTrack', 'warning'])
  })

  it('budgetResult: the same result for equal settings in another object, a new one for another threshold', () => {
    const line = budgetLine('人员经费', 100)
    const spending = new Map([[line.id, 50]])
    const first = budgetResult([line], spending, 9, twin())
    expect(budgetResult([line], spending, 9, twin())).toBe(first)
    const strict = budgetResult([line], spending, 9, { ...twin(), paceYellow: 0.7 })
    expect(strict).not.toBe(first)
    expect([first.light.status, strict.light.status]).toEqual(['warning', 'off'])
  })
})

describe("each part of a memo's key alone makes it answer anew", () => {
  it('evaluateIndicator: the weight source alone', () => {
    const row = target('培训次数', { targetText: '≥4次' })
    const value = actual(row, 2, '1次')
    const given = evaluateIndicator(row, value, 6, DEFAULT_SETTINGS, 10, 'given')
    expect(evaluateIndicator(row, value, 6, DEFAULT_SETTINGS, 10, 'split').score.weightSource).toBe('split')
    expect(given.score.weightSource).toBe('given')
  })

  it('evaluateIndicator: the month alone', () => {
    const row = target('培训次数', { targetText: '≥4次' })
    const value = actual(row, 2, '1次')
    // 1 of 4: projected to 2 from June, to 4/3 from September.
    expect(evaluateIndicator(row, value, 6, DEFAULT_SETTINGS, 10, 'given').score.r).toBe(0.5)
    expect(evaluateIndicator(row, value, 9, DEFAULT_SETTINGS, 10, 'given').score.r).toBeCloseTo(1 / 3)
  })

  it('judge: the year alone, with the same parsed target and value', () => {
    const due = parse('2024年6月30日前')
    const going = parseActual('进行中', due, 2024)
    // Judged on 2024-03-31 the deadline is still ahead; on 2025-03-31 it has passed.
    const [before, after] = [judge(due, going, 2024, 3, DEFAULT_SETTINGS), judge(due, going, 2025, 3, DEFAULT_SETTINGS)]
    expect(after).not.toBe(before)
    expect(after.light.status).not.toBe(before.light.status)
  })

  it('budgetResult: a line more after the same first line, with the same spending', () => {
    const a = budgetLine('人员经费', 100)
    const b = budgetLine('公用经费', 100)
    const spending = new Map([[a.id, 50]])
    expect(budgetResult([a], spending, 6, DEFAULT_SETTINGS)).toMatchObject({ budget: 100, e: 0.5 })
    expect(budgetResult([a, b], spending, 6, DEFAULT_SETTINGS)).toMatchObject({ budget: 200, e: 0.25 })
  })
})

describe('resetEngineMemos', () => {
  it('empties every memo: the same calls work anew, to equal results', () => {
    const row = target('培训次数', { targetText: '≥4次' })
    const value = actual(row, 2, '1次')
    const line = budgetLine('人员经费', 100)
    const spending = new Map([[line.id, 50]])
    const goal = parse('≥20个')
    const twelve = parseActual('12', goal, 2024)
    const before = [
      evaluateIndicator(row, value, 6, DEFAULT_SETTINGS, 10, 'given'),
      judge(goal, twelve, 2024, 9, DEFAULT_SETTINGS),
      budgetResult([line], spending, 9, DEFAULT_SETTINGS),
    ] as const
    resetEngineMemos()
    const after = [
      evaluateIndicator(row, value, 6, DEFAULT_SETTINGS, 10, 'given'),
      judge(goal, twelve, 2024, 9, DEFAULT_SETTINGS),
      budgetResult([line], spending, 9, DEFAULT_SETTINGS),
    ] as const
    after.forEach((result, i) => {
      expect(result).not.toBe(before[i])
      expect(result).toEqual(before[i])
    })
  })
})

describe('stored rows cannot be changed in place', () => {
  // Compiled by vue-tsc (tsconfig.test.json takes the tests), never run: each line must fail to compile.
  function writes(document: UnitYearDocument, data: Dataset, settings: EngineSettings) {
    const row = document.targets[0]!
    // @ts-expect-error a stored target's field is read only
    row.targetText = '≥5次'
    // @ts-expect-error so is a value's
    data.actuals[0]!.actualText = '3次'
    // @ts-expect-error and a budget line's
    data.budgets[0]!.budget = 100
    // @ts-expect-error and spending's
    data.spending[0]!.spent = 1
    // @ts-expect-error a stored list takes no new rows
    document.actuals.push(actual(row, 1, '1次'))
    // @ts-expect-error nor is a data set's list replaced
    data.targets = []
    // @ts-expect-error settings are read only too: their fingerprint is kept per object
    settings.paceYellow = 0.5
  }

  it('is a compile-time check', () => {
    expect(writes).toBeTypeOf('function')
  })
})
