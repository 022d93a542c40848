import { describe, expect, it } from 'vitest'
import type { CatalogUnit } from '@/db/catalogRepository'
import { queryMatches, resolveView, toViewQuery } from '@/stores/viewResolution'

const CATALOG: CatalogUnit[] = [
  { unit: '甲局', years: [{ year: 2024, latestQuarter: 3 }, { year: 2023, latestQuarter: 4 }] },
  { unit: '乙局', years: [{ year: 2024, latestQuarter: null }] },
]

describe('resolveView', () => {
  it('takes everything from the query when it names what exists', () => {
    expect(resolveView({ unit: '乙局', year: '2024', q: '2' }, CATALOG)).toEqual({ unit: '乙局', year: 2024, quarter: 2 })
  })

  it('falls back to the first unit, its latest year and that year’s latest quarter', () => {
    expect(resolveView({}, CATALOG)).toEqual({ unit: '甲局', year: 2024, quarter: 3 })
    expect(resolveView({ unit: '乙局' }, CATALOG)).toEqual({ unit: '乙局', year: 2024, quarter: 1 })
  })

  it('uses the last viewed selection for what the query leaves out', () => {
    const last = { unit: '甲局', year: 2023, quarter: 2 as const }
    expect(resolveView({}, CATALOG, last)).toEqual(last)
    expect(resolveView({ q: '4' }, CATALOG, last)).toEqual({ unit: '甲局', year: 2023, quarter: 4 })
    // The last year belongs to another unit: not carried over.
    expect(resolveView({ unit: '乙局' }, CATALOG, last)).toEqual({ unit: '乙局', year: 2024, quarter: 1 })
  })

  it('corrects unknown units, years and quarters', () => {
    expect(resolveView({ unit: '丙局', year: '1999', q: '9' }, CATALOG)).toEqual({ unit: '甲局', year: 2024, quarter: 3 })
    expect(resolveView({ unit: ['乙局', '甲局'], year: '2024', q: 'Q2' }, CATALOG)).toEqual({ unit: '乙局', year: 2024, quarter: 2 })
  })

  it('accepts quarter= and month= as well as q=, never ignoring them', () => {
    expect(resolveView({ unit: '甲局', year: '2024', quarter: '2' }, CATALOG)).toEqual({ unit: '甲局', year: 2024, quarter: 2 })
    expect(resolveView({ unit: '甲局', year: '2024', quarter: '第一季度' }, CATALOG)).toEqual({ unit: '甲局', year: 2024, quarter: 1 })
    // month 3q is quarter q; a month inside a quarter stands for the last quarter ended by then
    expect(resolveView({ unit: '甲局', year: '2024', month: '6' }, CATALOG)).toEqual({ unit: '甲局', year: 2024, quarter: 2 })
    expect(resolveView({ unit: '甲局', year: '2024', month: '7月' }, CATALOG)).toEqual({ unit: '甲局', year: 2024, quarter: 2 })
    expect(resolveView({ unit: '甲局', year: '2024', month: '12' }, CATALOG)).toEqual({ unit: '甲局', year: 2024, quarter: 4 })
    expect(resolveView({ unit: '甲局', year: '2024', month: '2' }, CATALOG)).toEqual({ unit: '甲局', year: 2024, quarter: 1 })
    // q= wins over the others; an unreadable month falls back like an unknown quarter
    expect(resolveView({ unit: '甲局', year: '2024', q: '1', month: '9' }, CATALOG)).toEqual({ unit: '甲局', year: 2024, quarter: 1 })
    expect(resolveView({ unit: '甲局', year: '2024', month: '13' }, CATALOG)).toEqual({ unit: '甲局', year: 2024, quarter: 3 })
    // the URL is then rewritten to the canonical q=
    expect(queryMatches({ unit: '甲局', year: '2024', quarter: '2' }, { unit: '甲局', year: 2024, quarter: 2 })).toBe(false)
  })

  it('returns null when there is no unit', () => {
    expect(resolveView({ unit: '甲局' }, [])).toBeNull()
  })
})

describe('toViewQuery / queryMatches', () => {
  it('round-trips a selection through the URL query', () => {
    const selection = { unit: '九江市柴桑区商务局', year: 2024, quarter: 3 as const }
    const query = toViewQuery(selection)
    expect(query).toEqual({ unit: '九江市柴桑区商务局', year: '2024', q: '3' })
    expect(resolveView(query, [{ unit: selection.unit, years: [{ year: 2024, latestQuarter: 1 }] }])).toEqual(selection)
    expect(queryMatches(query, selection)).toBe(true)
    expect(queryMatches({ ...query, q: '2' }, selection)).toBe(false)
  })
})
