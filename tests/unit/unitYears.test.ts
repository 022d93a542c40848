import { describe, expect, it } from 'vitest'
import { groupByUnitYear, unitYearIdOf, unitYearKeyOf, unitYearsOf } from '@/domain/unitYears'

const rows = [
  { year: 2024, unit: '甲局', n: 1 },
  { year: 2024, unit: '甲局', n: 2 },
  { year: 2023, unit: '甲局', n: 3 },
  { year: 2024, unit: '乙局', n: 4 },
  { year: 2024, unit: '甲局', n: 5 },
]

describe('unit-year keys', () => {
  it('key a row by year, then unit', () => {
    expect(unitYearKeyOf(rows[0]!)).toEqual([2024, '甲局'])
    expect(unitYearIdOf(rows[0]!)).toBe('2024\u0000甲局')
  })
})

describe('unitYearsOf', () => {
  it('lists each unit-year once, in the order first met, runs or not', () => {
    expect(unitYearsOf(rows, (r) => r)).toEqual([
      [2024, '甲局'],
      [2023, '甲局'],
      [2024, '乙局'],
    ])
  })

  it('leaves out the rows read as null', () => {
    expect(unitYearsOf(rows, (r) => (r.n === 3 ? null : r))).toEqual([
      [2024, '甲局'],
      [2024, '乙局'],
    ])
    expect(unitYearsOf([], (r) => r)).toEqual([])
  })
})

describe('groupByUnitYear', () => {
  it("groups items by unit-year in the order first met, each group in the items' order", () => {
    const groups = groupByUnitYear(rows, (r) => r)
    expect([...groups.keys()]).toEqual(['2024\u0000甲局', '2023\u0000甲局', '2024\u0000乙局'])
    expect([...groups.values()].map((group) => group.map((r) => r.n))).toEqual([[1, 2, 5], [3], [4]])
  })

  it('reads the unit-year through `read`', () => {
    const planned = rows.map((record) => ({ record }))
    expect([...groupByUnitYear(planned, (p) => p.record).values()].map((group) => group.length)).toEqual([3, 1, 1])
  })
})
