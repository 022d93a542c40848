import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { JixiaoDatabase } from '@/db/database'
import { CatalogRepository } from '@/db/catalogRepository'
import { ImportRepository } from '@/db/importRepository'
import { formStates } from '@/io/formStates'
import { ImportSession } from '@/workers/importSession'
import { csv } from '../fixtures'
import { FORM_BUDGETS, FORM_TARGETS, NINE_UNITS, nineForms } from './manyFormsFixture'

let db: JixiaoDatabase
let session: ImportSession
let n = 0

beforeEach(async () => {
  db = new JixiaoDatabase(`many-forms-${++n}`)
  await db.open()
  session = new ImportSession(db)
})
afterEach(() => db.delete())

const fileOf = (name: string, bytes: Uint8Array | string) =>
  Object.assign(new Blob([bytes as Uint8Array<ArrayBuffer>]), { name })

/** Reads files into the session and checks them together; what the page would write of each part. */
async function readAndCheck(files: { name: string; bytes: Uint8Array | string }[]) {
  const reads = await Promise.all(files.map((f, i) => session.read(i + 1, fileOf(f.name, f.bytes))))
  const ids = reads.map((_, i) => i + 1)
  const plan = await session.check(1, ids)
  const written = reads.flatMap((read, i) =>
    read.summary.parts.flatMap((p) =>
      p.kind ? [{ fileId: i + 1, fileName: p.name, kind: p.kind, sha256: read.sha256, size: read.size }] : [],
    ),
  )
  const states = formStates(
    reads.map((read, i) => ({ id: i + 1, summary: read.summary })),
    plan,
  )
  return { reads, plan, written, states }
}

/** Targets and budget lines stored per unit for 2024. */
async function storedCounts(): Promise<Record<string, [targets: number, budgets: number]>> {
  const documents = await new CatalogRepository(db).loadYearDocuments(2024)
  return Object.fromEntries(documents.map((d) => [d.unit, [d.targets.length, d.budgets.length]]))
}

describe('a workbook of many forms is many imports', () => {
  it('nine forms, one with a problem: the eight ready import, each whole, in one commit; nothing of the ninth is written', async () => {
    const { plan, written, states } = await readAndCheck([{ name: '九张表.xlsx', bytes: nineForms() }])
    // The whole plan is held back by the one problem, with its cell.
    expect(plan.problems.map((p) => [p.file, p.cell, p.column])).toEqual([
      ['九张表.xlsx › 丙局 › 表9 项目9 · 绩效目标', '丙局!D56', '三级指标'],
    ])
    expect(states.map((s) => [s.label, s.state])).toEqual([
      ...[1, 2, 3, 4, 5, 6, 7, 8].map((k) => [`项目绩效目标指标表 · 项目${k}`, 'ready']),
      ['项目绩效目标指标表 · 项目9', 'problems'],
    ])
    expect(states[8]!.problems.map((p) => p.cell)).toEqual(['丙局!D56'])
    expect(states[0]).toMatchObject({ sheet: '甲局', writes: FORM_TARGETS + FORM_BUDGETS })
    // The ninth's budget part is clean, and held back with its targets: a form is never written in part.
    expect(plan.ready).toMatchObject({
      toWrite: 8 * (FORM_TARGETS + FORM_BUDGETS),
      counts: { added: 8 * (FORM_TARGETS + FORM_BUDGETS), updated: 0, unchanged: 0, skipped: 0 },
      held: ['九张表.xlsx › 丙局 › 表9 项目9 · 绩效目标', '九张表.xlsx › 丙局 › 表9 项目9 · 预算'],
      problems: [],
    })

    const result = await session.commit(1, written, undefined, undefined, undefined, true)
    // One batch per part of each ready form: targets and budget of eight forms.
    expect(result.batchIds).toHaveLength(16)
    expect(await storedCounts()).toEqual({
      [NINE_UNITS[0]]: [3 * FORM_TARGETS, 3 * FORM_BUDGETS],
      [NINE_UNITS[1]]: [3 * FORM_TARGETS, 3 * FORM_BUDGETS],
      [NINE_UNITS[2]]: [2 * FORM_TARGETS, 2 * FORM_BUDGETS],
    })
    const documents = await new CatalogRepository(db).loadYearDocuments(2024)
    expect(documents.flatMap((d) => [...d.targets, ...d.budgets]).filter((r) => r.scope === '项目9')).toEqual([])
    const history = await new ImportRepository(db).history()
    expect(history.filter((b) => b.fileName.includes('项目9'))).toEqual([])

    // Undoing any batch of that commit takes the whole commit back.
    const undone = await new ImportRepository(db).undo(result.batchIds.at(-1)!)
    expect(undone).toHaveLength(16)
    expect(await storedCounts()).toEqual({})
  })

  it('the whole workbook clean: no ready plan apart, and the plain commit writes all nine', async () => {
    const { plan, written, states } = await readAndCheck([{ name: '九张表.xlsx', bytes: nineForms(false) }])
    expect(plan.problems).toEqual([])
    expect(plan.ready).toBeNull()
    expect(states.every((s) => s.state === 'ready')).toBe(true)
    await expect(session.commit(1, written, undefined, undefined, undefined, true)).rejects.toMatchObject({
      name: 'planChanged',
    })
    expect((await session.commit(1, written)).batchIds).toHaveLength(18)
    expect((await storedCounts())[NINE_UNITS[2]]).toEqual([3 * FORM_TARGETS, 3 * FORM_BUDGETS])
  })

  it('several files at once: a file with a problem holds back only itself, and the values that need it', async () => {
    const targets = (unit: string, names: string[]) =>
      csv([
        ['年度', '单位', '类别', '一级指标', '二级指标', '三级指标', '指标值'],
        ...names.map((name) => ['2024', unit, '部门整体', '产出指标', '数量指标', name, '≥1次']),
      ])
    const actuals = csv([
      ['年度', '单位', '类别', '三级指标', '季度', '实际值'],
      ['2024', '乙局', '部门整体', '培训', '1', '1次'],
    ])
    const { plan, written, states } = await readAndCheck([
      { name: '甲局目标.csv', bytes: targets('甲局', ['培训', '检查']) },
      // A key given twice: the file has a problem.
      { name: '乙局目标.csv', bytes: targets('乙局', ['培训', '培训']) },
      // Clean on its own, but its indicator comes only from the file held back.
      { name: '乙局一季度.csv', bytes: actuals },
    ])
    expect(states.map((s) => [s.label, s.state])).toEqual([
      ['甲局目标.csv', 'ready'],
      ['乙局目标.csv', 'problems'],
      ['乙局一季度.csv', 'problems'],
    ])
    expect(states[2]!.problems.map((p) => [p.line, p.column, p.found])).toEqual([[2, '三级指标', '培训']])
    expect(plan.ready).toMatchObject({ toWrite: 2, held: ['乙局目标.csv', '乙局一季度.csv'] })
    const result = await session.commit(1, written, undefined, undefined, undefined, true)
    expect(result.batchIds).toHaveLength(1)
    expect(await storedCounts()).toEqual({ 甲局: [2, 0] })
  })
})
