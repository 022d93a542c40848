import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { JixiaoDatabase } from '@/db/database'
import { CatalogRepository } from '@/db/catalogRepository'
import { ImportRepository } from '@/db/importRepository'
import { ParentRepository } from '@/db/parentRepository'
import { decodeDocument } from '@/db/storedForm'
import { readTrail } from '@/db/trail'
import { planImport } from '@/io/importPlan'
import { parseCsvText } from '@/io/parseCsv'
import { csv } from './fixtures'

const U = '测试局'
const TARGETS = csv([
  ['年度', '单位', '类别', '一级指标', '二级指标', '三级指标', '指标值', '主管部门'],
  ['2024', U, '部门整体', '产出指标', '数量指标', '培训次数', '≥4次', '甲'],
])

let db: JixiaoDatabase
let parents: ParentRepository
let n = 0

beforeEach(async () => {
  db = new JixiaoDatabase(`parent-repo-test-${++n}`)
  await db.open()
  parents = new ParentRepository(db)
  const parsed = parseCsvText(TARGETS, 'targets.csv')
  const plan = planImport([parsed], await new CatalogRepository(db).loadUnitYear(U, 2024))
  await new ImportRepository(db).commit(plan, [{ fileName: 'targets.csv', kind: 'targets', sha256: 'x', size: 1 }])
})
afterEach(() => db.delete())

const stored = async () => decodeDocument((await db.documents.get([2024, U]))!)
const catalogParent = async () => (await db.catalog.get(2024))!.lines.find((l) => l.unit === U)!.parent

describe('ParentRepository: the 主管部门 set on the units page', () => {
  it('sets it as a batch of its own, a line of the trail old to new, on the document and its catalog line', async () => {
    const id = await parents.save({ key: [2024, U], parent: ' 乙 ', by: '张三', at: 1000 })
    expect(id).not.toBeNull()
    expect((await stored()).parent).toBe('乙')
    expect(await catalogParent()).toBe('乙')
    expect(await db.batches.get(id!)).toMatchObject({
      kind: 'parent',
      fileName: `主管部门 · ${U}`,
      by: '张三',
      importedAt: 1000,
      counts: { added: 0, updated: 1 },
    })
    const lines = (await readTrail(db)).get(id!)!
    expect(lines.complete).toBe(true)
    expect(lines.lines).toEqual([expect.objectContaining({ table: 'parent', before: '甲', after: '乙' })])
    // The targets stay as they were.
    expect((await stored()).targets.map((t) => t.name)).toEqual(['培训次数'])
  })

  it('undo puts the one before back', async () => {
    const id = await parents.save({ key: [2024, U], parent: '乙' })
    await new ImportRepository(db).undo(id!)
    expect((await stored()).parent).toBe('甲')
    expect(await catalogParent()).toBe('甲')
  })

  it('an empty name takes it away, and undo brings it back', async () => {
    const id = await parents.save({ key: [2024, U], parent: '  ' })
    expect('parent' in (await stored())).toBe(false)
    expect((await readTrail(db)).get(id!)!.lines).toEqual([
      expect.objectContaining({ table: 'parent', before: '甲', after: null }),
    ])
    await new ImportRepository(db).undo(id!)
    expect((await stored()).parent).toBe('甲')
  })

  it('writes nothing when it is already so', async () => {
    const count = await db.batches.count()
    expect(await parents.save({ key: [2024, U], parent: '甲' })).toBeNull()
    expect(await db.batches.count()).toBe(count)
  })

  it('refuses a unit-year with no data', async () => {
    await expect(parents.save({ key: [2023, U], parent: '乙' })).rejects.toThrow()
  })
})
