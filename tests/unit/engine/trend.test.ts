import { describe, expect, it } from 'vitest'
import { indicatorTrend } from '@/domain/engine/trend'
import { actual, target } from '../fixtures'

describe('indicatorTrend', () => {
  it('projects from the latest period with a number, skipping later ones without', () => {
    const row = target('招商数', { targetText: '≥20个' })
    // Q1 3, Q2 unreadable, Q3 not given: the projection runs from Q1, 3 × 12 / 3 = 12.
    const trend = indicatorTrend(row, [actual(row, 1, '3'), actual(row, 2, '很多')])
    expect(trend).toMatchObject({
      unit: '个',
      target: 20,
      actual: [3, null, null, null],
      projection: { from: 3, value: 3, projected: 12 },
    })
  })

  it('has no projection when nothing is a number', () => {
    const row = target('招商数', { targetText: '≥20个' })
    expect(indicatorTrend(row, [actual(row, 1, '很多')])).toMatchObject({
      actual: [null, null, null, null],
      projection: null,
    })
  })

  it('is kept for every numeric kind, and none for deadlines and words', () => {
    const kinds = ['≥20个', '≤60万元', '=4次', '10至20家', '2024年12月31日前', '作用明显', '约莫12个']
    expect(kinds.map((text) => indicatorTrend(target('某项', { targetText: text }), []) !== null)).toEqual([
      true,
      true,
      true,
      true,
      false,
      false,
      false,
    ])
    expect(indicatorTrend(target('区间', { targetText: '10至20家' }), [])).toMatchObject({ target: 20 })
  })
})
