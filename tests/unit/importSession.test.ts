import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { JixiaoDatabase } from '@/db/database'
import { CatalogRepository } from '@/db/catalogRepository'
import { DatasetRepository } from '@/db/datasetRepository'
import { ImportRepository } from '@/db/importRepository'
import { PREVIEW_ROWS } from '@/io/importSummary'
import { ImportSession } from '@/workers/importSession'
import { csv } from './fixtures'
import { RulesRepository, standingsVersion } from '@/db/rulesRepository'
import { DEFAULT_RULES, rulesFingerprint } from '@/domain/engine/rules'
import { SyncRepository } from '@/db/syncRepository'
import { joinKey } from '@/domain/keys'

const U = '测试局'
const TARGET_HEAD = ['年度', '单位', '类别', '一级指标', '二级指标', '三级指标', '指标值']
const ACTUAL_HEAD = ['年度', '单位', '类别', '三级指标', '季度', '实际值']

/** A file as the browser hands it over: bytes and a name. */
const fileOf = (name: string, rows: string[][]) => Object.assign(new Blob([csv(rows)]), { name })
const targetsFile = (n: number) =>
  fileOf('目标.csv', [
    TARGET_HEAD,
    ...Array.from({ length: n }, (_, i) => [
      '2024',
      U,
      '部门整体',
      '产出指标',
      '数量指标',
      `指标${i + 1}`,
      `≥${i + 1}次`,
    ]),
  ])
const actualsFile = (n: number, name = '一季度.csv') =>
  fileOf(name, [
    ACTUAL_HEAD,
    ...Array.from({ length: n }, (_, i) => ['2024', U, '部门整体', `指标${i + 1}`, '1', `${i + 1}次`]),
  ])
const written = (fileId: number, fileName: string, kind: 'targets' | 'actuals') => ({
  fileId,
  fileName,
  kind,
  sha256: `sha-${fileId}`,
  size: 10,
})

let db: JixiaoDatabase
let session: ImportSession
let n = 0

beforeEach(async () => {
  db = new JixiaoDatabase(`session-test-${++n}`)
  await db.open()
  session = new ImportSession(db)
})
afterEach(() => db.delete())

describe("ImportSession: the import worker's work", () => {
  it('reads a file into a summary with its hash, size and the first rows for the preview', async () => {
    const shares: number[] = []
    const read = await session.read(1, targetsFile(PREVIEW_ROWS + 20), (share) => shares.push(share))
    expect(read.summary).toMatchObject({
      fileName: '目标.csv',
      kind: 'targets',
      encoding: 'UTF-8',
      rowCount: PREVIEW_ROWS + 20,
      problems: [],
    })
    expect(read.summary.preview.rows).toHaveLength(PREVIEW_ROWS)
    expect(read.summary.preview.rows[0]).toEqual(['2024', U, '部门整体', '产出指标', '数量指标', '指标1', '≥1次'])
    expect(read.summary.preview.lines.slice(0, 2)).toEqual([2, 3])
    expect(read.sha256).toMatch(/^[0-9a-f]{64}$/)
    expect(shares[0]).toBe(0)
    expect(shares.at(-1)).toBe(1)
  })

  it('checks files together, then writes the plan in one go and lets go of the rows', async () => {
    await session.read(1, targetsFile(3))
    await session.read(2, actualsFile(3))
    const plan = await session.check(1, [2, 1])
    expect(plan).toMatchObject({ counts: { added: 6, updated: 0, unchanged: 0, skipped: 0 }, toWrite: 6, problems: [] })
    // Where to look afterwards: the unit-year written, at the latest period of its values.
    expect(plan.unitYears).toEqual([{ unit: U, year: 2024, month: 3, byMonth: false }])
    expect(plan).not.toHaveProperty('rows')
    const shares: number[] = []
    const result = await session.commit(
      1,
      [written(1, '目标.csv', 'targets'), written(2, '一季度.csv', 'actuals')],
      (share) => shares.push(share),
    )
    expect(result.batchIds).toHaveLength(2)
    expect(await new CatalogRepository(db).counts()).toEqual({ targets: 3, budgets: 0, actuals: 3, spending: 0 })
    expect(shares.at(-1)).toBe(1)
    expect(await new CatalogRepository(db).loadCatalog()).toEqual([
      { unit: U, years: [{ year: 2024, periods: [{ month: 3, byMonth: false }] }] },
    ])
    // The files were let go: checking them again is refused rather than checking nothing.
    await expect(session.check(2, [1, 2])).rejects.toMatchObject({ name: 'workerRestarted' })
  })

  it('checks actuals against the stored targets, and classes re-sent values as unchanged', async () => {
    await session.read(1, targetsFile(2))
    await session.check(1, [1])
    await session.commit(1, [written(1, '目标.csv', 'targets')])
    await session.read(2, actualsFile(3))
    const plan = await session.check(2, [2])
    expect(plan.counts).toEqual({ added: 2, updated: 0, unchanged: 0, skipped: 1 })
    expect(plan.problems.map((p) => [p.line, p.column])).toEqual([[4, '三级指标']])
    await session.commit(2, [written(2, '一季度.csv', 'actuals')])
    await session.read(3, actualsFile(2, '再次.csv'))
    expect((await session.check(3, [3])).counts).toEqual({ added: 0, updated: 0, unchanged: 2, skipped: 0 })
  })

  it('reads the stored documents ahead while it maps a file, and checks against what is stored when it checks', async () => {
    await session.read(1, targetsFile(2))
    await session.check(1, [1])
    await session.commit(1, [written(1, '目标.csv', 'targets')])
    const reads = vi.spyOn(db.documents, 'bulkGet')
    await session.read(2, actualsFile(2))
    expect((await session.check(2, [2])).counts).toEqual({ added: 2, updated: 0, unchanged: 0, skipped: 0 })
    expect(reads).not.toHaveBeenCalled()

    // Read ahead, then another tab writes the same values before the check: they are unchanged.
    await session.read(3, actualsFile(2, '再次.csv'))
    const other = new ImportSession(db)
    await other.read(9, actualsFile(2, '另一页.csv'))
    await other.check(1, [9])
    await other.commit(1, [written(9, '另一页.csv', 'actuals')])
    reads.mockClear()
    expect((await session.check(3, [3])).counts).toEqual({ added: 0, updated: 0, unchanged: 2, skipped: 0 })
    expect(reads).toHaveBeenCalledWith([[2024, U]])
    reads.mockRestore()
  })

  it('tells a sync the unit-years its plan touches and, for those asked about, the rows it updates and their names', async () => {
    await session.read(1, targetsFile(2))
    await session.read(2, actualsFile(2))
    await session.check(1, [1, 2])
    await session.commit(1, [written(1, '目标.csv', 'targets'), written(2, '一季度.csv', 'actuals')])
    // 指标1 sent again as it is, 指标2 with another value.
    await session.read(
      3,
      fileOf('再次.csv', [
        ACTUAL_HEAD,
        ['2024', U, '部门整体', '指标1', '1', '1次'],
        ['2024', U, '部门整体', '指标2', '1', '7次'],
      ]),
    )
    await session.check(2, [3])
    const planned = session.planned(2, [joinKey(2024, U)])
    expect(planned.unitYears).toEqual([[2024, U]])
    expect(planned.rows.map((r) => [r.status, (r.record as { actualText: string }).actualText])).toEqual([
      ['updated', '7次'],
    ])
    expect(planned.rows[0]!.before).toMatchObject({ actualText: '2次' })
    expect(planned.names.indicators.map(([, name]) => name)).toEqual(['指标1', '指标2'])
    expect(planned.rectify).toEqual([])
    // A unit-year not asked about: no rows.
    expect(session.planned(2, []).rows).toEqual([])
    expect(() => session.planned(1, [])).toThrow()
  })

  it('reads the changes made here since a batch: not undone, not a folder’s, with the unit-years they touched', async () => {
    const sync = new SyncRepository(db)
    expect(await sync.latestBatchId()).toBe(0)
    await session.read(1, targetsFile(1))
    await session.check(1, [1])
    await session.commit(1, [written(1, '目标.csv', 'targets')], undefined, '张三')
    await session.read(2, actualsFile(1))
    await session.check(2, [2])
    await session.commit(2, [written(2, '一季度.csv', 'actuals')], undefined, undefined, {
      fileName: '发布数据 x/',
      kind: 'published',
    })
    expect(await sync.latestBatchId()).toBe(2)
    const changes = await sync.changesSince(0)
    expect(changes.map((c) => ({ ...c, at: 0 }))).toEqual([{ batchId: 1, at: 0, by: '张三', unitYears: [[2024, U]] }])
    expect(await sync.changesSince(1)).toEqual([])
    await new ImportRepository(db).undo(1)
    // The undo is a change made here; the batch it undid no longer is.
    expect((await sync.changesSince(0)).map((c) => [c.batchId, c.unitYears])).toEqual([[3, [[2024, U]]]])
  })

  it('refuses to write a plan that is not the latest checked', async () => {
    await session.read(1, targetsFile(2))
    await session.check(1, [1])
    await session.read(2, actualsFile(2))
    await session.check(2, [1, 2])
    await expect(session.commit(1, [written(1, '目标.csv', 'targets')])).rejects.toMatchObject({ name: 'planChanged' })
    expect(await db.documents.count()).toBe(0)
    // An older check finishing late does not replace the newer plan.
    await session.check(1, [1])
    expect(
      (await session.commit(2, [written(1, '目标.csv', 'targets'), written(2, '一季度.csv', 'actuals')])).counts.added,
    ).toBe(4)
  })

  it('forgets removed files and their plan', async () => {
    await session.read(1, targetsFile(2))
    await session.check(1, [1])
    session.forget([1])
    await expect(session.commit(1, [written(1, '目标.csv', 'targets')])).rejects.toMatchObject({ name: 'planChanged' })
    await expect(session.check(2, [1])).rejects.toMatchObject({ name: 'workerRestarted' })
  })
})

describe('the catalog read behind the session', () => {
  it('finds the rows the session committed in their unit-year', async () => {
    await session.read(1, targetsFile(2))
    await session.read(2, actualsFile(2))
    await session.check(1, [1, 2])
    await session.commit(1, [written(1, '目标.csv', 'targets'), written(2, '一季度.csv', 'actuals')])
    const stored = await new CatalogRepository(db).loadUnitYear(U, 2024)
    expect(stored.targets).toHaveLength(2)
    expect(stored.actuals).toHaveLength(2)
  })
})

describe("a year's ranking, kept until the data changes", () => {
  const count = () => {
    let calls = 0
    const compute = (documents: { targets: readonly unknown[] }[]) => {
      calls += 1
      return [{ indicators: documents.reduce((n, d) => n + d.targets.length, 0) }]
    }
    return { compute, calls: () => calls }
  }

  it('is computed once, then read; a commit, an undo or a newer engine computes it again', async () => {
    const catalog = new CatalogRepository(db)
    const ranking = count()
    expect(await catalog.standingsOf(2024, 'engine-a', ranking.compute)).toEqual([{ indicators: 0 }])
    expect(await catalog.standingsOf(2024, 'engine-a', ranking.compute)).toEqual([{ indicators: 0 }])
    expect(ranking.calls()).toBe(1)

    await session.read(1, targetsFile(2))
    await session.check(1, [1])
    const { batchIds } = await session.commit(1, [written(1, '目标.csv', 'targets')])
    expect(await catalog.standingsOf(2024, 'engine-a', ranking.compute)).toEqual([{ indicators: 2 }])
    expect(ranking.calls()).toBe(2)

    await new ImportRepository(db).undo(batchIds[0]!)
    expect(await catalog.standingsOf(2024, 'engine-a', ranking.compute)).toEqual([{ indicators: 0 }])
    expect(await catalog.standingsOf(2024, 'engine-b', ranking.compute)).toEqual([{ indicators: 0 }])
    expect(ranking.calls()).toBe(4)
  })

  it('is made by the import worker right after a commit, so the units page opens on it', async () => {
    await session.read(1, targetsFile(2))
    await session.check(1, [1])
    await session.commit(1, [written(1, '目标.csv', 'targets')])
    await vi.waitFor(
      async () =>
        expect((await db.standings.get(2024))?.version).toBe(standingsVersion(rulesFingerprint(DEFAULT_RULES.values))),
      { timeout: 3000 },
    )
    const kept = (await db.standings.get(2024))!.standings as { unit: string; total: number | null }[]
    expect(kept.map((s) => [s.unit, s.total])).toEqual([[U, null]])
  })

  it('is made under the rules in force, and kept under them', async () => {
    const rules = { name: '江西省', values: { ...DEFAULT_RULES.values, gradeYou: 85 } }
    await new RulesRepository(db).change(rules)
    await session.read(1, targetsFile(2))
    await session.check(1, [1])
    await session.commit(1, [written(1, '目标.csv', 'targets')])
    await vi.waitFor(
      async () =>
        expect((await db.standings.get(2024))?.version).toBe(`${__ENGINE_VERSION__}|${rulesFingerprint(rules.values)}`),
      { timeout: 3000 },
    )
  })

  it('is cleared with the data', async () => {
    const catalog = new CatalogRepository(db)
    const ranking = count()
    await catalog.standingsOf(2024, 'engine-a', ranking.compute)
    await new DatasetRepository(db).clearAll()
    expect(await db.standings.count()).toBe(0)
    await new DatasetRepository(db).replaceAll(
      { targets: [], budgets: [], actuals: [], spending: [] },
      {
        kind: 'sample',
        fileName: 's',
        importedAt: 1,
        counts: { added: 0, updated: 0, unchanged: 0, skipped: 0 },
        sample: true,
      },
    )
    await catalog.standingsOf(2024, 'engine-a', ranking.compute)
    expect(ranking.calls()).toBe(2)
  })
})

describe('the engine version the standings are kept under', () => {
  it('is derived from the engine’s source at build time, never written by hand', () => {
    expect(__ENGINE_VERSION__).toMatch(/^[0-9a-f]{16}$/)
  })
})
