import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { JixiaoDatabase } from '@/db/database'
import { DatasetRepository } from '@/db/datasetRepository'
import { CatalogRepository } from '@/db/catalogRepository'
import { ImportRepository } from '@/db/importRepository'
import { buildBackup, parseBackup } from '@/io/backup'
import { planImport } from '@/io/importPlan'
import { parseCsvText } from '@/io/parseCsv'
import { loadSampleDataset } from '@/io/sampleData'

let db: JixiaoDatabase
let repo: DatasetRepository
let n = 0

beforeEach(async () => {
  db = new JixiaoDatabase(`backup-test-${++n}`)
  await db.open()
  repo = new DatasetRepository(db)
  await repo.seedOnFirstStart(await loadSampleDataset(), { kind: 'sample', fileName: '示例', importedAt: 1, counts: { added: 0, updated: 0, unchanged: 0, skipped: 0 }, sample: true })
  // An import on top, so the backup carries history and undo records too.
  const file = parseCsvText('年度,单位,类别,预算项目,季度,执行数\n2024,九江市柴桑区商务局,部门整体,人员经费,3,500\n', 'fix.csv')
  const imports = new ImportRepository(db)
  const plan = planImport([file], await new CatalogRepository(db).loadUnitYears([['九江市柴桑区商务局', 2024]]))
  await imports.commit(plan, [{ fileName: 'fix.csv', kind: 'spending', sha256: 'abc', size: 10 }])
})
afterEach(() => db.delete())

describe('backup and restore', () => {
  it('backup → clear → restore gives back identical data, history included', async () => {
    const before = await repo.exportAll()
    expect(before.changes).toHaveLength(1)
    const text = buildBackup(before, new Date('2024-10-01T00:00:00Z'))
    await repo.clearAll()
    expect(await repo.isEmpty()).toBe(true)
    const parsed = parseBackup(text)
    expect(parsed.ok).toBe(true)
    if (!parsed.ok) return
    await repo.restoreAll(parsed.data)
    expect(await repo.exportAll()).toEqual(before)
  })

  it('restores a backup whose undo records name rows by the keys of schema 4, and undo still works', async () => {
    const imports = new ImportRepository(db)
    const beforeImport = await repo.exportAll()
    const name = '提高政治站位，落实意识形态工作主体责任，持续深化理论武装，组织全体党员干部集中学习次数'
    const q4 = parseCsvText(`年度,单位,类别,三级指标,季度,实际值\n2024,九江市柴桑区商务局,部门整体,${name},4,6次\n`, 'q4.csv')
    const plan = planImport([q4], await new CatalogRepository(db).loadUnitYears([['九江市柴桑区商务局', 2024]]))
    const { batchIds } = await imports.commit(plan, [{ fileName: 'q4.csv', kind: 'actuals', sha256: 'q4', size: 10 }])
    const data = await repo.exportAll()
    // A backup made before schema 6 keyed an added actual by [code, quarter].
    const old = { ...data, changes: data.changes.map((c) => (c.table === 'actuals' ? { ...c, added: c.added!.map((k) => [(k as unknown[])[2] as string, 4]) } : c)) }
    expect(old.changes.find((c) => c.table === 'actuals')!.added).toEqual([[(plan.rows[0]!.record as { indicatorCode: string }).indicatorCode, 4]])
    const parsed = parseBackup(buildBackup(old))
    if (!parsed.ok) throw new Error(parsed.errors.join())
    await repo.restoreAll(parsed.data)
    expect(await repo.exportAll()).toEqual(data)
    await imports.undo(batchIds[0]!)
    expect(await repo.exportAll()).toEqual(beforeImport)
  })

  it('refuses a truncated file, another JSON file and another version', async () => {
    const text = buildBackup(await repo.exportAll())
    expect(parseBackup(text.slice(0, text.length / 2))).toEqual({ ok: false, errors: ['不是有效的备份文件：内容不是完整的 JSON（文件可能已损坏或被截断）'] })
    expect(parseBackup('{"name":"x"}')).toEqual({ ok: false, errors: ['不是绩效看板的备份文件'] })
    expect(parseBackup(text.replace('"version":1', '"version":9'))).toEqual({ ok: false, errors: ['备份文件版本 9 不受支持（支持版本 1）'] })
  })

  it('refuses bad rows, duplicates and dangling references, saying where', async () => {
    const data = await repo.exportAll()
    const withBadYear = { ...data, targets: data.targets.map((t, i) => (i === 2 ? { ...t, year: 'x' as unknown as number } : t)) }
    expect(parseBackup(buildBackup(withBadYear))).toEqual({ ok: false, errors: ['“绩效目标”第 3 条：字段 year 无效'] })
    const duplicated = { ...data, budgets: [...data.budgets, data.budgets[0]!] }
    expect(parseBackup(buildBackup(duplicated)).ok).toBe(false)
    const orphan = { ...data, targets: data.targets.slice(1) }
    expect(parseBackup(buildBackup(orphan))).toMatchObject({ ok: false, errors: [expect.stringMatching(/^实际完成记录指向不存在的指标/)] })
    const missing = JSON.parse(buildBackup(data)) as { tables: Record<string, unknown> }
    delete missing.tables.changes
    expect(parseBackup(JSON.stringify(missing))).toEqual({ ok: false, errors: ['缺少“撤销记录”数据'] })
  })
})
