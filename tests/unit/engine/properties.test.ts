import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { atLeastRatio, atMostRatio } from '@/domain/engine/achievement'
import { parseActual } from '@/domain/engine/actualParser'
import { scoreLine, totalOf, type UnscoredReason } from '@/domain/engine/scoring'
import { DEFAULT_SETTINGS } from '@/domain/engine/settings'
import { parseTarget } from '@/domain/engine/targetParser'

/** Strings built from the characters real 指标值 are made of, so the parser's branches are reached. */
const expressionLike = fc
  .array(
    fc.constantFrom(
      ...'0123456789０１２.．,，-~～至≥≧≤≦><=＝﹥﹤％% 　'.split(''),
      '不低于',
      '不超过',
      '以上',
      '以内',
      '控制在',
      '达到',
      '个',
      '人',
      '万元',
      '亿元',
      '元',
      '年',
      '月',
      '日',
      '前',
      '底',
      '百分比',
      '作用明显',
      '合规',
      '按期完成',
      '(',
      ')',
      '（',
      '）',
      '*',
    ),
    { maxLength: 12 },
  )
  .map((parts) => parts.join(''))

const anyText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  expressionLike,
)

const finite = (min: number, max: number) => fc.double({ min, max, noNaN: true, noDefaultInfinity: true })

describe('properties', () => {
  it('parseTarget never throws and always says what it found', () => {
    fc.assert(
      fc.property(anyText, anyText, fc.integer({ min: 2000, max: 2100 }), (text, name, year) => {
        const parsed = parseTarget(text, { year, name, level2: '成本指标' })
        expect(['atLeast', 'atMost', 'exact', 'range', 'deadline', 'qualitative', 'unknown']).toContain(parsed.kind)
        if (parsed.kind === 'unknown') expect(parsed.message.length).toBeGreaterThan(0)
      }),
      { numRuns: 500 },
    )
  })

  it('parseActual never throws, against any target', () => {
    fc.assert(
      fc.property(anyText, anyText, (target, actual) => {
        const parsed = parseActual(actual, parseTarget(target, { year: 2024 }), 2024)
        expect(['number', 'completion', 'grade', 'error']).toContain(parsed.kind)
        if (parsed.kind === 'number') expect(Number.isFinite(parsed.value)).toBe(true)
      }),
      { numRuns: 500 },
    )
  })

  it('r never decreases as A grows for at-least targets', () => {
    fc.assert(
      fc.property(finite(0, 1e6), finite(0, 1e9), finite(0, 1e9), (t, a1, a2) => {
        const [low, high] = a1 <= a2 ? [a1, a2] : [a2, a1]
        expect(atLeastRatio(low, t)).toBeLessThanOrEqual(atLeastRatio(high, t))
      }),
      { numRuns: 500 },
    )
  })

  it('r never increases as A grows for at-most targets', () => {
    fc.assert(
      fc.property(finite(0, 1e6), finite(0, 1e9), finite(0, 1e9), (t, a1, a2) => {
        const [low, high] = a1 <= a2 ? [a1, a2] : [a2, a1]
        expect(atMostRatio(low, t)).toBeGreaterThanOrEqual(atMostRatio(high, t))
      }),
      { numRuns: 500 },
    )
  })

  it('a rescaled total always lies in [0, 100]', () => {
    const reasons: UnscoredReason[] = ['notReported', 'flagged', 'pending', 'noBudget']
    const line = fc.oneof(
      fc.tuple(finite(0, 100), finite(-2, 10)).map(([weight, r]) => scoreLine(weight, 'split', r)),
      fc
        .tuple(finite(0, 100), fc.constantFrom(...reasons))
        .map(([weight, reason]) => scoreLine(weight, 'split', null, reason)),
    )
    fc.assert(
      fc.property(fc.array(line, { maxLength: 40 }), (lines) => {
        const { total } = totalOf(lines.slice(1), lines[0] ?? null, DEFAULT_SETTINGS)
        if (total !== null) {
          expect(total).toBeGreaterThanOrEqual(0)
          expect(total).toBeLessThanOrEqual(100)
        }
      }),
      { numRuns: 500 },
    )
  })
})
