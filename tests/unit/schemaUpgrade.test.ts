import { decodeBefore, decodeDocument } from '@/db/storedForm'
import Dexie from 'dexie'
import { describe, expect, it } from 'vitest'
import { CatalogRepository } from '@/db/catalogRepository'
import { JixiaoDatabase } from '@/db/database'
import { ImportRepository } from '@/db/importRepository'
import { rekeyChanges } from '@/db/rekeyChanges'
import { SCHEMA_VERSIONS } from '@/db/schema'
import type { BatchRecord } from '@/domain/storedRecords'
import type { ChangeRecord } from '@/domain/legacyRecords'
import { actual, legacyActual, target, UNIT } from './fixtures'

let counter = 0
const SCOPE = '部门整体'

const batch = (id: number, fileName: string): BatchRecord => ({
  id,
  kind: 'actuals',
  fileName,
  importedAt: 1_700_000_000_000 + id,
  counts: { added: 0, updated: 0, unchanged: 0, skipped: 0 },
  sample: false,
})

/** Three imports as a version 4 database holds them, with undo records in its keys. */
function version4History() {
  const training = target('培训次数')
  const survey = target('满意度', { code: 'SAT-1', targetText: '≥90%', position: 3 })
  const late = target('宣传次数', { position: 4 })
  const trainingQ2Before = { ...legacyActual(training, 2, '3次'), batchId: 1 }
  const rows = {
    targets: [
      { ...training, batchId: 1 },
      { ...survey, batchId: 1 },
      { ...late, batchId: 3 },
    ],
    actuals: [
      { ...legacyActual(training, 1, '2次'), batchId: 2 },
      { ...legacyActual(training, 2, '5次'), batchId: 2 },
      { ...legacyActual(survey, 2, '93%'), batchId: 2 },
    ],
  }
  const changes: ChangeRecord[] = [
    { id: 1, batchId: 1, table: 'targets', added: [training.code, 'SAT-1'], replaced: [] },
    { id: 2, batchId: 1, table: 'actuals', added: [[training.code, 2]], replaced: [] },
    {
      id: 3,
      batchId: 2,
      table: 'actuals',
      added: [
        [training.code, 1],
        ['SAT-1', 2],
      ],
      replaced: [trainingQ2Before],
    },
    // The per-row form, from before undo records were written per table.
    { id: 4, batchId: 3, table: 'targets', before: null, after: rows.targets[2]! },
  ]
  return {
    training,
    survey,
    late,
    trainingQ2Before,
    rows,
    changes,
    batches: [batch(1, 'targets.csv'), batch(2, 'q2.csv'), batch(3, 'more.csv')],
  }
}

/** The three imports written by schema version 4 (keys by code), then the app's database over them, not yet opened. */
async function afterVersion4(label: string) {
  const name = `upgrade6-${label}-${++counter}`
  const history = version4History()
  const v4 = new Dexie(name)
  for (const { version, stores } of SCHEMA_VERSIONS.slice(0, 4)) v4.version(version).stores(stores)
  await v4.table('targets').bulkAdd(history.rows.targets)
  await v4.table('actuals').bulkAdd(history.rows.actuals)
  await v4.table('batches').bulkAdd(history.batches)
  await v4.table('changes').bulkAdd(history.changes)
  await v4.table('unitYears').add({ unit: UNIT, year: 2024, latestQuarter: 2 })
  v4.close()
  return { db: new JixiaoDatabase(name), history }
}

/** A row without the batch stamp schema v6 and earlier wrote on it. */
const unstamped = <T extends { batchId?: number }>({ batchId: _b, ...row }: T) => row

describe('upgrading a version 4 database to version 7 (one document per unit-year)', () => {
  it('moves every target and value into the unit-year document, values as of month 3q', async () => {
    const { db, history } = await afterVersion4('rows')
    await db.open()
    expect(db.verno).toBe(7)
    expect(db.tables.map((t) => t.name).sort()).toEqual([
      'batches',
      'before',
      'catalog',
      'codes',
      'documents',
      'settings',
      'standings',
    ])
    expect((await db.codes.toArray()).flatMap((c) => c.codes).sort()).toEqual(
      [history.training.code, 'SAT-1', history.late.code].sort(),
    )
    const { training, survey, late } = history
    // Rows come in v6's key order; screens order them by position and month.
    const key = (row: unknown) => JSON.stringify(row, Object.keys(row as object).sort())
    const sorted = <T>(rows: readonly T[]) => [...rows].sort((a, b) => key(a).localeCompare(key(b)))
    const [document] = (await db.documents.toArray()).map(decodeDocument)
    expect({ ...document, targets: sorted(document!.targets), actuals: sorted(document!.actuals) }).toEqual({
      year: 2024,
      unit: UNIT,
      targets: sorted([training, survey, late]),
      budgets: [],
      actuals: sorted([actual(training, 1, '2次'), actual(training, 2, '5次'), actual(survey, 2, '93%')]),
      spending: [],
    })
    expect(await db.batches.toArray()).toEqual(history.batches)
    expect(await db.catalog.toArray()).toEqual([
      {
        year: 2024,
        lines: [
          {
            unit: UNIT,
            year: 2024,
            periods: [
              { month: 3, byMonth: false },
              { month: 6, byMonth: false },
            ],
            counts: { targets: 3, budgets: 0, actuals: 3, spending: 0 },
            stamp: expect.any(Number),
          },
        ],
      },
    ])
    await db.delete()
  })

  it('turns the undo records (keys of v4, of v6, and per row) into each batch’s tables as they were before it', async () => {
    const { db, history } = await afterVersion4('before')
    await db.open()
    const key = [2024, UNIT]
    expect((await db.before.toArray()).map(decodeBefore)).toEqual([
      // The first import made the document.
      { batchId: 1, documents: [{ key, parts: null }] },
      // Before the second: training's Q2 value as the first import wrote it.
      {
        batchId: 2,
        documents: [
          {
            key,
            parts: {
              actuals: [{ ...unstamped(history.trainingQ2Before), month: 6, quarter: undefined }].map(
                ({ quarter: _q, ...a }) => a,
              ),
            },
          },
        ],
      },
      // Before the third (per-row form): the two targets of the first.
      { batchId: 3, documents: [{ key, parts: { targets: [history.training, history.survey] } }] },
    ])
    await db.delete()
  })

  it('finds an indicator by its code afterwards, and undoes each import exactly', async () => {
    const { db, history } = await afterVersion4('undo')
    const catalog = new CatalogRepository(db)
    const imports = new ImportRepository(db)
    const survey = await catalog.loadIndicator('SAT-1')
    expect([survey?.target.name, survey?.actuals.map((a) => a.actualText)]).toEqual(['满意度', ['93%']])
    const stored = async () => decodeDocument((await db.documents.get([2024, UNIT]))!)

    await imports.undo(3)
    expect((await stored()).targets.map((t) => t.name)).toEqual(['培训次数', '满意度'])
    await imports.undo(2)
    expect((await stored()).actuals).toEqual([actual(history.training, 2, '3次')])
    expect(await catalog.loadCatalog()).toEqual([
      { unit: UNIT, years: [{ year: 2024, periods: [{ month: 6, byMonth: false }] }] },
    ])
    await imports.undo(1)
    expect(await db.documents.count()).toBe(0)
    expect(await catalog.loadCatalog()).toEqual([])
    expect((await imports.history()).filter((b) => b.kind !== 'undo').map((b) => b.undoneAt !== undefined)).toEqual([
      true,
      true,
      true,
    ])
    await db.delete()
  })
})

describe('rekeyChanges', () => {
  const training = target('培训次数')
  const rows = { targets: [training], actuals: [legacyActual(training, 3, '4次')] }
  it('rewrites a code and a [code, quarter] from the rows they name', () => {
    const changes: ChangeRecord[] = [
      { batchId: 1, table: 'targets', added: [training.code], replaced: [] },
      { batchId: 2, table: 'actuals', added: [[training.code, 3]], replaced: [] },
    ]
    expect(rekeyChanges(changes, rows).map((c) => c.added)).toEqual([
      [[2024, UNIT, SCOPE, '培训次数']],
      [[2024, UNIT, training.code, 3]],
    ])
  })

  it('drops a key whose row is gone and leaves new keys, other tables and per-row records alone', () => {
    const kept: ChangeRecord[] = [
      { batchId: 3, table: 'budgets', added: ['B-1'], replaced: [] },
      { batchId: 3, table: 'spending', added: [['B-1', 2]], replaced: [] },
      { batchId: 4, table: 'actuals', added: [[2024, UNIT, training.code, 3]], replaced: [] },
      { batchId: 5, table: 'targets', before: null, after: training },
    ]
    const rekeyed = rekeyChanges(kept, rows)
    expect(rekeyed.every((change, i) => change === kept[i])).toBe(true)
    const gone: ChangeRecord = {
      batchId: 6,
      table: 'actuals',
      added: [
        ['NO-SUCH', 1],
        [training.code, 3],
      ],
      replaced: [],
    }
    expect(rekeyChanges([gone], rows)[0]!.added).toEqual([[2024, UNIT, training.code, 3]])
  })
})
