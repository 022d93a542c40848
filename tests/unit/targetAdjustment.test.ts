import { describe, expect, it } from 'vitest'
import { JixiaoDatabase } from '@/db/database'
import { CatalogRepository } from '@/db/catalogRepository'
import { ImportRepository } from '@/db/importRepository'
import { adjustmentFileName, adjustmentPlan } from '@/domain/adjustmentPlan'
import { adjustmentOf, targetCellText, withAdjustment } from '@/domain/engine/targetInForce'
import { evaluateAllAtLatest } from '@/domain/engine/evaluateAll'
import { RESULT_COLUMNS, resultRows } from '@/io/resultsExport'
import { actual, dataset, target } from './fixtures'
import type { ImportedFile } from '@/domain/model'
import type { Month } from '@/domain/period'
import { buildBackup } from '@/io/backupWrite'
import { parseBackup } from '@/io/backupRead'
import { planImport } from '@/io/importPlan'
import { parseCsvText } from '@/io/parseCsv'
import { IMPORT_UNIT, TWO_TARGETS_CSV, useImportDatabase } from './importDatabase'

let db: JixiaoDatabase
let repo: ImportRepository
useImportDatabase('adjust-test', (opened, repository) => {
  db = opened
  repo = repository
})

const stored = () => new CatalogRepository(db).loadUnitYear(IMPORT_UNIT, 2024)
const training = async () => (await stored()).targets.find((t) => t.name === '培训次数')!

async function importTargets(): Promise<void> {
  const parsed = parseCsvText(TWO_TARGETS_CSV, 'targets.csv')
  const file: ImportedFile = { fileName: 'targets.csv', kind: 'targets', sha256: 'sha', size: 100 }
  await repo.commit(planImport([parsed], await stored()), [file])
}

async function adjust(): Promise<number> {
  const before = await training()
  const plan = adjustmentPlan(
    before,
    withAdjustment(before, { targetText: '≥6次', weight: 20, fromMonth: 7, approval: '财预〔2024〕5号' }),
  )
  const file: ImportedFile = { fileName: adjustmentFileName(before), kind: 'adjust', sha256: '', size: 0 }
  return (await repo.commit(plan, [file], { by: '张三' })).batchIds[0]!
}

describe('a target adjustment, stored', () => {
  it('keeps the original beside the adjustment in the document, as a batch of its own', async () => {
    await importTargets()
    const batchId = await adjust()
    const row = await training()
    expect(row.targetText).toBe('≥4次')
    expect(adjustmentOf(row)).toMatchObject({ originalText: '≥4次', targetText: '≥6次', weight: 20, fromMonth: 7 })
    const [batch] = await repo.history()
    expect(batch).toMatchObject({
      id: batchId,
      kind: 'adjust',
      fileName: '目标调整 2024年 培训次数',
      by: '张三',
      counts: { added: 0, updated: 1, unchanged: 0, skipped: 0 },
    })
  })

  it('is a line of the trail per field it set', async () => {
    await importTargets()
    const batchId = await adjust()
    const lines = (await repo.trail()).get(batchId)!.lines.map((l) => [l.name, l.field, l.before, l.after])
    expect(lines).toEqual([
      ['培训次数', 'adjustedText', null, '≥6次'],
      ['培训次数', 'adjustedWeight', null, 20],
      ['培训次数', 'adjustedFrom', null, 7],
      ['培训次数', 'adjustApproval', null, '财预〔2024〕5号'],
    ])
  })

  it('is undone like an import: the target is as it was, without an adjustment', async () => {
    await importTargets()
    const batchId = await adjust()
    await repo.undo(batchId)
    const row = await training()
    expect(adjustmentOf(row)).toBeNull()
    expect(row.targetText).toBe('≥4次')
    expect((await repo.history()).find((b) => b.id === batchId)?.undoneAt).toBeTypeOf('number')
  })
})

describe('a target adjustment in a backup', () => {
  const row = withAdjustment(target('培训次数', { targetText: '≥4次' }), {
    targetText: '≥6次',
    fromMonth: 7,
    approvedOn: '2024-07-10',
  })
  const document = { year: 2024, unit: row.unit, targets: [row], budgets: [], actuals: [], spending: [] }

  it('comes back with both targets', () => {
    const parsed = parseBackup(buildBackup({ documents: [document], batches: [], before: [] }))
    expect(parsed.ok).toBe(true)
    const back = parsed.ok && 'documents' in parsed.data ? parsed.data.documents[0]!.targets[0]! : null
    expect(back && adjustmentOf(back)).toEqual({
      originalText: '≥4次',
      targetText: '≥6次',
      fromMonth: 7,
      approvedOn: '2024-07-10',
    })
  })

  it('is refused with a month outside the year', () => {
    const bad = { ...document, targets: [{ ...row, adjustedFrom: 13 as Month }] }
    const parsed = parseBackup(buildBackup({ documents: [bad], batches: [], before: [] }))
    expect(parsed.ok ? [] : parsed.errors).toEqual(['“单位年度数据”第 1 条“绩效目标”第 1 条：字段 adjustedFrom 无效'])
  })
})

describe('a target adjustment in the forms and exports', () => {
  const row = withAdjustment(target('培训次数', { targetText: '≥4次', code: 'T-1' }), {
    targetText: '≥6次',
    fromMonth: 7,
    approvedOn: '2024-07-10',
    approval: '财预〔2024〕5号',
  })
  const both = '原目标 ≥4次 → 调整后目标 ≥6次（自7月起，2024-07-10批准，财预〔2024〕5号）'

  it('writes both targets in the 指标值 cell, the year end scored against the new one (3 of 6 is 50%)', () => {
    const rows = resultRows(evaluateAllAtLatest(dataset({ targets: [row], actuals: [actual(row, 4, '3次')] })), 'r')
    const cells = rows[1]!
    expect(cells[RESULT_COLUMNS.indexOf('指标值')]).toBe(both)
    expect(cells[RESULT_COLUMNS.indexOf('完成率')]).toBe(50)
  })

  it('leaves a target never adjusted as written', () => {
    expect(targetCellText(target('培训次数', { targetText: '≥4次' }))).toBe('≥4次')
    expect(targetCellText(row)).toBe(both)
  })
})
