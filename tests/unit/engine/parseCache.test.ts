import { describe, expect, it } from 'vitest'
import { parseActual } from '@/domain/engine/actualParser'
import { parseActualCached, parseTargetCached } from '@/domain/engine/parseCache'
import { parseTarget } from '@/domain/engine/targetParser'

describe('parse caches', () => {
  it('give what the parsers give, shared between equal inputs', () => {
    const context = { year: 2024, level2: '数量指标', name: '培训次数' }
    const first = parseTargetCached('≥4次', context)
    expect(first).toEqual(parseTarget('≥4次', context))
    expect(parseTargetCached('≥4次', { ...context })).toBe(first)
    expect(parseActualCached('3次', first, 2024)).toEqual(parseActual('3次', first, 2024))
    expect(parseActualCached('3次', first, 2024)).toBe(parseActualCached('3次', first, 2024))
  })

  it('keep inputs apart that differ in any part of the context', () => {
    const base = { year: 2024, level2: '质量指标', name: '合格率' }
    const atLeast = parseTargetCached('90%', base)
    expect(parseTargetCached('90%', { ...base, direction: '反向' })).not.toEqual(atLeast)
    expect(parseTargetCached('12月底前', { year: 2023 })).toMatchObject({ kind: 'deadline', due: '2023-12-31' })
    expect(parseTargetCached('12月底前', { year: 2024 })).toMatchObject({ kind: 'deadline', due: '2024-12-31' })
    expect(parseActualCached('2024-06-30', parseTargetCached('12月底前', { year: 2024 }), 2024)).toMatchObject({
      kind: 'completion',
      date: '2024-06-30',
    })
  })
})

describe("parse caches at a province's scale", () => {
  it('keep thousands of values against one shared target', () => {
    const shared = parseTargetCached('≥90%', { year: 2024, level2: '质量指标', name: '验收合格率' })
    const first = parseActualCached('50.0%', shared, 2024)
    for (let i = 0; i < 5000; i++) parseActualCached(`${(i / 100).toFixed(2)}%`, shared, 2024)
    expect(parseActualCached('50.0%', shared, 2024)).toBe(first)
    expect(parseActualCached('50.0%', shared, 2023)).not.toBe(first)
  })
})
