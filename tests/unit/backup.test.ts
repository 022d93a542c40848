import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { JixiaoDatabase } from '@/db/database'
import { DatasetRepository } from '@/db/datasetRepository'
import { CatalogRepository } from '@/db/catalogRepository'
import { ImportRepository } from '@/db/importRepository'
import { buildBackup } from '@/io/backupWrite'
import { parseBackup } from '@/io/backupRead'
import { planImport } from '@/io/importPlan'
import { parseCsvText } from '@/io/parseCsv'
import { loadSampleDataset } from '@/io/sampleData'
import type { BackupData } from '@/domain/storedRecords'
import type { ChangeRecord } from '@/domain/legacyRecords'
import { datasetOf } from '@/domain/model'

let db: JixiaoDatabase
let repo: DatasetRepository
let n = 0

beforeEach(async () => {
  db = new JixiaoDatabase(`backup-test-${++n}`)
  await db.open()
  repo = new DatasetRepository(db)
  await repo.seedOnFirstStart(await loadSampleDataset(), {
    kind: 'sample',
    fileName: '示例',
    importedAt: 1,
    counts: { added: 0, updated: 0, unchanged: 0, skipped: 0 },
    sample: true,
  })
  // An import on top, so the backup carries history and undo records too.
  const file = parseCsvText(
    '年度,单位,类别,预算项目,季度,执行数\n2024,九江市柴桑区商务局,部门整体,人员经费,3,500\n',
    'fix.csv',
  )
  const imports = new ImportRepository(db)
  const plan = planImport([file], await new CatalogRepository(db).loadUnitYear('九江市柴桑区商务局', 2024))
  await imports.commit(plan, [{ fileName: 'fix.csv', kind: 'spending', sha256: 'abc', size: 10 }])
})
afterEach(() => db.delete())

/** The same data as a version 1 file held it: a table per kind, values by quarter, undo records with v6 keys. */
function asVersion1(data: BackupData, changes: ChangeRecord[]): string {
  const rows = datasetOf(data.documents)
  const byQuarter = <T extends { month: number; byMonth?: boolean }>({ month, byMonth: _b, ...row }: T) => ({
    ...row,
    quarter: month / 3,
  })
  const tables = {
    targets: rows.targets,
    budgets: rows.budgets,
    actuals: rows.actuals.map(byQuarter),
    spending: rows.spending.map(byQuarter),
    batches: data.batches,
    changes,
  }
  return JSON.stringify({ format: 'jixiao-board-backup', version: 1, exportedAt: '2024-10-01T00:00:00.000Z', tables })
}

describe('backup and restore', () => {
  it('backup → clear → restore gives back identical data, history and what each batch changed included', async () => {
    const before = await repo.exportAll()
    expect(before.before).toHaveLength(1)
    const text = buildBackup(before, new Date('2024-10-01T00:00:00Z'))
    expect(JSON.parse(text)).toMatchObject({ format: 'jixiao-board-backup', version: 2 })
    await repo.clearAll()
    expect(await repo.isEmpty()).toBe(true)
    const parsed = parseBackup(text)
    expect(parsed.ok).toBe(true)
    if (!parsed.ok) return
    await repo.restoreAll(parsed.data)
    expect(await repo.exportAll()).toEqual(before)
    expect(await new CatalogRepository(db).loadCatalog()).toEqual([
      {
        unit: '九江市柴桑区商务局',
        years: [
          { year: 2024, periods: [3, 6, 9].map((month) => ({ month, byMonth: false })) },
          { year: 2023, periods: [{ month: 12, byMonth: false }] },
        ],
      },
    ])
  })

  it("a restore is listed in the history after the backup's batches, with who and how many rows, and cannot be undone", async () => {
    const before = await repo.exportAll()
    const parsed = parseBackup(buildBackup(before))
    if (!parsed.ok) throw new Error('backup did not parse')
    await repo.restoreAll(parsed.data, { fileName: '备份.json', at: 1_900_000_000_000, by: '王明' })
    const history = await new ImportRepository(db).history()
    const rows = before.documents.reduce(
      (n, d) => n + d.targets.length + d.budgets.length + d.actuals.length + d.spending.length,
      0,
    )
    expect(history[0]).toMatchObject({
      kind: 'restore',
      fileName: '备份.json',
      importedAt: 1_900_000_000_000,
      by: '王明',
      counts: { added: rows, updated: 0, unchanged: 0, skipped: 0 },
    })
    expect(history.slice(1).map((b) => b.id)).toEqual(before.batches.map((b) => b.id).reverse())
    await expect(new ImportRepository(db).undo(history[0]!.id!)).rejects.toMatchObject({ name: 'sampleUndo' })
  })

  it('an undo records who undid it', async () => {
    const [fix] = await new ImportRepository(db).history()
    await new ImportRepository(db).undo(fix!.id!, 1_800_000_000_000, '李华')
    expect((await new ImportRepository(db).history()).find((b) => b.id === fix!.id)).toMatchObject({
      undoneAt: 1_800_000_000_000,
      undoneBy: '李华',
    })
  })

  it('keeps an undone batch in the backup, marked undone', async () => {
    const [fix] = await new ImportRepository(db).history()
    await new ImportRepository(db).undo(fix!.id!, 1_800_000_000_000, '李华', '录错了')
    const parsed = parseBackup(buildBackup(await repo.exportAll()))
    expect(parsed.ok && parsed.data.batches.find((b) => b.id === fix!.id)?.undoneAt).toBe(1_800_000_000_000)
    // The undo's batch keeps who and why, and its before record (the trail's lines) goes with it.
    const undo = parsed.ok ? parsed.data.batches.find((b) => b.kind === 'undo') : undefined
    expect([undo?.by, undo?.reason]).toEqual(['李华', '录错了'])
    expect(parsed.ok && 'before' in parsed.data && parsed.data.before.some((r) => r.batchId === undo?.id)).toBe(true)
  })

  it('restores a version 1 file (values by quarter, undo keys of schema 4 and 6) as documents, and undo still works', async () => {
    const imports = new ImportRepository(db)
    const beforeImport = await repo.exportAll()
    const name = '提高政治站位，落实意识形态工作主体责任，持续深化理论武装，组织全体党员干部集中学习次数'
    const q4 = parseCsvText(
      `年度,单位,类别,三级指标,季度,实际值\n2024,九江市柴桑区商务局,部门整体,${name},4,6次\n`,
      'q4.csv',
    )
    const plan = planImport([q4], await new CatalogRepository(db).loadUnitYear('九江市柴桑区商务局', 2024))
    const { batchIds } = await imports.commit(plan, [{ fileName: 'q4.csv', kind: 'actuals', sha256: 'q4', size: 10 }])
    const data = await repo.exportAll()
    const [fixBatch, q4Batch] = data.batches.filter((b) => !b.sample)
    const code = (plan.rows[0]!.record as { indicatorCode: string }).indicatorCode
    const budgetId = datasetOf(data.documents).spending.find((s) => s.month === 9 && s.spent === 500)!.budgetId
    const changes: ChangeRecord[] = [
      // Written by schema 6: [budget id, quarter].
      { id: 1, batchId: fixBatch!.id!, table: 'spending', added: [], replaced: [legacySpent(data, budgetId)] },
      // Written before schema 6: an added actual keyed by [code, quarter].
      { id: 2, batchId: q4Batch!.id!, table: 'actuals', added: [[code, 4]], replaced: [] },
    ]
    const parsed = parseBackup(asVersion1(data, changes))
    if (!parsed.ok) throw new Error(parsed.errors.join())
    await repo.clearAll()
    await repo.restoreAll(parsed.data)
    expect(canonical(await repo.exportAll())).toEqual(canonical(data))
    await imports.undo(batchIds[0]!)
    expect(canonical(await repo.exportAll()).documents).toEqual(canonical(beforeImport).documents)
  })

  it('refuses a truncated file, another JSON file and another version', async () => {
    const text = buildBackup(await repo.exportAll())
    expect(parseBackup(text.slice(0, text.length / 2))).toEqual({
      ok: false,
      errors: ['不是有效的备份文件：内容不是完整的 JSON（文件可能已损坏或被截断）'],
    })
    expect(parseBackup('{"name":"x"}')).toEqual({ ok: false, errors: ['不是绩效看板的备份文件'] })
    expect(parseBackup(text.replace('"version":2', '"version":9'))).toEqual({
      ok: false,
      errors: ['备份文件版本 9 不受支持（支持版本 1、2）'],
    })
  })

  it('refuses bad rows, rows outside their unit-year, duplicates and dangling references, saying where', async () => {
    const data = await repo.exportAll()
    const at = data.documents.findIndex((d) => d.year === 2024)
    const withDocument = (change: (d: BackupData['documents'][number]) => object) => ({
      ...data,
      documents: data.documents.map((d, i) => (i === at ? { ...d, ...change(d) } : d)),
    })
    const badYear = withDocument((d) => ({
      targets: d.targets.map((t, i) => (i === 2 ? { ...t, year: 'x' as unknown as number } : t)),
    }))
    expect(parseBackup(buildBackup(badYear))).toEqual({
      ok: false,
      errors: [`“单位年度数据”第 ${at + 1} 条“绩效目标”第 3 条：字段 year 无效`],
    })
    const elsewhere = withDocument((d) => ({
      budgets: d.budgets.map((b, i) => (i === 0 ? { ...b, unit: '乙局' } : b)),
    }))
    expect(parseBackup(buildBackup(elsewhere))).toEqual({
      ok: false,
      errors: [`“单位年度数据”第 ${at + 1} 条“预算”第 1 条：不属于该单位年度`],
    })
    const duplicated = withDocument((d) => ({ budgets: [...d.budgets, d.budgets[0]!] }))
    expect(parseBackup(buildBackup(duplicated))).toMatchObject({
      ok: false,
      errors: [expect.stringMatching(/^“预算”中有重复的记录/)],
    })
    const orphan = withDocument((d) => ({ targets: d.targets.slice(1) }))
    expect(parseBackup(buildBackup(orphan))).toMatchObject({
      ok: false,
      errors: [expect.stringMatching(/^实际完成记录指向不存在的指标/)],
    })
    const missing = JSON.parse(buildBackup(data)) as Record<string, unknown>
    delete missing.before
    expect(parseBackup(JSON.stringify(missing))).toEqual({ ok: false, errors: ['缺少“撤销记录”数据'] })
  })

  it('checks a version 1 file as written: a quarter outside 1–4 is refused', async () => {
    const text = asVersion1(await repo.exportAll(), []).replace('"quarter":3', '"quarter":7')
    expect(parseBackup(text)).toEqual({ ok: false, errors: ['“实际完成”第 3 条：字段 quarter 无效'] })
  })
})

/** A backup's parts in a fixed order: a version 1 file lists rows by table, not by document. */
function canonical(data: BackupData) {
  const sorted = <T extends object>(rows: readonly T[]) =>
    [...rows].map((row) => JSON.stringify(row, Object.keys(row).sort())).sort()
  return {
    documents: data.documents.map((d) => ({
      ...d,
      targets: sorted(d.targets),
      budgets: sorted(d.budgets),
      actuals: sorted(d.actuals),
      spending: sorted(d.spending),
    })),
    batches: data.batches,
    before: data.before.map((b) => ({
      ...b,
      documents: b.documents.map((d) => ({
        ...d,
        parts: d.parts && Object.fromEntries(Object.entries(d.parts).map(([k, rows]) => [k, sorted(rows as object[])])),
      })),
    })),
  }
}

/** The spending row a batch replaced, as a version 1 file held it (by quarter). */
function legacySpent(data: BackupData, budgetId: string) {
  const parts = data.before.flatMap((b) => b.documents).flatMap((d) => d.parts?.spending ?? [])
  const { month, ...rest } = parts.find((s) => s.budgetId === budgetId && s.month === 9)!
  return { ...rest, quarter: month / 3 }
}
