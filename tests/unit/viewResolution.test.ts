import { describe, expect, it } from 'vitest'
import type { CatalogUnit } from '@/db/catalogRepository'
import type { Month } from '@/domain/period'
import { likelyUnitYear, queryMatches, resolveView, toViewQuery } from '@/stores/viewResolution'

const quarters = (...months: Month[]) => months.map((month) => ({ month, byMonth: false }))
const CATALOG: CatalogUnit[] = [
  {
    unit: '甲局',
    years: [
      { year: 2024, periods: [...quarters(3, 6), { month: 7, byMonth: true }, ...quarters(9)] },
      { year: 2023, periods: quarters(12) },
    ],
  },
  { unit: '乙局', years: [{ year: 2024, periods: [] }] },
]
const at = (unit: string, year: number, month: Month) => ({ unit, year, month })

describe('resolveView', () => {
  it('takes everything from the query when it names what exists', () => {
    expect(resolveView({ unit: '乙局', year: '2024', q: '2' }, CATALOG)).toEqual(at('乙局', 2024, 6))
  })

  it('falls back to the first unit, its latest year and that year’s latest period (the first quarter when none)', () => {
    expect(resolveView({}, CATALOG)).toEqual(at('甲局', 2024, 9))
    expect(resolveView({ unit: '乙局' }, CATALOG)).toEqual(at('乙局', 2024, 3))
  })

  it('uses the last viewed selection for what the query leaves out', () => {
    const last = at('甲局', 2023, 6)
    expect(resolveView({}, CATALOG, last)).toEqual(last)
    expect(resolveView({ q: '4' }, CATALOG, last)).toEqual(at('甲局', 2023, 12))
    // The last year belongs to another unit: not carried over.
    expect(resolveView({ unit: '乙局' }, CATALOG, last)).toEqual(at('乙局', 2024, 3))
  })

  it('corrects unknown units, years and periods', () => {
    expect(resolveView({ unit: '丙局', year: '1999', q: '9' }, CATALOG)).toEqual(at('甲局', 2024, 9))
    expect(resolveView({ unit: ['乙局', '甲局'], year: '2024', q: 'Q2' }, CATALOG)).toEqual(at('乙局', 2024, 6))
  })

  it('accepts quarter= and month= as well as q=, a month as the month it names', () => {
    expect(resolveView({ unit: '甲局', year: '2024', quarter: '2' }, CATALOG)).toEqual(at('甲局', 2024, 6))
    expect(resolveView({ unit: '甲局', year: '2024', quarter: '第一季度' }, CATALOG)).toEqual(at('甲局', 2024, 3))
    expect(resolveView({ unit: '甲局', year: '2024', month: '6' }, CATALOG)).toEqual(at('甲局', 2024, 6))
    expect(resolveView({ unit: '甲局', year: '2024', month: '7月' }, CATALOG)).toEqual(at('甲局', 2024, 7))
    expect(resolveView({ unit: '甲局', year: '2024', month: '1-7月' }, CATALOG)).toEqual(at('甲局', 2024, 7))
    expect(resolveView({ unit: '甲局', year: '2024', month: '2' }, CATALOG)).toEqual(at('甲局', 2024, 2))
    // q= wins over the others; an unreadable month falls back like an unknown quarter
    expect(resolveView({ unit: '甲局', year: '2024', q: '1', month: '9' }, CATALOG)).toEqual(at('甲局', 2024, 3))
    expect(resolveView({ unit: '甲局', year: '2024', month: '13' }, CATALOG)).toEqual(at('甲局', 2024, 9))
    // the URL is then rewritten to the canonical q=
    expect(queryMatches({ unit: '甲局', year: '2024', quarter: '2' }, at('甲局', 2024, 6))).toBe(false)
  })

  it('returns null when there is no unit', () => {
    expect(resolveView({ unit: '甲局' }, [])).toBeNull()
  })
})

describe('toViewQuery / queryMatches', () => {
  it('round-trips a quarter through the URL query as q=', () => {
    const selection = at('九江市柴桑区商务局', 2024, 9)
    const query = toViewQuery(selection)
    expect(query).toEqual({ unit: '九江市柴桑区商务局', year: '2024', q: '3' })
    expect(resolveView(query, [{ unit: selection.unit, years: [{ year: 2024, periods: quarters(3) }] }])).toEqual(
      selection,
    )
    expect(queryMatches(query, selection)).toBe(true)
    expect(queryMatches({ ...query, q: '2' }, selection)).toBe(false)
  })

  it('writes a month as month=, and a quarter’s end given by month (1-6月) as month= too', () => {
    expect(toViewQuery(at('甲局', 2024, 7))).toEqual({ unit: '甲局', year: '2024', month: '7' })
    expect(toViewQuery(at('甲局', 2024, 6), true)).toEqual({ unit: '甲局', year: '2024', month: '6' })
    expect(queryMatches({ unit: '甲局', year: '2024', month: '7' }, at('甲局', 2024, 7))).toBe(true)
    expect(queryMatches({ unit: '甲局', year: '2024', month: '7', q: '2' }, at('甲局', 2024, 7))).toBe(false)
    expect(resolveView({ unit: '甲局', year: '2024', month: '7' }, CATALOG)).toEqual(at('甲局', 2024, 7))
  })
})

describe('likelyUnitYear', () => {
  const last = at('甲局', 2023, 12)
  it('takes the unit and year a link names', () => {
    expect(likelyUnitYear({ unit: '乙局', year: '2024', q: '3' }, last)).toEqual({ unit: '乙局', year: 2024 })
  })
  it('takes the last viewed unit-year when the link names neither', () => {
    expect(likelyUnitYear({}, last)).toEqual({ unit: '甲局', year: 2023 })
  })
  it('takes the last viewed year for the same unit, and the link year for the last unit', () => {
    expect(likelyUnitYear({ unit: '甲局' }, last)).toEqual({ unit: '甲局', year: 2023 })
    expect(likelyUnitYear({ year: '2024' }, last)).toEqual({ unit: '甲局', year: 2024 })
  })
  it('guesses nothing when the year is unknown', () => {
    expect(likelyUnitYear({ unit: '乙局' }, last)).toBeUndefined()
    expect(likelyUnitYear({ unit: '乙局', year: 'x' })).toBeUndefined()
    expect(likelyUnitYear({})).toBeUndefined()
  })
})
