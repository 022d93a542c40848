import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { JixiaoDatabase } from '@/db/database'
import { CatalogRepository } from '@/db/catalogRepository'
import { ImportRepository } from '@/db/importRepository'
import { RectifyRepository } from '@/db/rectifyRepository'
import { decodeDocument } from '@/db/storedForm'
import { DatasetRepository } from '@/db/datasetRepository'
import { buildBackup } from '@/io/backupWrite'
import { parseBackup } from '@/io/backupRead'
import { newRectifyItem, withState, type RectifyItem } from '@/domain/rectify'
import { planImport } from '@/io/importPlan'
import { parseCsvText } from '@/io/parseCsv'
import { csv } from './fixtures'

const U = '测试局'
const TARGETS = csv([
  ['年度', '单位', '类别', '一级指标', '二级指标', '三级指标', '指标值'],
  ['2024', U, '部门整体', '产出指标', '数量指标', '培训次数', '≥4次'],
])
const values = (quarter: string, value: string) =>
  csv([
    ['年度', '单位', '类别', '三级指标', '季度', '实际值'],
    ['2024', U, '部门整体', '培训次数', quarter, value],
  ])

let db: JixiaoDatabase
let imports: ImportRepository
let rectify: RectifyRepository
let n = 0

beforeEach(async () => {
  db = new JixiaoDatabase(`rectify-test-${++n}`)
  await db.open()
  imports = new ImportRepository(db)
  rectify = new RectifyRepository(db)
})
afterEach(() => db.delete())

async function importText(name: string, text: string) {
  const parsed = parseCsvText(text, name)
  const plan = planImport([parsed], await new CatalogRepository(db).loadUnitYear(U, 2024))
  return imports.commit(plan, [{ fileName: name, kind: parsed.kind!, sha256: name, size: 1 }])
}

function item(owner: string): RectifyItem {
  return newRectifyItem(
    {
      year: 2024,
      unit: U,
      scope: '部门整体',
      subject: 'indicator',
      ref: 'code',
      name: '培训次数',
      month: 3,
      light: 'red',
      problem: '进度滞后',
      measure: '加开培训',
      owner,
      due: '2024-06-30',
      result: '',
      date: '2024-04-10',
    },
    [],
  )
}

const stored = async () => decodeDocument((await db.documents.get([2024, U]))!)
const key: [number, string] = [2024, U]

describe('RectifyRepository', () => {
  it('keeps items across a new quarter, tells each change in the trail, and undo puts them back', async () => {
    await importText('targets.csv', TARGETS)
    await importText('q1.csv', values('1', '0次'))
    const made = item('张三')
    const first = await rectify.save({ key, items: [made], fileName: '整改 · 培训次数', by: '李四', at: 1 })
    expect(first).not.toBeNull()
    expect((await stored()).rectify).toEqual([made])
    expect(await rectify.itemsOf(2024)).toEqual([made])
    expect((await db.catalog.get(2024))!.lines[0]!.rectify).toBe(1)

    // A new quarter's file replaces values, never the items.
    await importText('q2.csv', values('2', '1次'))
    expect((await stored()).rectify).toEqual([made])
    expect((await stored()).actuals).toHaveLength(2)

    const done = withState(made, 'done', '2024-06-20')
    const second = await rectify.save({ key, items: [done], fileName: '整改 · 培训次数', at: 2 })
    // Saving the same items again is no change and no batch.
    expect(await rectify.save({ key, items: [done], fileName: '整改 · 培训次数', at: 3 })).toBeNull()

    const history = await imports.history()
    expect(history.map((b) => [b.kind, b.counts.added, b.counts.updated, b.by ?? null])).toEqual([
      ['rectify', 0, 1, null],
      ['actuals', 1, 0, null],
      ['rectify', 1, 0, '李四'],
      ['actuals', 1, 0, null],
      ['targets', 1, 0, null],
    ])
    const trail = await imports.trail()
    expect(trail.get(second!)!.lines.map((l) => [l.table, l.field, l.before, l.after])).toEqual([
      ['rectify', 'state', '未开始 2024-04-10', '已完成 2024-06-20'],
    ])
    expect(trail.get(first!)!.lines.map((l) => [l.field, l.before, l.after])).toEqual([
      ['problem', null, '进度滞后'],
      ['measure', null, '加开培训'],
      ['owner', null, '张三'],
      ['due', null, '2024-06-30'],
      // An empty field of a new item is no line.
      ['state', null, '未开始 2024-04-10'],
    ])

    // Undoing the mark of done puts the item back as it was, values untouched.
    await imports.undo(second!)
    expect((await stored()).rectify).toEqual([made])
    expect((await stored()).actuals).toHaveLength(2)
    const afterUndo = await imports.trail()
    const undoBatch = (await imports.history())[0]!
    expect(undoBatch.kind).toBe('undo')
    expect(afterUndo.get(undoBatch.id!)!.lines.map((l) => [l.field, l.before, l.after])).toEqual([
      ['state', '已完成 2024-06-20', '未开始 2024-04-10'],
    ])

    // Undoing the making takes the later quarter back too (every later batch), and the item with it.
    await imports.undo(first!)
    expect((await stored()).rectify).toBeUndefined()
    expect((await stored()).actuals).toHaveLength(1)
    expect(await rectify.itemsOf(2024)).toEqual([])
    expect((await db.catalog.get(2024))!.lines[0]!.rectify).toBeUndefined()
  })

  it('carries the items and their trail through a backup and its restore', async () => {
    await importText('targets.csv', TARGETS)
    const made = item('张三')
    const batch = await rectify.save({ key, items: [made], fileName: '整改 · 培训次数', at: 1 })
    const data = new DatasetRepository(db)
    const before = await data.exportAll()
    expect(before.documents[0]!.rectify).toEqual([made])
    const parsed = parseBackup(buildBackup(before))
    expect(parsed.ok).toBe(true)
    if (!parsed.ok) return
    await data.clearAll()
    expect(await rectify.itemsOf(2024)).toEqual([])
    await data.restoreAll(parsed.data)
    expect(await rectify.itemsOf(2024)).toEqual([made])
    // Undo still works on the restored history: the item goes, the targets stay.
    await imports.undo(batch!)
    expect((await stored()).rectify).toBeUndefined()
    expect((await stored()).targets).toHaveLength(1)
    // A backup whose items are not a list of items is refused whole.
    const broken = JSON.parse(buildBackup(before)) as { documents: { rectify: unknown }[] }
    broken.documents[0]!.rectify = [{ id: 1 }]
    expect(parseBackup(JSON.stringify(broken))).toMatchObject({
      ok: false,
      errors: ['“单位年度数据”第 1 条：字段 rectify 无效'],
    })
  })
})
