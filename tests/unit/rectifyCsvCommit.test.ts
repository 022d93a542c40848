import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { JixiaoDatabase } from '@/db/database'
import { CatalogRepository } from '@/db/catalogRepository'
import { ImportRepository } from '@/db/importRepository'
import { decodeDocument } from '@/db/storedForm'
import { deriveBudgetId } from '@/domain/indicatorCode'
import { planImport } from '@/io/importPlan'
import { summarisePlan } from '@/io/importSummary'
import { parseCsvText } from '@/io/parseCsv'
import type { ParsedCsv } from '@/io/parsedCsv'
import { RECTIFY_COLUMNS } from '@/io/rectifyCsv'
import { csv } from './fixtures'

const U = '测试局'
const BUDGET = csv([
  ['年度', '单位', '类别', '预算项目', '全年预算数'],
  ['2024', U, '部门整体', '公用经费', '100'],
])
const ITEM = csv([
  [...RECTIFY_COLUMNS],
  // 年度 单位 类别 对象 名称 报告期 灯 问题 整改措施 责任人 完成时限 状态 状态日期 状态说明 逾期天数 整改结果 状态变化
  [
    '2024',
    U,
    '部门整体',
    '预算执行',
    '公用经费',
    '1-7月',
    '红灯',
    '执行偏慢',
    '加快支付',
    '赵六',
    '2024-09-30',
    '整改中',
    '2024-08-05',
    '',
    '12',
    '',
    '未开始 2024-08-01；整改中 2024-08-05',
  ],
])

let db: JixiaoDatabase
let imports: ImportRepository
let n = 0

beforeEach(async () => {
  db = new JixiaoDatabase(`rectify-csv-commit-test-${++n}`)
  await db.open()
  imports = new ImportRepository(db)
})
afterEach(() => db.delete())

async function commit(parsed: ParsedCsv) {
  const plan = planImport([parsed], await new CatalogRepository(db).loadUnitYear(U, 2024))
  const result = await imports.commit(plan, [
    { fileName: parsed.fileName, kind: parsed.kind!, sha256: parsed.fileName, size: 1 },
  ])
  return { plan, result }
}
const stored = async () => decodeDocument((await db.documents.get([2024, U]))!)

describe('a 整改事项 CSV imported', () => {
  it('writes a budget line’s item in the file’s own batch: the trail tells it, again changes nothing, undo takes it back', async () => {
    await commit(parseCsvText(BUDGET, 'budget.csv'))
    const first = await commit(parseCsvText(ITEM, '整改事项-20240920.csv'))
    expect(summarisePlan(first.plan)).toMatchObject({ rectifyCounts: { added: 1, updated: 0 }, toWrite: 1 })
    const [batch] = first.result.batchIds
    expect((await db.batches.get(batch!))!.kind).toBe('rectify')
    const items = (await stored()).rectify!
    expect(items.map((i) => [i.id, i.subject, i.ref, i.name, i.month, i.light, i.owner, i.due])).toEqual([
      ['R1', 'budget', deriveBudgetId(2024, U, '部门整体', '公用经费'), '公用经费', 7, 'red', '赵六', '2024-09-30'],
    ])
    expect(items[0]!.steps).toEqual([
      { state: 'notStarted', date: '2024-08-01' },
      { state: 'inProgress', date: '2024-08-05' },
    ])
    const lines = (await imports.trail()).get(batch!)!.lines.filter((l) => l.table === 'rectify')
    expect(lines.map((l) => [l.field, l.after])).toEqual([
      ['problem', '执行偏慢'],
      ['measure', '加快支付'],
      ['owner', '赵六'],
      ['due', '2024-09-30'],
      ['state', '整改中 2024-08-05'],
    ])

    const again = await commit(parseCsvText(ITEM, '整改事项-20240921.csv'))
    expect([again.plan.rectify, again.result.batchIds]).toEqual([undefined, []])

    await imports.undo(batch!)
    expect((await stored()).rectify).toBeUndefined()
    expect((await stored()).budgets.map((b) => b.item)).toEqual(['公用经费'])
  })
})
