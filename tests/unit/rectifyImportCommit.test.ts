import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { JixiaoDatabase } from '@/db/database'
import { CatalogRepository } from '@/db/catalogRepository'
import { ImportRepository } from '@/db/importRepository'
import { decodeDocument } from '@/db/storedForm'
import { planImport } from '@/io/importPlan'
import { summarisePlan } from '@/io/importSummary'
import { parseCsvText } from '@/io/parseCsv'
import type { FormRectify, ParsedCsv } from '@/io/parsedCsv'
import { csv } from './fixtures'

const U = '测试局'
const TARGETS = csv([
  ['年度', '单位', '类别', '一级指标', '二级指标', '三级指标', '指标值'],
  ['2024', U, '部门整体', '产出指标', '数量指标', '培训次数', '≥4次'],
])
const Q3 = csv([
  ['年度', '单位', '类别', '三级指标', '季度', '实际值', '偏差原因'],
  ['2024', U, '部门整体', '培训次数', '3', '1次', '场地不足'],
])

/** The 整改 cells a 监控表 would give the values' row on line 2. */
const cells = (state: string): FormRectify[] => [
  { line: 2, measure: '加开培训', owner: '张三 2024-12-31', due: '', state, light: 'red', reason: '场地不足' },
]

let db: JixiaoDatabase
let imports: ImportRepository
let n = 0

beforeEach(async () => {
  db = new JixiaoDatabase(`rectify-import-test-${++n}`)
  await db.open()
  imports = new ImportRepository(db)
})
afterEach(() => db.delete())

async function commit(name: string, parsed: ParsedCsv) {
  const plan = planImport([parsed], await new CatalogRepository(db).loadUnitYear(U, 2024))
  const result = await imports.commit(plan, [{ fileName: name, kind: parsed.kind!, sha256: name, size: 1 }])
  return { plan, result }
}
const withCells = (name: string, state: string): ParsedCsv => ({ ...parseCsvText(Q3, name), rectify: cells(state) })
const stored = async () => decodeDocument((await db.documents.get([2024, U]))!)

describe('an import whose form carries 整改 columns', () => {
  it('writes the items in its batch: the trail tells them, a re-import changes nothing, undo takes them back', async () => {
    await commit('targets.csv', parseCsvText(TARGETS, 'targets.csv'))
    const first = await commit('q3.xlsx', withCells('q3.xlsx', '整改中 2024-10-12'))
    expect(first.plan.rectify!.map((p) => [p.file, p.added, p.updated])).toEqual([['q3.xlsx', 1, 0]])
    const [batch] = first.result.batchIds
    const items = (await stored()).rectify!
    expect(items.map((i) => [i.id, i.name, i.problem, i.measure, i.owner, i.due, i.light, i.month])).toEqual([
      ['R1', '培训次数', '场地不足', '加开培训', '张三', '2024-12-31', 'red', 9],
    ])
    expect((await db.catalog.get(2024))!.lines[0]!.rectify).toBe(1)
    const trail = await imports.trail()
    expect(
      trail
        .get(batch!)!
        .lines.filter((l) => l.table === 'rectify')
        .map((l) => [l.field, l.after]),
    ).toEqual([
      ['problem', '场地不足'],
      ['measure', '加开培训'],
      ['owner', '张三'],
      ['due', '2024-12-31'],
      ['state', '整改中 2024-10-12'],
    ])

    // The same file again: values and items as they are, no batch.
    const again = await commit('q3-again.xlsx', withCells('q3-again.xlsx', '整改中 2024-10-12'))
    expect([again.plan.rectify, again.result.batchIds]).toEqual([undefined, []])

    // Only the state changed: the open item is moved, not doubled, in a batch of its own.
    const done = await commit('q3-done.xlsx', withCells('q3-done.xlsx', '已完成 2024-11-02'))
    expect(done.plan.rectify!.map((p) => [p.added, p.updated])).toEqual([[0, 1]])
    expect(done.result.batchIds).toHaveLength(1)
    // The preview counts the item: nothing else of the file would be written.
    const summary = summarisePlan(done.plan)
    expect([summary.rectifyCounts, summary.toWrite, summary.partWrites]).toEqual([
      { added: 0, updated: 1 },
      1,
      { 'q3-done.xlsx': 1 },
    ])
    expect(summarisePlan(first.plan).toWrite).toBe(2)
    expect((await stored()).rectify!.map((i) => [i.id, i.steps.map((s) => `${s.state} ${s.date}`)])).toEqual([
      ['R1', ['notStarted 2024-09-30', 'inProgress 2024-10-12', 'done 2024-11-02']],
    ])

    await imports.undo(done.result.batchIds[0]!)
    expect((await stored()).rectify).toEqual(items)
    await imports.undo(batch!)
    expect((await stored()).rectify).toBeUndefined()
    expect((await stored()).actuals).toEqual([])
  })
})
