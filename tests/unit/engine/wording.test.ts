import { describe, expect, it } from 'vitest'
import { readUnit, scale, unitsCompatible } from '@/domain/engine/units'
import { formatAmount, formatPercent, formatQuantity, formatScore } from '@/domain/format'
import { joinKey } from '@/domain/keys'
import { normaliseLevel1 } from '@/domain/levels'

describe('formats', () => {
  it('writes amounts, rates and scores one way everywhere', () => {
    expect(formatAmount(1773.6)).toBe('1,773.6')
    expect(formatAmount(0.125)).toBe('0.13')
    expect(formatPercent(0.875)).toBe('87.5%')
    expect(formatPercent(null)).toBe('—')
    expect(formatScore(89.7)).toBe('89.70')
    expect(formatScore(null)).toBe('—')
  })

  it('writes a value already in its unit with thousands separators and the unit word', () => {
    expect(formatQuantity(42, '亿元')).toBe('42亿元')
    expect(formatQuantity(9999.5, '万元')).toBe('9,999.5万元')
    expect(formatQuantity(-69.333333, '亿元')).toBe('-69.33亿元')
    expect(formatQuantity(12, '个')).toBe('12个')
    expect(formatQuantity(10000, '个')).toBe('10,000个')
  })
})

describe('keys and levels', () => {
  it('joins key parts with NUL, so no cell can fake a boundary', () => {
    expect(joinKey(2024, '商务局', '部门整体')).toBe('2024\u0000商务局\u0000部门整体')
    expect(joinKey('a b', 'c')).not.toBe(joinKey('a', 'b c'))
  })

  it('reads 一级指标 with or without 指标, trimmed; keeps others as typed', () => {
    expect(normaliseLevel1(' 产出 ')).toBe('产出指标')
    expect(normaliseLevel1('效益指标')).toBe('效益指标')
    expect(normaliseLevel1('满意度')).toBe('满意度指标')
    expect(normaliseLevel1('指标产出')).toBe('指标产出')
    expect(normaliseLevel1(' 其他 ')).toBe('其他')
  })
})

describe('units', () => {
  it('reads a unit of at most eight letters, trimmed; no unit is unit-less', () => {
    expect(readUnit(' 个 ')).toEqual({ unit: { family: 'count', symbol: '个' }, factor: 1 })
    expect(readUnit('')).toEqual({ unit: { family: 'none', symbol: '' }, factor: 1 })
    expect(readUnit('   ')?.unit.family).toBe('none')
    expect(readUnit('平方米·年每户人')?.unit.symbol).toBe('平方米·年每户人')
    expect(readUnit('平方米·年每户人次')).toBeNull()
    expect(readUnit('12')).toBeNull()
  })

  it('scales only when there is a factor, without binary noise', () => {
    expect(scale(1200, 0.0001)).toBe(0.12)
    expect(scale(0.1 + 0.2, 1)).toBe(0.30000000000000004)
  })

  it('compares counts by their word, other families by family', () => {
    const count = (symbol: string) => ({ family: 'count', symbol }) as const
    expect(unitsCompatible(count('个'), count('个'))).toBe(true)
    expect(unitsCompatible(count('个'), count('人'))).toBe(false)
    expect(unitsCompatible({ family: 'money', symbol: '万元' }, { family: 'money', symbol: '亿元' })).toBe(true)
    expect(unitsCompatible({ family: 'percent', symbol: '%' }, count('%'))).toBe(false)
  })
})
