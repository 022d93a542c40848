import { decodeBefore, decodeDocument } from '@/db/storedForm'
import { type CatalogRecord } from '@/db/catalogLines'
import { describe, expect, it, vi } from 'vitest'
import { JixiaoDatabase } from '@/db/database'
import { CatalogRepository } from '@/db/catalogRepository'
import { ImportRepository } from '@/db/importRepository'
import type { ImportedFile } from '@/domain/model'
import { planImport } from '@/io/importPlan'
import { parseCsvText } from '@/io/parseCsv'
import type { ParsedCsv } from '@/io/parsedCsv'
import { csv } from './fixtures'
import { IMPORT_UNIT, TWO_TARGETS_CSV, useImportDatabase } from './importDatabase'

const U = IMPORT_UNIT
const TARGETS_CSV = TWO_TARGETS_CSV
const q1 = (jobs: string) =>
  csv([
    ['年度', '单位', '类别', '三级指标', '季度', '实际值'],
    ['2024', U, '部门整体', '培训次数', '1', '1次'],
    ['2024', U, '部门整体', '带动就业人数', '1', jobs],
  ])

let db: JixiaoDatabase
let repo: ImportRepository
useImportDatabase('import-test', (opened, repository) => {
  db = opened
  repo = repository
})

const meta = (parsed: ParsedCsv): ImportedFile => ({
  fileName: parsed.fileName,
  kind: parsed.kind!,
  sha256: `sha-${parsed.fileName}`,
  size: 100,
})

/** Parses, plans against the database, and commits, as the import screen does. */
async function importTexts(...files: [string, string][]) {
  const parsed = files.map(([name, text]) => parseCsvText(text, name))
  const plan = planImport(parsed, await new CatalogRepository(db).loadUnitYear(U, 2024))
  return { plan, result: await repo.commit(plan, parsed.map(meta)) }
}

/** Catalog lines without their stamps, which change with every write by design. */
const withoutStamps = (records: CatalogRecord[]) =>
  records.map((r) => ({ ...r, lines: r.lines.map(({ stamp: _stamp, ...line }) => line) }))

/** The stored data and what is derived from it (the history is compared apart: undo adds to it). */
async function snapshot() {
  return {
    documents: (await db.documents.toArray()).map(decodeDocument),
    codes: await db.codes.toArray(),
    catalog: withoutStamps(await db.catalog.toArray()),
  }
}

const stored = async () => decodeDocument((await db.documents.get([2024, U]))!)
const period = (month: number, byMonth = false) => ({ month, byMonth })

describe('ImportRepository', () => {
  it('merges targets and actuals of one import into the unit-year document, one batch per file', async () => {
    const { result } = await importTexts(['q1.csv', q1('120人')], ['targets.csv', TARGETS_CSV])
    expect(result.counts).toEqual({ added: 4, updated: 0, unchanged: 0, skipped: 0 })
    expect(result.batchIds).toHaveLength(2)
    expect(await db.documents.count()).toBe(1)
    const document = await stored()
    expect(document.targets.map((t) => t.name)).toEqual(['培训次数', '带动就业人数'])
    expect(document.actuals.map((a) => [a.month, a.actualText])).toEqual([
      [3, '1次'],
      [3, '120人'],
    ])
    expect(await db.codes.toArray()).toEqual([{ year: 2024, unit: U, codes: document.targets.map((t) => t.code) }])
    const history = await repo.history()
    // Newest first; targets were written first whatever the order of the files.
    expect(history.map((b) => [b.fileName, b.kind, b.counts.added, b.sha256, b.undoneAt])).toEqual([
      ['q1.csv', 'actuals', 2, 'sha-q1.csv', undefined],
      ['targets.csv', 'targets', 2, 'sha-targets.csv', undefined],
    ])
  })

  it('keeps, per batch, the tables it changed as they were: nothing for a document it created', async () => {
    const { result } = await importTexts(['targets.csv', TARGETS_CSV], ['q1.csv', q1('120人')])
    const [first, second] = (await db.before.bulkGet(result.batchIds)).map((b) => b && decodeBefore(b))
    expect(first).toEqual({ batchId: result.batchIds[0], documents: [{ key: [2024, U], parts: null }] })
    // The values' batch found the document the targets' batch made: its actuals were none.
    expect(second).toEqual({ batchId: result.batchIds[1], documents: [{ key: [2024, U], parts: { actuals: [] } }] })
  })

  it('changes nothing when the same file is imported again, and says so', async () => {
    await importTexts(['targets.csv', TARGETS_CSV], ['q1.csv', q1('120人')])
    const before = await snapshot()
    const batches = await db.batches.count()
    const { plan, result } = await importTexts(['targets.csv', TARGETS_CSV], ['q1.csv', q1('120人')])
    expect(plan.counts).toEqual({ added: 0, updated: 0, unchanged: 4, skipped: 0 })
    expect(result.batchIds).toEqual([])
    expect(await snapshot()).toEqual(before)
    expect(await db.batches.count()).toBe(batches)
  })

  it('replaces a value in place; undo restores exactly the state before and keeps the batch as undone', async () => {
    await importTexts(['targets.csv', TARGETS_CSV], ['q1.csv', q1('120人')])
    const before = await snapshot()
    const { result } = await importTexts(['q1-fix.csv', q1('150人')])
    expect(result.counts).toMatchObject({ updated: 1, unchanged: 1 })
    expect((await stored()).actuals.map((a) => a.actualText)).toEqual(['1次', '150人'])
    const kept = decodeBefore((await db.before.get(result.batchIds[0]!))!)
    expect(kept?.documents[0]?.parts?.actuals?.map((a) => a.actualText)).toEqual(['1次', '120人'])

    const undone = await repo.undo(result.batchIds[0]!, 1_800_000_000_000)
    expect(undone.map((b) => [b.fileName, b.undoneAt])).toEqual([['q1-fix.csv', 1_800_000_000_000]])
    expect(await snapshot()).toEqual(before)
    // The trail: every batch still listed, the undone one marked, what it changed still there,
    // and the undo itself a line of its own (what it took back, how many rows, when).
    expect(
      (await repo.history()).map((b) => [
        b.kind,
        b.fileName,
        b.undoneAt ?? null,
        b.importedAt === 1_800_000_000_000 ? b.counts.updated : null,
      ]),
    ).toEqual([
      ['undo', 'q1-fix.csv', null, 1],
      ['actuals', 'q1-fix.csv', 1_800_000_000_000, null],
      ['actuals', 'q1.csv', null, null],
      ['targets', 'targets.csv', null, null],
    ])
    // An undo line is a record, not a change: it cannot be undone, and a later undo passes over it.
    const undoLine = (await repo.history())[0]!
    await expect(repo.undo(undoLine.id!)).rejects.toMatchObject({ name: 'sampleUndo' })
    expect(decodeBefore((await db.before.get(result.batchIds[0]!))!)).toEqual(kept)
    await expect(repo.undo(result.batchIds[0]!)).rejects.toMatchObject({ name: 'batchGone' })
  })

  it('keeps the catalog lines with every commit and undo', async () => {
    const catalog = new CatalogRepository(db)
    const targets = await importTexts(['targets.csv', TARGETS_CSV])
    expect(await catalog.loadCatalog()).toEqual([{ unit: U, years: [{ year: 2024, periods: [] }] }])
    await importTexts(['q1.csv', q1('120人')])
    const q2 = await importTexts(['q2.csv', q1('300人').replace(/,1,/g, ',2,')])
    expect(await catalog.loadCatalog()).toEqual([{ unit: U, years: [{ year: 2024, periods: [period(3), period(6)] }] }])
    expect(await catalog.counts()).toEqual({ targets: 2, budgets: 0, actuals: 4, spending: 0 })
    await repo.undo(q2.result.batchIds[0]!)
    expect(await catalog.loadCatalog()).toEqual([{ unit: U, years: [{ year: 2024, periods: [period(3)] }] }])
    await repo.undo(targets.result.batchIds[0]!)
    expect(await catalog.loadCatalog()).toEqual([])
  })

  it('undoing an earlier import undoes every later one still standing, and skips those already undone', async () => {
    const empty = await snapshot()
    const first = await importTexts(['targets.csv', TARGETS_CSV])
    const second = await importTexts(['q1.csv', q1('120人')])
    const third = await importTexts(['q1-fix.csv', q1('150人')])
    await repo.undo(third.result.batchIds[0]!)
    // An import after an undo builds on the state the undo left.
    await importTexts(['q1-again.csv', q1('130人')])
    expect((await stored()).actuals.map((a) => a.actualText)).toEqual(['1次', '130人'])
    const undone = await repo.undo(first.result.batchIds[0]!)
    expect(undone.map((b) => b.fileName)).toEqual(['q1-again.csv', 'q1.csv', 'targets.csv'])
    expect(await snapshot()).toEqual(empty)
    expect((await repo.history()).filter((b) => b.kind !== 'undo').every((b) => b.undoneAt !== undefined)).toBe(true)
    expect(second.result.batchIds).toHaveLength(1)
  })

  it('imports values as of a month (截至月份 1-7月), kept apart from the quarters', async () => {
    await importTexts(['targets.csv', TARGETS_CSV], ['q2.csv', q1('100人').replace(/,1,/g, ',2,')])
    const july = csv([
      ['年度', '单位', '类别', '三级指标', '截至月份', '实际值'],
      ['2024', U, '部门整体', '培训次数', '1-7月', '3次'],
      ['2024', U, '部门整体', '带动就业人数', '7', '280人'],
    ])
    const { plan } = await importTexts(['july.csv', july])
    expect(plan.counts).toEqual({ added: 2, updated: 0, unchanged: 0, skipped: 0 })
    expect((await stored()).actuals.map((a) => [a.month, a.byMonth ?? false, a.actualText])).toEqual([
      [6, false, '1次'],
      [6, false, '100人'],
      [7, true, '3次'],
      [7, true, '280人'],
    ])
    expect(await new CatalogRepository(db).loadCatalog()).toEqual([
      { unit: U, years: [{ year: 2024, periods: [period(6), period(7, true)] }] },
    ])
  })

  it('writes back the documents the check read when no one changed them since, and reads again those someone did', async () => {
    await importTexts(['targets.csv', TARGETS_CSV])
    const catalog = new CatalogRepository(db)
    const parsed = [parseCsvText(q1('120人'), 'q1.csv')]
    const held = await catalog.loadForImport([[2024, U]])
    const plan = planImport(parsed, { ...(await catalog.loadUnitYear(U, 2024)) })
    const reads = vi.spyOn(db.documents, 'bulkGet')
    await repo.commit(plan, parsed.map(meta), { held })
    expect(reads).toHaveBeenCalledWith([])
    expect((await stored()).actuals.map((a) => a.actualText)).toEqual(['1次', '120人'])

    // Checked, then another import writes the document: the commit merges into what is stored now.
    const later = [parseCsvText(q1('150人').replace(/,1,/g, ',2,'), 'q2.csv')]
    const heldThen = await catalog.loadForImport([[2024, U]])
    const planThen = planImport(later, await catalog.loadUnitYear(U, 2024))
    await importTexts(['q1-fix.csv', q1('130人')])
    reads.mockClear()
    await repo.commit(planThen, later.map(meta), { held: heldThen })
    expect(reads).toHaveBeenCalledWith([[2024, U]])
    expect((await stored()).actuals.map((a) => [a.month, a.actualText])).toEqual([
      [3, '1次'],
      [3, '130人'],
      [6, '1次'],
      [6, '150人'],
    ])
    reads.mockRestore()
  })

  it('a check reads again only the documents written since they were read ahead, and none the catalog does not list', async () => {
    await importTexts(['targets.csv', TARGETS_CSV])
    const catalog = new CatalogRepository(db)
    const ahead = await catalog.readAheadForImport([
      [2024, U],
      [2024, '无此单位'],
    ])
    expect([...ahead.keys()]).toEqual([`2024\u0000${U}`])
    expect(ahead).toEqual(
      await catalog.loadForImport([
        [2024, U],
        [2024, '无此单位'],
      ]),
    )
    const reads = vi.spyOn(db.documents, 'bulkGet')
    const unchanged = await catalog.loadForImport(
      [
        [2024, U],
        [2024, '无此单位'],
      ],
      ahead,
    )
    expect(unchanged.get(`2024\u0000${U}`)).toBe(ahead.get(`2024\u0000${U}`))
    expect(reads).not.toHaveBeenCalled()

    // Written in between: read again, as the commit would.
    await importTexts(['q1.csv', q1('120人')])
    const fresh = await catalog.loadForImport([[2024, U]], ahead)
    expect(reads).toHaveBeenCalledWith([[2024, U]])
    expect(fresh.get(`2024\u0000${U}`)!.document.actuals.map((a) => a.actualText)).toEqual(['1次', '120人'])
    expect(fresh.get(`2024\u0000${U}`)!.stamp).not.toBe(ahead.get(`2024\u0000${U}`)!.stamp)
    reads.mockRestore()
  })

  it('reads ahead through the plain check while the database is not open yet', async () => {
    await importTexts(['targets.csv', TARGETS_CSV])
    const unopened = new JixiaoDatabase(db.name)
    expect(unopened.isOpen()).toBe(false)
    const ahead = await new CatalogRepository(unopened).readAheadForImport([[2024, U]])
    expect(ahead.get(`2024\u0000${U}`)!.document.targets.map((t) => t.name)).toEqual(['培训次数', '带动就业人数'])
    unopened.close()
  })

  it('leaves the store exactly as before when the commit fails midway', async () => {
    await importTexts(['targets.csv', TARGETS_CSV])
    const before = { ...(await snapshot()), batches: await db.batches.toArray(), kept: await db.before.toArray() }
    const parsed = [parseCsvText(q1('150人'), 'q1.csv')]
    const plan = planImport(parsed, await new CatalogRepository(db).loadUnitYear(U, 2024))
    // The batch is added, then keeping what it changes fails.
    const spy = vi.spyOn(db.before, 'bulkAdd').mockRejectedValueOnce(new Error('磁盘已满'))
    await expect(repo.commit(plan, parsed.map(meta))).rejects.toThrow('磁盘已满')
    spy.mockRestore()
    expect({ ...(await snapshot()), batches: await db.batches.toArray(), kept: await db.before.toArray() }).toEqual(
      before,
    )
  })

  it('refuses to undo the sample load', async () => {
    const id = (await db.batches.add({
      kind: 'sample',
      fileName: '示例',
      importedAt: 1,
      counts: { added: 0, updated: 0, unchanged: 0, skipped: 0 },
      sample: true,
    })) as number
    await expect(repo.undo(id)).rejects.toMatchObject({ name: 'sampleUndo' })
  })
})
