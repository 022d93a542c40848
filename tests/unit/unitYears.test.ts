import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { JixiaoDatabase } from '@/db/database'
import { mergeUnitYears, refreshUnitYears } from '@/db/unitYears'
import { actual, target, UNIT } from './fixtures'

let db: JixiaoDatabase
let counter = 0

beforeEach(() => {
  db = new JixiaoDatabase(`unit-years-${++counter}`)
})
afterEach(() => db.delete())

describe('refreshUnitYears', () => {
  it('finds the latest quarter whichever indicator reported it', async () => {
    // Actuals run in indicator order: the last one read is not the latest quarter.
    const first = target('甲指标', { code: 'A' })
    const last = target('乙指标', { code: 'Z' })
    await db.targets.bulkAdd([first, last])
    await db.actuals.bulkAdd([actual(first, 1, '1次'), actual(first, 3, '3次'), actual(last, 1, '1次')])
    await db.transaction('rw', db.writeScope, () => refreshUnitYears(db.unitYearSources, [[UNIT, 2024]]))
    expect(await db.unitYears.toArray()).toEqual([{ unit: UNIT, year: 2024, latestQuarter: 3 }])
  })
})

describe('mergeUnitYears', () => {
  it('adds new lines, moves a line to a later quarter, and rewrites only those', async () => {
    await db.unitYears.bulkAdd([
      { unit: UNIT, year: 2024, latestQuarter: 2 },
      { unit: '乙局', year: 2024, latestQuarter: null },
      { unit: '丙局', year: 2024, latestQuarter: 3 },
    ])
    const put = vi.spyOn(db.unitYears, 'bulkPut')
    const rows = [
      { unit: UNIT, year: 2024, quarter: 1 as const },
      { unit: '乙局', year: 2024, quarter: 3 as const },
      { unit: '丙局', year: 2024, quarter: 2 as const },
      { unit: '丁局', year: 2023 },
    ]
    await db.transaction('rw', db.unitYears, () => mergeUnitYears(db.unitYears, rows))
    expect(put.mock.calls[0]![0]).toEqual([
      { unit: '乙局', year: 2024, latestQuarter: 3 },
      { unit: '丁局', year: 2023, latestQuarter: null },
    ])
    expect((await db.unitYears.toArray()).map((l) => [l.unit, l.latestQuarter]).sort()).toEqual([
      ['丁局', null],
      ['丙局', 3],
      ['乙局', 3],
      [UNIT, 2],
    ].sort())
  })
})
