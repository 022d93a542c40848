import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { JixiaoDatabase } from '@/db/database'
import { CatalogRepository } from '@/db/catalogRepository'
import { ImportRepository } from '@/db/importRepository'
import { ReviewRepository } from '@/db/reviewRepository'
import { decodeDocument } from '@/db/storedForm'
import type { ImportedFile } from '@/domain/model'
import { returned, reviewState } from '@/domain/review'
import { planImport } from '@/io/importPlan'
import { readImportFile } from '@/io/importFile'
import { parseCsvText } from '@/io/parseCsv'
import type { ParsedCsv } from '@/io/parsedCsv'
import { reviewRows } from '@/io/reviewCsv'
import { toCsv } from '@/io/csvWriter'
import { csv } from './fixtures'
import { DatasetRepository } from '@/db/datasetRepository'
import { buildBackup } from '@/io/backupWrite'
import { parseBackup } from '@/io/backupRead'

const U = '测试局'
const TARGETS = csv([
  ['年度', '单位', '类别', '一级指标', '二级指标', '三级指标', '指标值', '指标编码'],
  ['2024', U, '部门整体', '产出指标', '数量指标', '培训次数', '≥4次', 'C1'],
])
const q3 = (value: string) =>
  csv([
    ['年度', '单位', '类别', '三级指标', '季度', '实际值'],
    ['2024', U, '部门整体', '培训次数', '3', value],
  ])
const Q3_KEY = { year: 2024, unit: U, month: 9 } as const

let db: JixiaoDatabase
let imports: ImportRepository
let n = 0

beforeEach(async () => {
  db = new JixiaoDatabase(`review-commit-test-${++n}`)
  await db.open()
  imports = new ImportRepository(db)
})
afterEach(() => db.delete())

async function commit(parsed: ParsedCsv, kind: ImportedFile['kind'], at: number) {
  const plan = planImport([parsed], await new CatalogRepository(db).loadUnitYear(U, 2024))
  const result = await imports.commit(plan, [{ fileName: parsed.fileName, kind, sha256: '', size: 1 }], {
    importedAt: at,
  })
  return { plan, result }
}
const stored = async () => decodeDocument((await db.documents.get([2024, U]))!)
const reviewFile = async (text: string, name = '审核.csv') =>
  (await readImportFile(new TextEncoder().encode(text), name)).parts[0]!

describe('reviews stored on the document', () => {
  it('a return is a batch; an entry of the period sets it back to 待审核 in its own batch, whose undo brings 已退回 back', async () => {
    await commit(parseCsvText(TARGETS, 't.csv'), 'targets', 1000)
    await commit(parseCsvText(q3('2次'), 'a.csv'), 'actuals', 2000)
    const back = returned(
      undefined,
      Q3_KEY,
      {
        reason: '',
        lines: [{ subject: 'indicator', scope: '部门整体', ref: 'C1', name: '培训次数', reason: '缺偏差原因' }],
      },
      '李审',
      3000,
    )
    const reviewId = await new ReviewRepository(db).save({
      key: [2024, U],
      review: back,
      fileName: '审核',
      by: '李审',
      at: 3000,
    })
    expect(reviewState((await stored()).review![0])).toBe('returned')
    expect((await db.batches.get(reviewId))!.kind).toBe('review')

    const entry = await commit(parseCsvText(q3('3次'), '在线填报'), 'entry', 4000)
    const after = (await stored()).review!
    expect(after).toEqual([
      { ...back, valuesAt: 4000, steps: [...back.steps, { state: 'pending', by: '', at: 4000, reset: true }] },
    ])
    const trail = await imports.trail()
    expect(
      trail
        .get(entry.result.batchIds[0]!)!
        .lines.filter((l) => l.table === 'review')
        .map((l) => [l.field, l.before, l.after]),
    ).toEqual([
      ['reviewState', expect.stringMatching(/^已退回 李审 /), expect.stringMatching(/^待审核 /)],
      ['reviewLine', '缺偏差原因', null],
    ])
    expect(trail.get(reviewId)!.lines.map((l) => [l.field, l.name, l.before, l.after])).toEqual([
      ['reviewState', U, null, expect.stringMatching(/^已退回 李审 /)],
      ['reviewLine', '培训次数', null, '缺偏差原因'],
    ])
    await imports.undo(entry.result.batchIds[0]!)
    expect((await stored()).review).toEqual([back])
    expect((await stored()).actuals[0]!.actualText).toBe('2次')
    await imports.undo(reviewId)
    expect((await stored()).review).toBeUndefined()
  })

  it('a 审核 file round-trips; one older than the last change of the values here is told and not taken', async () => {
    await commit(parseCsvText(TARGETS, 't.csv'), 'targets', 1000)
    await commit(parseCsvText(q3('2次'), 'a.csv'), 'actuals', 2000)
    const back = returned(
      undefined,
      Q3_KEY,
      {
        reason: '请补充',
        lines: [{ subject: 'indicator', scope: '部门整体', ref: 'C1', name: '培训次数', reason: '缺偏差原因' }],
      },
      '李审',
      3000,
    )
    const text = toCsv(reviewRows([back], new Map()))
    const file = await reviewFile(text)
    expect(file.kind).toBe('review')
    expect(file.review!.map((r) => [r.month, r.state, r.by, r.at, r.scope, r.name, r.code, r.reason])).toEqual([
      [9, 'returned', '李审', 3000, '', '', '', '请补充'],
      [9, 'returned', '李审', 3000, '部门整体', '培训次数', 'C1', '缺偏差原因'],
    ])
    const taken = await commit(file, 'review', 5000)
    expect(taken.plan.problems).toEqual([])
    expect(taken.plan.review).toHaveLength(1)
    expect((await stored()).review).toEqual([back])
    // The same file again changes nothing.
    expect((await commit(await reviewFile(text), 'review', 5100)).result.batchIds).toEqual([])
    // An entry after it, then the same file: stale, the period stays 待审核.
    await commit(parseCsvText(q3('3次'), '在线填报'), 'entry', 6000)
    const older = toCsv(reviewRows([{ ...back, steps: [{ ...back.steps[0]!, at: 5500 }] }], new Map()))
    const stale = await commit(await reviewFile(older), 'review', 7000)
    expect(stale.plan.review).toBeUndefined()
    expect(stale.plan.notices.map((x) => x.code)).toEqual(['reviewStale'])
    expect(reviewState((await stored()).review![0])).toBe('pending')
  })

  it('refuses a return without a reason and a unit-year with no data', async () => {
    await commit(parseCsvText(TARGETS, 't.csv'), 'targets', 1000)
    const text = csv([
      ['年度', '单位', '季度', '审核状态', '审核人', '审核时间', '类别', '三级指标', '退回原因'],
      ['2024', U, '3', '已退回', '李审', '2024-10-15 09:30:00+08:00', '', '', ''],
      ['2024', '别的局', '3', '已审核', '李审', '2024-10-15 09:30', '', '', ''],
      ['2024', U, '2', '已审核', '李审', '2024-10-15T01:30:00Z', '', '', ''],
    ])
    const plan = planImport([await reviewFile(text)], await new CatalogRepository(db).loadUnitYear(U, 2024))
    expect(plan.problems.map((p) => [p.line, p.code])).toEqual([
      [2, 'reviewNoReason'],
      [3, 'reviewNoData'],
    ])
    expect(plan.review!.map((p) => [p.month, p.step.state, p.step.at])).toEqual([
      [6, 'approved', Date.UTC(2024, 9, 15, 1, 30)],
    ])
  })

  it('backups carry the reviews and a restore gives them back, undo included', async () => {
    await commit(parseCsvText(TARGETS, 't.csv'), 'targets', 1000)
    await commit(parseCsvText(q3('2次'), 'a.csv'), 'actuals', 2000)
    const back = returned(undefined, Q3_KEY, { reason: '补充', lines: [] }, '李审', 3000)
    const id = await new ReviewRepository(db).save({ key: [2024, U], review: back, fileName: '审核', at: 3000 })
    const repo = new DatasetRepository(db)
    const parsed = parseBackup(buildBackup(await repo.exportAll()))
    if (!parsed.ok) throw new Error(parsed.errors.join())
    expect((parsed.data as { documents: { review?: unknown }[] }).documents[0]!.review).toEqual([back])
    const broken = JSON.parse(buildBackup(await repo.exportAll()))
    broken.documents[0].review = [{ steps: 'no' }]
    expect(parseBackup(JSON.stringify(broken))).toMatchObject({ ok: false })
    await db.documents.clear()
    await repo.restoreAll(parsed.data)
    expect((await stored()).review).toEqual([back])
    await imports.undo(id)
    expect((await stored()).review).toBeUndefined()
  })
})
