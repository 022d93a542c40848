import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { JixiaoDatabase } from '@/db/database'
import { CatalogRepository } from '@/db/catalogRepository'
import { DatasetRepository } from '@/db/datasetRepository'
import { ImportRepository } from '@/db/importRepository'
import { decodeDocument } from '@/db/storedForm'
import type { ImportedFile } from '@/domain/model'
import { buildBackup } from '@/io/backupWrite'
import { parseBackup } from '@/io/backupRead'
import { datasetCsvFiles } from '@/io/datasetCsv'
import { planImport } from '@/io/importPlan'
import { parseCsvText } from '@/io/parseCsv'
import type { ParsedCsv } from '@/io/parsedCsv'
import { resultRows, RESULT_COLUMNS } from '@/io/resultsExport'
import { evaluateUnitYear } from '@/domain/engine/evaluate'
import { ImportSession } from '@/workers/importSession'
import { officialSheets } from '@/io/official/officialWorkbooks'
import { csv } from './fixtures'
import { selfEvaluation, workbook } from './forms/formFixtures'

const U = '测试局'
const FORM_UNIT = '九江市柴桑区商务局'
const GOV = '九江市柴桑区人民政府'

const targets = (...parents: string[]) =>
  csv([
    ['年度', '单位', '类别', '一级指标', '二级指标', '三级指标', '指标值', '主管部门'],
    ...parents.map((parent, i) => ['2024', U, '部门整体', '产出指标', '数量指标', `指标${i + 1}`, '≥4次', parent]),
  ])
const budget = (parent: string) =>
  csv([
    ['年度', '单位', '类别', '预算项目', '全年预算数', '主管部门'],
    ['2024', U, '部门整体', '人员经费', '100', parent],
  ])

let db: JixiaoDatabase
let n = 0
const others: JixiaoDatabase[] = []

beforeEach(async () => {
  db = new JixiaoDatabase(`parent-test-${++n}`)
  await db.open()
})
afterEach(async () => {
  await db.delete()
  for (const other of others.splice(0)) await other.delete()
})

const meta = (parsed: ParsedCsv): ImportedFile => ({
  fileName: parsed.fileName,
  kind: parsed.kind!,
  sha256: `sha-${parsed.fileName}`,
  size: 100,
})

/** Parses and plans CSV texts against the stored unit-year, as the import screen does; `commit` writes the plan. */
async function planTexts(...files: [string, string][]) {
  const parsed = files.map(([name, text]) => parseCsvText(text, name))
  const plan = planImport(parsed, await new CatalogRepository(db).loadUnitYear(U, 2024))
  return { plan, commit: () => new ImportRepository(db).commit(plan, parsed.map(meta)) }
}

const stored = async (unit = U, year = 2024) => {
  const document = await db.documents.get([year, unit])
  return document && decodeDocument(document)
}

/** The fixture's 自评表 with its 主管部门 cell set (its 实施单位 stays 九江市柴桑区商务局). */
function selfEvaluationUnder(parent: string) {
  const form = selfEvaluation()
  const rows = form.rows.map((row) => [...row])
  rows[3]![2] = parent
  return workbook([{ ...form, rows }])
}

/** Reads, checks and commits one file in an import session. */
async function importFile(session: ImportSession, id: number, name: string, bytes: Uint8Array) {
  const read = await session.read(id, Object.assign(new Blob([bytes as Uint8Array<ArrayBuffer>]), { name }))
  const plan = await session.check(id, [id])
  const written = read.summary.parts.flatMap((p) =>
    p.kind ? [{ fileId: id, fileName: p.name, kind: p.kind, sha256: read.sha256, size: read.size }] : [],
  )
  return { plan, result: await session.commit(id, written) }
}

describe('the 主管部门 of a unit-year', () => {
  it('a project form names it: stored on the unit-year and in its catalog line, which the units page shows', async () => {
    const session = new ImportSession(db)
    const { plan } = await importFile(session, 1, '自评表.xlsx', selfEvaluationUnder(GOV))
    expect(plan.problems).toEqual([])
    expect(plan.toWrite).toBe(plan.counts.added + 1)
    expect((await stored(FORM_UNIT))!.parent).toBe(GOV)
    const [unit] = await new CatalogRepository(db).loadCatalog()
    expect(unit).toEqual({ unit: FORM_UNIT, years: [{ year: 2024, periods: unit!.years[0]!.periods, parent: GOV }] })
    // The app's 监控表 and 自评表 print it where the form has it, beside the 实施单位.
    const data = await new CatalogRepository(db).loadUnitYear(FORM_UNIT, 2024)
    expect([...data.parents!]).toEqual([[`2024\u0000${FORM_UNIT}`, GOV]])
    const scopes = evaluateUnitYear(data, 12)
    for (const table of ['绩效监控表', '绩效自评表'] as const) {
      const texts = officialSheets(table, scopes, data, 'rules')[0]!.rows.map((row) =>
        row.flatMap((cell) => (cell.value === null ? [] : [cell.value])),
      )
      const row = texts.find((r) => r.includes('主管部门'))!
      expect(row.slice(row.indexOf('主管部门'))).toEqual(['主管部门', GOV, '实施单位', FORM_UNIT])
    }
    // Without a 主管部门 stored, the unit stands in, as before.
    const unnamed = officialSheets('绩效自评表', scopes, { ...data, parents: new Map() }, 'rules')[0]!
    expect(unnamed.rows.flatMap((row) => row.map((cell) => cell.value)).filter((v) => v === GOV)).toEqual([])
  })

  it('a flat file names it in a 主管部门 column; a later import that changes it says so, and undo restores the one before', async () => {
    const first = await planTexts(['targets.csv', targets('甲', '甲')])
    // A new unit-year: its 主管部门 is one of its facts, nothing to tell apart.
    expect(first.plan.notices).toEqual([])
    expect(first.plan.parents).toEqual([
      { file: 'targets.csv', line: 2, year: 2024, unit: U, parent: '甲', before: null },
    ])
    const [batch1] = (await first.commit()).batchIds
    expect((await stored())!.parent).toBe('甲')

    // The same rows under another 主管部门: no row changes, the unit-year does.
    const second = await planTexts(['targets.csv', targets('乙', '乙')])
    expect(second.plan.counts).toEqual({ added: 0, updated: 0, unchanged: 2, skipped: 0 })
    expect(second.plan.parents).toEqual([
      { file: 'targets.csv', line: 2, year: 2024, unit: U, parent: '乙', before: '甲' },
    ])
    expect(second.plan.notices.map((x) => x.text)).toEqual(['targets.csv：2024年 测试局 的主管部门由“甲”改为“乙”'])
    const result = await second.commit()
    expect(result.batchIds).toHaveLength(1)
    const before = await db.before.get(result.batchIds[0]!)
    expect(before!.documents).toEqual([{ key: [2024, U], parts: { parent: '甲' } }])
    expect((await stored())!.parent).toBe('乙')
    expect((await stored())!.targets).toHaveLength(2)

    await new ImportRepository(db).undo(result.batchIds[0]!)
    expect((await stored())!.parent).toBe('甲')
    // Undoing the first takes the document, and its 主管部门, away.
    await new ImportRepository(db).undo(batch1!)
    expect(await stored()).toBeUndefined()
  })

  it('an actuals or spending file names it in the same column, planned beside its rows and set on the unit-year', async () => {
    await (await planTexts(['targets.csv', targets('')], ['budget.csv', budget('')])).commit()
    expect('parent' in (await stored())!).toBe(false)
    const actuals = csv([
      ['年度', '单位', '类别', '三级指标', '季度', '实际值', '主管部门'],
      ['2024', U, '部门整体', '指标1', '1', '2次', '甲'],
    ])
    const named = await planTexts(['actuals.csv', actuals])
    expect(named.plan.problems).toEqual([])
    expect(named.plan.parents.map((p) => [p.file, p.line, p.parent, p.before])).toEqual([
      ['actuals.csv', 2, '甲', null],
    ])
    await named.commit()
    expect((await stored())!.parent).toBe('甲')

    const spending = csv([
      ['年度', '单位', '类别', '预算项目', '季度', '执行数', 'parent'],
      ['2024', U, '部门整体', '人员经费', '1', '30', '乙'],
    ])
    const changed = await planTexts(['spending.csv', spending])
    expect(changed.plan.problems).toEqual([])
    expect(changed.plan.parents.map((p) => [p.file, p.parent, p.before])).toEqual([['spending.csv', '乙', '甲']])
    expect(changed.plan.notices.map((x) => x.text)).toEqual(['spending.csv：2024年 测试局 的主管部门由“甲”改为“乙”'])
    await changed.commit()
    expect((await stored())!.parent).toBe('乙')
    expect((await stored())!.spending.map((r) => r.spent)).toEqual([30])
  })

  it('undo takes away a 主管部门 the unit-year did not have before', async () => {
    await (
      await planTexts([
        'targets.csv',
        csv([
          ['年度', '单位', '类别', '一级指标', '二级指标', '三级指标', '指标值'],
          ['2024', U, '部门整体', '产出指标', '数量指标', '指标1', '≥4次'],
        ]),
      ])
    ).commit()
    const named = await planTexts(['budget.csv', budget('甲')])
    expect(named.plan.notices.map((x) => x.text)).toEqual(['budget.csv：2024年 测试局 的主管部门记为“甲”'])
    const { batchIds } = await named.commit()
    expect(await db.before.get(batchIds[0]!)).toMatchObject({
      documents: [{ key: [2024, U], parts: { parent: null } }],
    })
    expect((await stored())!.parent).toBe('甲')
    await new ImportRepository(db).undo(batchIds[0]!)
    const document = (await stored())!
    expect('parent' in document).toBe(false)
    expect(document.targets).toHaveLength(1)
    expect(document.budgets).toEqual([])
  })

  it('two different 主管部门 for one unit-year are a problem of the later cell, in one file or across files', async () => {
    const one = await planTexts(['targets.csv', targets('甲', '乙')])
    expect(one.plan.problems).toEqual([
      {
        file: 'targets.csv',
        line: 3,
        column: '主管部门',
        found: '乙',
        expected: '与第2行所填的主管部门“甲”不一致：2024年 测试局 只能有一个主管部门',
        code: 'parentConflict',
        params: { year: 2024, unit: U, parent: '甲', firstLine: 2, firstFile: '' },
      },
    ])
    expect(one.plan.skipped).toEqual([{ file: 'targets.csv', line: 3 }])
    // The row with the problem is not taken; the first stands.
    expect(one.plan.rows.map((r) => r.line)).toEqual([2])
    expect(one.plan.parents.map((p) => p.parent)).toEqual(['甲'])

    const two = await planTexts(['budget.csv', budget('乙')], ['targets.csv', targets('甲')])
    expect(two.plan.problems.map((p) => [p.file, p.line, p.column, p.found, p.expected])).toEqual([
      [
        'budget.csv',
        2,
        '主管部门',
        '乙',
        '与targets.csv 第2行所填的主管部门“甲”不一致：2024年 测试局 只能有一个主管部门',
      ],
    ])
  })

  it('a backup carries it and restores it; a backup made before it was kept still restores, without one', async () => {
    await (await planTexts(['targets.csv', targets('甲')])).commit()
    await (await planTexts(['targets.csv', targets('乙')])).commit()
    const text = buildBackup(await new DatasetRepository(db).exportAll())
    const parsed = parseBackup(text)
    expect(parsed.ok).toBe(true)

    const copy = new JixiaoDatabase(`parent-copy-${n}`)
    others.push(copy)
    await copy.open()
    await new DatasetRepository(copy).restoreAll((parsed as { ok: true; data: never }).data)
    const restored = decodeDocument((await copy.documents.get([2024, U]))!)
    expect(restored.parent).toBe('乙')
    expect((await new CatalogRepository(copy).loadCatalog())[0]!.years[0]!.parent).toBe('乙')
    // The history came along: undoing the second import there puts the first 主管部门 back.
    const [latest] = await new ImportRepository(copy).history()
    await new ImportRepository(copy).undo(latest!.id!)
    expect(decodeDocument((await copy.documents.get([2024, U]))!).parent).toBe('甲')

    const old = JSON.parse(text) as { documents: Record<string, unknown>[] }
    for (const document of old.documents) delete document.parent
    const oldParsed = parseBackup(JSON.stringify(old))
    expect(oldParsed.ok).toBe(true)
    const documents = (oldParsed as { ok: true; data: { documents: object[] } }).data.documents
    expect(documents.map((d) => 'parent' in d)).toEqual([false])

    const bad = JSON.parse(text) as { documents: Record<string, unknown>[] }
    bad.documents[0]!.parent = 7
    expect(parseBackup(JSON.stringify(bad))).toEqual({
      ok: false,
      errors: ['“单位年度数据”第 1 条：字段 parent 无效'],
    })
  })

  it('the data set export carries it in a 主管部门 column, and a published folder of those files brings it back', async () => {
    await (await planTexts(['targets.csv', targets('甲')], ['budget.csv', budget('甲')])).commit()
    const files = datasetCsvFiles(await new CatalogRepository(db).loadEverything(), 'x')
    expect(files.map((f) => f.text.split(/\r?\n/).map((line) => line.split(',').at(-1)))).toEqual([
      ['主管部门', '甲', ''],
      ['主管部门', '甲', ''],
    ])

    const copy = new JixiaoDatabase(`parent-published-${n}`)
    others.push(copy)
    await copy.open()
    // As the published-data store syncs: every file read, checked together, and written as one batch.
    const session = new ImportSession(copy)
    const ids = files.map((_, i) => i + 1)
    const reads = await Promise.all(
      files.map((f, i) =>
        session.read(ids[i]!, Object.assign(new Blob([new TextEncoder().encode(f.text)]), { name: f.fileName })),
      ),
    )
    const plan = await session.check(1, ids)
    expect(plan.problems).toEqual([])
    await session.commit(
      1,
      reads.flatMap((read, i) =>
        read.summary.parts.map((p) => ({ fileId: ids[i]!, fileName: p.name, kind: p.kind!, sha256: '', size: 1 })),
      ),
      undefined,
      undefined,
      { fileName: '发布数据 /data/', kind: 'published' },
    )
    const document = decodeDocument((await copy.documents.get([2024, U]))!)
    expect([document.parent, document.targets.length, document.budgets.length]).toEqual(['甲', 1, 1])
    const [batch] = await new ImportRepository(copy).history()
    expect([batch!.kind, batch!.fileName]).toEqual(['published', '发布数据 /data/'])
  })

  it('the results export ends each row with the unit-year’s 主管部门 when given them', async () => {
    await (await planTexts(['targets.csv', targets('甲')], ['budget.csv', budget('甲')])).commit()
    const everything = await new CatalogRepository(db).loadEverything()
    const rows = resultRows(evaluateUnitYear(everything, 12), 'rules', everything.parents)
    expect(rows[0]).toEqual([...RESULT_COLUMNS, '主管部门'])
    // The indicator, 预算执行率 and 总分 rows of 部门整体, then the rules' line.
    expect(rows.slice(1).map((r) => [r[2], r[5], r.at(-1)])).toEqual([
      ['部门整体', '指标1', '甲'],
      ['部门整体', '预算执行率', '甲'],
      ['部门整体', '总分', '甲'],
      [null, null, null],
    ])
    expect(resultRows(evaluateUnitYear(everything, 12), 'rules')[0]).toEqual([...RESULT_COLUMNS])
  })
})
