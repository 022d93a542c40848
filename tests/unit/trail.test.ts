import { describe, expect, it } from 'vitest'
import { JixiaoDatabase } from '@/db/database'
import { CatalogRepository } from '@/db/catalogRepository'
import { ImportRepository } from '@/db/importRepository'
import { RulesRepository } from '@/db/rulesRepository'
import { DEFAULT_RULES } from '@/domain/engine/rules'
import type { ImportedFile } from '@/domain/model'
import { planImport } from '@/io/importPlan'
import { parseCsvText } from '@/io/parseCsv'
import { csv } from './fixtures'
import { IMPORT_UNIT, TWO_TARGETS_CSV, useImportDatabase } from './importDatabase'

const U = IMPORT_UNIT
const TARGETS_CSV = TWO_TARGETS_CSV
const q1 = (jobs: string) =>
  csv([
    ['年度', '单位', '类别', '三级指标', '季度', '实际值'],
    ['2024', U, '部门整体', '带动就业人数', '1', jobs],
  ])

let db: JixiaoDatabase
let repo: ImportRepository
useImportDatabase('trail-test', (opened, repository) => {
  db = opened
  repo = repository
})

async function importText(name: string, text: string): Promise<number> {
  const parsed = parseCsvText(text, name)
  const plan = planImport([parsed], await new CatalogRepository(db).loadUnitYear(U, 2024))
  const file: ImportedFile = { fileName: name, kind: parsed.kind!, sha256: `sha-${name}`, size: 100 }
  return (await repo.commit(plan, [file])).batchIds[0]!
}

/** A batch's lines as [table, name, month, field, before, after]. */
async function linesOf(batchId: number) {
  const kept = (await repo.trail()).get(batchId)!
  return {
    complete: kept.complete,
    lines: kept.lines.map((l) => [l.table, l.name, l.month, l.field, l.before, l.after]),
  }
}

describe('the trail', () => {
  it('tells each batch its lines: what it found and what it left, the next batch or the store saying what it left', async () => {
    const targets = await importText('targets.csv', TARGETS_CSV)
    const first = await importText('q1.csv', q1('120人'))
    const fix = await importText('q1-fix.csv', q1('150人'))
    expect(await linesOf(targets)).toEqual({
      complete: true,
      lines: [
        ['targets', '培训次数', undefined, 'targetText', null, '≥4次'],
        ['targets', '带动就业人数', undefined, 'targetText', null, '≥500人'],
      ],
    })
    // The first values' batch left 120人, as the fix found it, though the store now says 150人.
    expect(await linesOf(first)).toEqual({
      complete: true,
      lines: [['actuals', '带动就业人数', 3, 'actualText', null, '120人']],
    })
    expect(await linesOf(fix)).toEqual({
      complete: true,
      lines: [['actuals', '带动就业人数', 3, 'actualText', '120人', '150人']],
    })
  })

  it('an undo records who and why, and its lines are what it put back; the undone batch keeps its own', async () => {
    await importText('targets.csv', TARGETS_CSV)
    await importText('q1.csv', q1('120人'))
    const fix = await importText('q1-fix.csv', q1('150人'))
    await repo.undo(fix, 1_800_000_000_000, '李四', ' 数字录错 ')
    const [undo] = await repo.history()
    expect([undo!.kind, undo!.by, undo!.reason, undo!.fileName]).toEqual(['undo', '李四', '数字录错', 'q1-fix.csv'])
    expect(await linesOf(fix)).toEqual({
      complete: true,
      lines: [['actuals', '带动就业人数', 3, 'actualText', '120人', '150人']],
    })
    expect(await linesOf(undo!.id!)).toEqual({
      complete: true,
      lines: [['actuals', '带动就业人数', 3, 'actualText', '150人', '120人']],
    })
    // No reason given: none is stored.
    const again = await importText('q1-fix.csv', q1('160人'))
    await repo.undo(again, 1_800_000_000_001, '王五', '  ')
    expect((await repo.history())[0]).not.toHaveProperty('reason')
  })

  it('an undo kept without its before record leaves what its batches left unknown, not wrong', async () => {
    await importText('targets.csv', TARGETS_CSV)
    const fix = await importText('q1.csv', q1('120人'))
    await repo.undo(fix, 1_800_000_000_000)
    const [undo] = await repo.history()
    await db.before.delete(undo!.id!)
    expect(await linesOf(fix)).toEqual({ complete: false, lines: [] })
  })

  it('a change of rules: the bounds it changed, from the rules it replaced to those it put in force', async () => {
    const rules = new RulesRepository(db)
    const local = { name: '本地', values: { ...DEFAULT_RULES.values, gradeYou: 85 } }
    const first = (await rules.change(local, { by: '张三' }))!
    const second = (await rules.change({ name: '本地二', values: { ...local.values, paceBlue: 1.3 } }))!
    expect(await linesOf(first)).toEqual({
      complete: true,
      lines: [
        ['rules', '本地', undefined, 'name', '财政部默认', '本地'],
        ['rules', '本地', undefined, 'gradeYou', 90, 85],
      ],
    })
    expect((await linesOf(second)).lines).toEqual([
      ['rules', '本地二', undefined, 'name', '本地', '本地二'],
      ['rules', '本地二', undefined, 'paceBlue', 1.2, 1.3],
    ])
  })
})
