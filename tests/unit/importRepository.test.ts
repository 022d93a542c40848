import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { JixiaoDatabase } from '@/db/database'
import { CatalogRepository } from '@/db/catalogRepository'
import { ImportRepository } from '@/db/importRepository'
import type { ImportedFile } from '@/domain/model'
import { planImport } from '@/io/importPlan'
import { parseCsvText, type ParsedCsv } from '@/io/parseCsv'
import { csv } from './fixtures'

const U = '测试局'
const TARGETS_CSV = csv([
  ['年度', '单位', '类别', '一级指标', '二级指标', '三级指标', '指标值'],
  ['2024', U, '部门整体', '产出指标', '数量指标', '培训次数', '≥4次'],
  ['2024', U, '部门整体', '效益指标', '社会效益指标', '带动就业人数', '≥500人'],
])
const q1 = (jobs: string) =>
  csv([
    ['年度', '单位', '类别', '三级指标', '季度', '实际值'],
    ['2024', U, '部门整体', '培训次数', '1', '1次'],
    ['2024', U, '部门整体', '带动就业人数', '1', jobs],
  ])

let db: JixiaoDatabase
let repo: ImportRepository
let n = 0

beforeEach(async () => {
  db = new JixiaoDatabase(`import-test-${++n}`)
  await db.open()
  repo = new ImportRepository(db)
})
afterEach(() => db.delete())

const meta = (parsed: ParsedCsv): ImportedFile => ({ fileName: parsed.fileName, kind: parsed.kind!, sha256: `sha-${parsed.fileName}`, size: 100 })

/** Parses, plans against the database, and commits, as the import screen does. */
async function importTexts(...files: [string, string][]) {
  const parsed = files.map(([name, text]) => parseCsvText(text, name))
  const plan = planImport(parsed, await new CatalogRepository(db).loadUnitYears([[U, 2024]]))
  return { plan, result: await repo.commit(plan, parsed.map(meta)) }
}

async function snapshot() {
  return {
    targets: await db.targets.toArray(),
    actuals: await db.actuals.toArray(),
    budgets: await db.budgets.toArray(),
    spending: await db.spending.toArray(),
    batches: await db.batches.toArray(),
    changes: await db.changes.toArray(),
  }
}

describe('ImportRepository', () => {
  it('commits targets and actuals of one import, one batch per file', async () => {
    const { result } = await importTexts(['q1.csv', q1('120人')], ['targets.csv', TARGETS_CSV])
    expect(result.counts).toEqual({ added: 4, updated: 0, unchanged: 0, skipped: 0 })
    expect(result.batchIds).toHaveLength(2)
    expect(await db.targets.count()).toBe(2)
    expect((await db.actuals.toArray()).map((a) => a.actualText).sort()).toEqual(['120人', '1次'])
    const history = await repo.history()
    // Newest first; targets were written first whatever the order of the files.
    expect(history.map((b) => [b.fileName, b.kind, b.counts.added, b.sha256])).toEqual([
      ['q1.csv', 'actuals', 2, 'sha-q1.csv'],
      ['targets.csv', 'targets', 2, 'sha-targets.csv'],
    ])
  })

  it('changes nothing when the same file is imported again, and says so', async () => {
    await importTexts(['targets.csv', TARGETS_CSV], ['q1.csv', q1('120人')])
    const before = await snapshot()
    const { plan, result } = await importTexts(['targets.csv', TARGETS_CSV], ['q1.csv', q1('120人')])
    expect(plan.counts).toEqual({ added: 0, updated: 0, unchanged: 4, skipped: 0 })
    expect(result.batchIds).toEqual([])
    expect(await snapshot()).toEqual(before)
  })

  it('keeps the replaced value with the batch and undo restores exactly the state before', async () => {
    await importTexts(['targets.csv', TARGETS_CSV], ['q1.csv', q1('120人')])
    const before = await snapshot()
    const { result } = await importTexts(['q1-fix.csv', q1('150人')])
    expect(result.counts).toMatchObject({ updated: 1, unchanged: 1 })
    const changes = await db.changes.where('batchId').equals(result.batchIds[0]!).toArray()
    expect(changes).toMatchObject([{ table: 'actuals', added: [], replaced: [{ actualText: '120人' }] }])

    await repo.undo(result.batchIds[0]!)
    expect(await snapshot()).toEqual(before)
  })

  it('keeps one change record per batch and table, with the added keys', async () => {
    const { result } = await importTexts(['targets.csv', TARGETS_CSV], ['q1.csv', q1('120人')])
    const changes = await db.changes.toArray()
    expect(changes.map((c) => [c.batchId, c.table, c.added?.length, c.replaced?.length])).toEqual([
      [result.batchIds[0], 'targets', 2, 0],
      [result.batchIds[1], 'actuals', 2, 0],
    ])
  })

  it('undoes per-row change records written before the bulk form', async () => {
    await importTexts(['targets.csv', TARGETS_CSV])
    const before = await snapshot()
    const { result } = await importTexts(['q1.csv', q1('120人')])
    // Rewrite the batch's history in the older per-row form, as an upgraded database holds it.
    const actuals = (await db.actuals.toArray()).filter((a) => a.batchId === result.batchIds[0])
    await db.changes.where('batchId').equals(result.batchIds[0]!).delete()
    await db.changes.bulkAdd(actuals.map((after) => ({ batchId: result.batchIds[0]!, table: 'actuals' as const, before: null, after })))
    await repo.undo(result.batchIds[0]!)
    expect(await snapshot()).toEqual(before)
  })

  it('keeps the catalog lines with every commit and undo', async () => {
    const catalog = new CatalogRepository(db)
    const targets = await importTexts(['targets.csv', TARGETS_CSV])
    expect(await catalog.loadCatalog()).toEqual([{ unit: U, years: [{ year: 2024, latestQuarter: null }] }])
    await importTexts(['q1.csv', q1('120人')])
    const q2 = await importTexts(['q2.csv', q1('300人').replace(/,1,/g, ',2,')])
    expect(await catalog.loadCatalog()).toEqual([{ unit: U, years: [{ year: 2024, latestQuarter: 2 }] }])
    await repo.undo(q2.result.batchIds[0]!)
    expect(await catalog.loadCatalog()).toEqual([{ unit: U, years: [{ year: 2024, latestQuarter: 1 }] }])
    await repo.undo(targets.result.batchIds[0]!)
    expect(await catalog.loadCatalog()).toEqual([])
  })

  it('undoing an earlier import undoes every later one too', async () => {
    const empty = await snapshot()
    const first = await importTexts(['targets.csv', TARGETS_CSV])
    await importTexts(['q1.csv', q1('120人')])
    const undone = await repo.undo(first.result.batchIds[0]!)
    expect(undone.map((b) => b.fileName)).toEqual(['q1.csv', 'targets.csv'])
    expect(await snapshot()).toEqual(empty)
  })

  it('leaves the store exactly as before when the commit fails midway', async () => {
    await importTexts(['targets.csv', TARGETS_CSV])
    const before = await snapshot()
    const parsed = [parseCsvText(q1('150人'), 'q1.csv')]
    const plan = planImport(parsed, await new CatalogRepository(db).loadUnitYears([[U, 2024]]))
    // Actuals are written, then recording the changes fails.
    const spy = vi.spyOn(db.changes, 'bulkAdd').mockRejectedValueOnce(new Error('磁盘已满'))
    await expect(repo.commit(plan, parsed.map(meta))).rejects.toThrow('磁盘已满')
    spy.mockRestore()
    expect(await snapshot()).toEqual(before)
  })

  it('refuses to undo the sample load', async () => {
    const id = (await db.batches.add({ kind: 'sample', fileName: '示例', importedAt: 1, counts: { added: 0, updated: 0, unchanged: 0, skipped: 0 }, sample: true })) as number
    await expect(repo.undo(id)).rejects.toMatchObject({ name: 'sampleUndo' })
  })
})
