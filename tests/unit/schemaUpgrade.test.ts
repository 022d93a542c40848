import Dexie from 'dexie'
import { describe, expect, it } from 'vitest'
import { CatalogRepository } from '@/db/catalogRepository'
import { JixiaoDatabase } from '@/db/database'
import { ImportRepository } from '@/db/importRepository'
import { rekeyChanges } from '@/db/rowKeys'
import { SCHEMA_VERSIONS, type BatchRecord, type ChangeRecord } from '@/db/schema'
import { actual, target, UNIT } from './fixtures'

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
  const trainingQ2Before = { ...actual(training, 2, '3次'), batchId: 1 }
  const rows = {
    targets: [
      { ...training, batchId: 1 },
      { ...survey, batchId: 1 },
      { ...late, batchId: 3 },
    ],
    actuals: [
      { ...actual(training, 1, '2次'), batchId: 2 },
      { ...actual(training, 2, '5次'), batchId: 2 },
      { ...actual(survey, 2, '93%'), batchId: 2 },
    ],
  }
  const changes: ChangeRecord[] = [
    { id: 1, batchId: 1, table: 'targets', added: [training.code, 'SAT-1'], replaced: [] },
    { id: 2, batchId: 1, table: 'actuals', added: [[training.code, 2]], replaced: [] },
    { id: 3, batchId: 2, table: 'actuals', added: [[training.code, 1], ['SAT-1', 2]], replaced: [trainingQ2Before] },
    // The per-row form, from before undo records were written per table.
    { id: 4, batchId: 3, table: 'targets', before: null, after: rows.targets[2]! },
  ]
  return { training, survey, late, trainingQ2Before, rows, changes, batches: [batch(1, 'targets.csv'), batch(2, 'q2.csv'), batch(3, 'more.csv')] }
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

const byName = <T extends { name?: string; indicatorCode?: string; quarter?: number }>(rows: T[]) =>
  [...rows].sort((a, b) => `${a.name ?? a.indicatorCode}${a.quarter ?? ''}`.localeCompare(`${b.name ?? b.indicatorCode}${b.quarter ?? ''}`))

describe('upgrading to schema version 6 (year-led primary keys)', () => {
  it('moves every target and actual, keeps the stores of version 4 and nothing else', async () => {
    const { db, history } = await afterVersion4('rows')
    await db.open()
    expect(db.verno).toBe(6)
    expect(db.tables.map((t) => t.name).sort()).toEqual(['actuals', 'batches', 'budgets', 'changes', 'settings', 'spending', 'standings', 'targets', 'unitYears'])
    expect(db.targets.schema.primKey.keyPath).toEqual(['year', 'unit', 'scope', 'name'])
    expect(db.actuals.schema.primKey.keyPath).toEqual(['year', 'unit', 'indicatorCode', 'quarter'])
    expect(byName(await db.targets.toArray())).toEqual(byName(history.rows.targets))
    expect(byName(await db.actuals.toArray())).toEqual(byName(history.rows.actuals))
    expect(await db.batches.toArray()).toEqual(history.batches)
    await db.delete()
  })

  it('rewrites the undo records into the new keys', async () => {
    const { db, history } = await afterVersion4('changes')
    const changes = await db.changes.orderBy('id').toArray()
    expect(changes.map((c) => c.added)).toEqual([
      [
        [2024, UNIT, SCOPE, '培训次数'],
        [2024, UNIT, SCOPE, '满意度'],
      ],
      [[2024, UNIT, history.training.code, 2]],
      [
        [2024, UNIT, history.training.code, 1],
        [2024, UNIT, 'SAT-1', 2],
      ],
      undefined,
    ])
    expect(changes[2]!.replaced).toEqual([history.trainingQ2Before])
    expect(changes[3]!.after).toEqual(history.rows.targets[2])
    await db.delete()
  })

  it('finds an indicator by its code afterwards, and undoes each import exactly', async () => {
    const { db, history } = await afterVersion4('undo')
    const catalog = new CatalogRepository(db)
    const imports = new ImportRepository(db)
    const survey = await catalog.loadIndicator('SAT-1')
    expect([survey?.target.name, survey?.actuals.map((a) => a.actualText)]).toEqual(['满意度', ['93%']])

    await imports.undo(3)
    expect((await db.targets.toArray()).map((t) => t.name).sort()).toEqual(['培训次数', '满意度'].sort())
    await imports.undo(2)
    expect(await db.actuals.toArray()).toEqual([history.trainingQ2Before])
    expect(await catalog.loadCatalog()).toEqual([{ unit: UNIT, years: [{ year: 2024, latestQuarter: 2 }] }])
    await imports.undo(1)
    expect([await db.targets.count(), await db.actuals.count(), await db.changes.count()]).toEqual([0, 0, 0])
    expect(await catalog.loadCatalog()).toEqual([])
    await db.delete()
  })
})

describe('rekeyChanges', () => {
  const training = target('培训次数')
  const rows = { targets: [training], actuals: [actual(training, 3, '4次')] }

  it('rewrites a code and a [code, quarter] from the rows they name', () => {
    const changes: ChangeRecord[] = [
      { batchId: 1, table: 'targets', added: [training.code], replaced: [] },
      { batchId: 2, table: 'actuals', added: [[training.code, 3]], replaced: [] },
    ]
    expect(rekeyChanges(changes, rows).map((c) => c.added)).toEqual([[[2024, UNIT, SCOPE, '培训次数']], [[2024, UNIT, training.code, 3]]])
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
    const gone: ChangeRecord = { batchId: 6, table: 'actuals', added: [['NO-SUCH', 1], [training.code, 3]], replaced: [] }
    expect(rekeyChanges([gone], rows)[0]!.added).toEqual([[2024, UNIT, training.code, 3]])
  })
})
