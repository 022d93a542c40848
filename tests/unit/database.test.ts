import Dexie from 'dexie'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { CatalogRepository } from '@/db/catalogRepository'
import { JixiaoDatabase } from '@/db/database'
import { DatasetRepository } from '@/db/datasetRepository'
import { DATA_TABLE_NAMES, datasetOf, type Dataset, type DatasetDraft } from '@/domain/model'
import { SCHEMA_VERSIONS } from '@/db/schema'
import type { BatchRecord } from '@/domain/storedRecords'
import { SettingsRepository } from '@/db/settingsRepository'
import { documentsOf } from '@/db/documents'
import { decodeDocument, encodeDocument } from '@/db/storedForm'
import { actual, budgetLine, dataset, legacyActual, legacySpent, spent, target } from './fixtures'

let database: JixiaoDatabase
let repo: DatasetRepository
let catalog: CatalogRepository
let counter = 0

const batch = (fileName = 'f.csv'): Omit<BatchRecord, 'id'> => ({
  kind: 'sample',
  fileName,
  importedAt: 1_700_000_000_000,
  counts: { added: 0, updated: 0, unchanged: 0, skipped: 0 },
  sample: true,
})

/** A small unit-year: two indicators, one budget line, values for Q1 and Q2. */
function smallDataset(): Dataset {
  const a = target('培训次数')
  const b = target('满意度', { targetText: '≥90%', position: 3 })
  const line = budgetLine('人员经费', 100)
  return dataset({
    targets: [a, b],
    budgets: [line],
    actuals: [actual(a, 1, '2次'), actual(a, 2, '5次'), actual(b, 2, '93%')],
    spending: [spent(line, 1, 20), spent(line, 2, 45)],
  })
}

/** Every record of every table, for before/after comparisons. */
async function snapshot(db: JixiaoDatabase) {
  return {
    documents: (await db.documents.toArray()).map(decodeDocument),
    catalog: await db.catalog.toArray(),
    batches: await db.batches.toArray(),
    before: await db.before.toArray(),
  }
}

const period = (month: number, byMonth = false) => ({ month, byMonth })

beforeEach(async () => {
  database = new JixiaoDatabase(`test-${++counter}`)
  await database.open()
  repo = new DatasetRepository(database)
  catalog = new CatalogRepository(database)
})

afterEach(async () => {
  await database.delete()
})

describe('schema', () => {
  it('holds one document per unit-year, the catalog, the history with what each batch changed, and settings', () => {
    expect(database.verno).toBe(7)
    expect(SCHEMA_VERSIONS.map((v) => v.version)).toEqual([1, 2, 3, 4, 5, 6, 7])
    expect(database.tables.map((t) => t.name).sort()).toEqual([
      'batches',
      'before',
      'catalog',
      'codes',
      'documents',
      'settings',
      'standings',
    ])
    expect(database.documents.schema.primKey.keyPath).toEqual(['year', 'unit'])
    expect(database.documents.schema.indexes).toEqual([])
  })

  it('upgrades a version 1 database, keeping its rows', async () => {
    const name = `upgrade-${counter}`
    const v1 = new Dexie(name)
    v1.version(1).stores(SCHEMA_VERSIONS[0]!.stores)
    const old = target('老指标')
    await v1.table('targets').add(old)
    await v1.table('actuals').add(legacyActual(old, 1, '3次'))
    v1.close()
    const upgraded = new JixiaoDatabase(name)
    await upgraded.open()
    expect(upgraded.verno).toBe(7)
    // Every version in turn: v6's keys, then one document with the value as of month 3.
    const stored = decodeDocument((await upgraded.documents.get([2024, '测试局']))!)
    expect(stored?.targets.map((t) => t.name)).toEqual(['老指标'])
    expect(stored?.actuals).toEqual([actual(old, 1, '3次')])
    expect(await new CatalogRepository(upgraded).loadCatalog()).toEqual([
      { unit: '测试局', years: [{ year: 2024, periods: [period(3)] }] },
    ])
    expect(await upgraded.before.count()).toBe(0)
    await upgraded.delete()
  })

  it('knows before opening whether data stored by an older version must be upgraded first', async () => {
    const name = `pending-${counter}`
    const v4 = new Dexie(name)
    for (const { version, stores } of SCHEMA_VERSIONS.slice(0, 4)) v4.version(version).stores(stores)
    await v4.open()
    v4.close()
    const stored = new JixiaoDatabase(name)
    expect(await stored.upgradePending()).toBe(true)
    await stored.open()
    expect(await stored.upgradePending()).toBe(false)
    stored.close()
    expect(await new JixiaoDatabase(name).upgradePending()).toBe(false)
    expect(await new JixiaoDatabase(`never-opened-${counter}`).upgradePending()).toBe(false)
    await stored.delete()
  })

  it('upgrades a version 3 database to the year-led indexes, keeping rows and catalog', async () => {
    const name = `upgrade3-${counter}`
    const v3 = new Dexie(name)
    for (const { version, stores } of SCHEMA_VERSIONS.slice(0, 3)) v3.version(version).stores(stores)
    const kept = target('保留指标', { year: 2023 })
    const line = budgetLine('项目经费', 20, { year: 2023 })
    await v3.table('targets').add(kept)
    await v3.table('budgets').add(line)
    await v3.table('spending').add(legacySpent(line, 2, 5))
    await v3.table('unitYears').add({ unit: '测试局', year: 2023, latestQuarter: 2 })
    v3.close()
    const upgraded = new JixiaoDatabase(name)
    const catalog = new CatalogRepository(upgraded)
    const year = datasetOf(await catalog.loadYearDocuments(2023))
    expect([year.targets.length, year.budgets.length, year.spending.length]).toEqual([1, 1, 1])
    expect(datasetOf(await catalog.loadYearDocuments(2024)).targets).toEqual([])
    expect(await catalog.loadCatalog()).toEqual([{ unit: '测试局', years: [{ year: 2023, periods: [period(6)] }] }])
    expect(await catalog.counts()).toEqual({ targets: 1, budgets: 1, actuals: 0, spending: 1 })
    await upgraded.delete()
  })

  it('refuses two documents for one unit-year', async () => {
    const [document] = documentsOf(smallDataset())
    await database.documents.add(encodeDocument(document!))
    await expect(database.documents.add(encodeDocument({ ...document!, targets: [] }))).rejects.toThrow(
      Dexie.ConstraintError,
    )
  })
})

describe('DatasetRepository', () => {
  it('seeds a new database once, as one document per unit-year', async () => {
    expect(await repo.isEmpty()).toBe(true)
    expect(await repo.seedOnFirstStart(smallDataset(), batch())).toBe(true)
    expect(await repo.seedOnFirstStart(smallDataset(), batch('again.csv'))).toBe(false)
    expect(await repo.counts()).toEqual({ targets: 2, budgets: 1, actuals: 3, spending: 2, batches: 1 })
    const small = smallDataset()
    expect((await database.documents.toArray()).map(decodeDocument)).toEqual([{ year: 2024, unit: '测试局', ...small }])
    expect(await database.codes.toArray()).toEqual([
      { year: 2024, unit: '测试局', codes: small.targets.map((t) => t.code) },
    ])
  })

  it('does not seed again once the user has cleared the data', async () => {
    await repo.seedOnFirstStart(smallDataset(), batch())
    await repo.clearAll()
    expect(await repo.seedOnFirstStart(smallDataset(), batch())).toBe(false)
    expect(await repo.isEmpty()).toBe(true)
  })

  it('does not seed a database that already holds data', async () => {
    await database.documents.add(encodeDocument(documentsOf(dataset({ targets: [target('已有指标')] }))[0]!))
    expect(await repo.seedOnFirstStart(smallDataset(), batch())).toBe(false)
    expect((await database.documents.toArray()).map((d) => d.targets.length)).toEqual([1])
  })

  it('two seeds racing write the sample once', async () => {
    const results = await Promise.all([
      repo.seedOnFirstStart(smallDataset(), batch()),
      repo.seedOnFirstStart(smallDataset(), batch()),
    ])
    expect(results.sort()).toEqual([false, true])
    expect((await repo.counts()).targets).toBe(2)
  })

  it('replaceAll swaps every table in one go', async () => {
    await repo.seedOnFirstStart(smallDataset(), batch())
    const other = dataset({ targets: [target('新指标', { unit: '乙局' })] })
    await repo.replaceAll(other, batch('b.csv'))
    expect(await repo.counts()).toEqual({ targets: 1, budgets: 0, actuals: 0, spending: 0, batches: 1 })
    expect((await database.documents.toArray()).map((d) => d.unit)).toEqual(['乙局'])
  })

  it('leaves the store exactly as before when a write fails midway', async () => {
    await repo.seedOnFirstStart(smallDataset(), batch())
    const before = await snapshot(database)
    // A second unit-year with a document that cannot be cloned: bulkAdd fails after the batch was written.
    const broken = {
      ...smallDataset(),
      targets: [...smallDataset().targets, { ...target('坏', { unit: '乙局' }), bad: () => 0 } as never],
    }
    await expect(repo.replaceAll(broken, batch('broken.csv'))).rejects.toThrow()
    expect(await snapshot(database)).toEqual(before)
  })

  it('clearAll removes data and history but keeps settings', async () => {
    await repo.seedOnFirstStart(smallDataset(), batch())
    const settings = new SettingsRepository(database)
    await settings.set('locale', 'en')
    await repo.clearAll()
    expect(await repo.counts()).toEqual({ targets: 0, budgets: 0, actuals: 0, spending: 0, batches: 0 })
    expect(await settings.get('locale')).toBe('en')
  })
})

describe('CatalogRepository', () => {
  it('lists units in pinyin order with their years, newest first, and the periods reported', async () => {
    const small = smallDataset()
    const old = budgetLine('合计', 500, { year: 2023 })
    const other = target('指标', { unit: '阿局', year: 2024 })
    await repo.seedOnFirstStart(
      dataset({
        targets: [...small.targets, other],
        budgets: [...small.budgets, old],
        actuals: small.actuals,
        spending: [...small.spending, spent(old, 4, 480)],
      }),
      batch(),
    )
    expect(await catalog.loadCatalog()).toEqual([
      { unit: '阿局', years: [{ year: 2024, periods: [] }] },
      {
        unit: '测试局',
        years: [
          { year: 2024, periods: [period(3), period(6)] },
          { year: 2023, periods: [period(12)] },
        ],
      },
    ])
  })

  it('loads one unit-year and nothing of other years', async () => {
    const small = smallDataset()
    await repo.seedOnFirstStart(
      { ...small, budgets: [...small.budgets, budgetLine('合计', 9, { year: 2023 })] },
      batch(),
    )
    const loaded = await catalog.loadUnitYear('测试局', 2024)
    expect(loaded.targets.map((t) => t.name).sort()).toEqual(['培训次数', '满意度'])
    expect(loaded.budgets.map((b) => b.item)).toEqual(['人员经费'])
    expect(loaded.actuals).toHaveLength(3)
    expect(loaded.spending).toHaveLength(2)
    expect((await catalog.loadUnitYear('测试局', 2025)).targets).toEqual([])
  })

  it('loads one indicator with its periods in order, or null', async () => {
    const small = smallDataset()
    await repo.seedOnFirstStart({ ...small, actuals: [...small.actuals].reverse() }, batch())
    const found = await catalog.loadIndicator(small.targets[0]!.code)
    expect(found?.target.name).toBe('培训次数')
    expect(found?.actuals.map((a) => [a.month, a.actualText])).toEqual([
      [3, '2次'],
      [6, '5次'],
    ])
    expect(await catalog.loadIndicator('nope')).toBeNull()
  })
})

describe('loadAcrossYears', () => {
  it('finds the same indicator in other years, newest first, with its values', async () => {
    const t2022 = target('培训次数', { year: 2022 })
    const t2023 = target('培训次数', { year: 2023 })
    const other = target('其他指标', { year: 2023 })
    await repo.seedOnFirstStart(
      dataset({
        targets: [t2022, t2023, other, target('培训次数')],
        actuals: [actual(t2023, 4, '5次'), actual(t2023, 2, '2次')],
      }),
      batch(),
    )
    const found = await catalog.loadAcrossYears('测试局', '部门整体', '培训次数', [2022, 2023, 2025])
    expect(found.map((f) => [f.target.year, f.actuals.map((a) => a.actualText)])).toEqual([
      [2023, ['2次', '5次']],
      [2022, []],
    ])
  })
})

describe('a second tab upgrading the schema', () => {
  it('closes this connection and tells the app, so nothing is written with the old schema', async () => {
    let told = 0
    database.onUpgradeElsewhere(() => (told += 1))
    const newer = new Dexie(database.name)
    for (const { version, stores } of SCHEMA_VERSIONS) newer.version(version).stores(stores)
    newer.version(99).stores({ extra: 'id' })
    await newer.open()
    expect(told).toBe(1)
    expect(database.isOpen()).toBe(false)
    newer.close()
  })
})

describe('reading many unit-years', () => {
  /** `n` units in 2024 and one in 2023, each a small unit-year. */
  async function seedUnits(n: number) {
    const parts = [
      ...Array.from({ length: n }, (_, i) => ({ unit: `单位${i}`, year: 2024 })),
      { unit: '单位0', year: 2023 },
    ]
    const all: DatasetDraft = { targets: [], budgets: [], actuals: [], spending: [] }
    for (const { unit, year } of parts) {
      const t = target('培训次数', { unit, year })
      const line = budgetLine('人员经费', 100, { unit, year })
      all.targets.push(t)
      all.budgets.push(line)
      all.actuals.push(actual(t, 1, '2次'))
      all.spending.push(spent(line, 1, 20))
    }
    await repo.replaceAll(all, batch())
  }
  const unitsOf = (data: Dataset) =>
    DATA_TABLE_NAMES.map((table) =>
      data[table].map((r: { unit: string; year: number }) => `${r.unit}|${r.year}`).sort(),
    )

  it('loadYearDocuments reads every unit of one year, and only that year', async () => {
    await seedUnits(3)
    const data = datasetOf(await catalog.loadYearDocuments(2024))
    expect(unitsOf(data)).toEqual(Array.from({ length: 4 }, () => ['单位0|2024', '单位1|2024', '单位2|2024']))
  })

  /** The rows of the unit-years an import reads for its check, as one data set. */
  const forImport = async (unitYears: readonly (readonly [string, number])[]) =>
    datasetOf(
      [...(await catalog.loadForImport(unitYears.map(([unit, year]) => [year, unit]))).values()].map((h) => h.document),
    )

  it('loadForImport gives exactly the unit-years asked for, a few or many of a year', async () => {
    await seedUnits(30)
    const few = await forImport([
      ['单位3', 2024],
      ['单位0', 2023],
    ])
    expect(unitsOf(few)).toEqual(Array.from({ length: 4 }, () => ['单位0|2023', '单位3|2024']))
    const wanted = Array.from({ length: 25 }, (_, i) => [`单位${i}`, 2024] as const)
    const many = await forImport([...wanted, ['单位0', 2023]])
    const expected = [...wanted.map(([u]) => `${u}|2024`), '单位0|2023'].sort()
    expect(unitsOf(many)).toEqual(Array.from({ length: 4 }, () => expected))
  })
})
