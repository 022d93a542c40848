import { describe, expect, it } from 'vitest'
import { parseTarget } from '@/domain/engine/targetParser'
import { plausibilityWarnings } from '@/domain/plausibility'
import type { Basis } from '@/domain/records'

const target = (text: string, basis: Basis = '累计') => parseTarget(text, { year: 2024, basis })

describe('plausibilityWarnings', () => {
  it('questions a negative count and a negative amount, not a negative percentage', () => {
    expect(plausibilityWarnings('-5', null, target('≥6个'), 2024)).toEqual(['negative'])
    expect(plausibilityWarnings('-5个', null, target('≥6个'), 2024)).toEqual(['negative'])
    expect(plausibilityWarnings('-0.5亿元', null, target('≥100亿元'), 2024)).toEqual(['negative'])
    expect(plausibilityWarnings('-5%', null, target('≤3%', '时点'), 2024)).toEqual([])
    expect(plausibilityWarnings('0', null, target('≥6个'), 2024)).toEqual([])
  })

  it('questions a cumulative value below the last period, not a point-in-time one', () => {
    expect(plausibilityWarnings('10个', '11个', target('≥6个'), 2024)).toEqual(['belowPrevious'])
    expect(plausibilityWarnings('11个', '11个', target('≥6个'), 2024)).toEqual([])
    expect(plausibilityWarnings('10个', '11个', target('≥6个', '时点'), 2024)).toEqual([])
    // In the target's unit: 0.9亿元 is 9000万元, below 1亿元's 10000.
    expect(plausibilityWarnings('9000万元', '1亿元', target('≥5亿元'), 2024)).toEqual(['belowPrevious'])
  })

  it('questions a value more than ten times the last, and not one exactly ten times', () => {
    expect(plausibilityWarnings('12,000', '11个', target('≥6个'), 2024)).toEqual(['jump'])
    expect(plausibilityWarnings('111', '11个', target('≥6个'), 2024)).toEqual(['jump'])
    expect(plausibilityWarnings('110', '11个', target('≥6个'), 2024)).toEqual([])
    // Nothing to compare with when the last value was nothing.
    expect(plausibilityWarnings('500', '0', target('≥6个'), 2024)).toEqual([])
  })

  it('gives every warning that applies, in order', () => {
    expect(plausibilityWarnings('-5', '11个', target('≥6个'), 2024)).toEqual(['negative', 'belowPrevious'])
  })

  it('gives none for a value that does not read, a last value that does not, or a target not numeric', () => {
    expect(plausibilityWarnings('abc', '11个', target('≥6个'), 2024)).toEqual([])
    expect(plausibilityWarnings('-5', 'abc', target('≥6个'), 2024)).toEqual(['negative'])
    expect(plausibilityWarnings('已完成', '未完成', target('2024年12月底前'), 2024)).toEqual([])
    expect(plausibilityWarnings('-5', null, target('不知所云'), 2024)).toEqual([])
  })
})
