import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { JixiaoDatabase } from '@/db/database'
import { CatalogRepository } from '@/db/catalogRepository'
import { ImportRepository } from '@/db/importRepository'
import { formStates } from '@/io/formStates'
import { choiceParts, duplicateGroups } from '@/io/formDuplicates'
import type { ReadResult } from '@/workers/importProtocol'
import { ImportSession } from '@/workers/importSession'
import { DUPLICATE_UNIT, FIRST_TARGETS, GIVEN_UNIT, choicesWorkbook, oneFormWorkbook } from './choicesFixture'
import { FORM_BUDGETS, FORM_TARGETS } from './manyFormsFixture'

let db: JixiaoDatabase
let session: ImportSession
let n = 0

beforeEach(async () => {
  db = new JixiaoDatabase(`form-choices-${++n}`)
  await db.open()
  session = new ImportSession(db)
})
afterEach(() => db.delete())

const FILE = '两类.xlsx'
const fileOf = (bytes: Uint8Array, name = FILE) => Object.assign(new Blob([bytes as Uint8Array<ArrayBuffer>]), { name })
const FORM = FORM_TARGETS + FORM_BUDGETS

/** The file's parts as the page would send them to be written. */
const writtenOf = (read: ReadResult, fileId = 1) =>
  read.summary.parts.flatMap((p) =>
    p.kind ? [{ fileId, fileName: p.name, kind: p.kind, sha256: read.sha256, size: read.size }] : [],
  )

/** Targets and budget lines stored per unit for 2024, and the stored targets of the first indicator. */
async function stored() {
  const documents = await new CatalogRepository(db).loadYearDocuments(2024)
  return {
    counts: Object.fromEntries(documents.map((d) => [d.unit, [d.targets.length, d.budgets.length]])),
    first: documents.flatMap((d) =>
      d.targets.filter((t) => t.name === '组织参加各类招商推介会场次数').map((t) => [d.unit, t.scope, t.targetText]),
    ),
  }
}

describe('a form that prints no unit is asked for one, once for the whole form', () => {
  it('held as needing a unit; given one, its rows carry it, it is ready, and the history says who gave it', async () => {
    const read = await session.read(1, fileOf(choicesWorkbook()))
    const files = (r: ReadResult) => [{ id: 1, summary: r.summary }]
    const first = await session.check(1, [1])
    const groups = duplicateGroups(files(read))
    const states = formStates(files(read), first, groups)
    expect(states.map((s) => [s.id, s.label, s.state, s.formKey])).toEqual([
      ['1-0', '项目绩效目标指标表 · 项目0', 'needsUnit', '无单位!A1'],
      ['1-1', '项目绩效目标指标表 · 项目1', 'duplicate', '甲局!A1'],
      ['1-2', '项目绩效目标指标表 · 项目1', 'duplicate', '甲局!A24'],
    ])
    expect(read.summary.forms[0]).toMatchObject({ needsUnit: true, unitGiven: false, missing: ['实施单位'] })
    expect(first.problems.filter((p) => p.code === 'formLabelMissing').map((p) => [p.file, p.cell])).toEqual([
      [`${FILE} › 无单位 › 表1 项目绩效目标指标表`, '无单位!A1'],
    ])

    const given = session.giveUnits(1, new Map([['无单位!A1', GIVEN_UNIT]]))
    expect(given.sha256).toBe(read.sha256)
    expect(given.summary.forms[0]).toMatchObject({
      unit: GIVEN_UNIT,
      needsUnit: false,
      unitGiven: true,
      missing: [],
      counts: { targets: FORM_TARGETS, budget: FORM_BUDGETS, actuals: 0, spending: 0 },
    })
    const suffix = `（单位由导入者填写：${GIVEN_UNIT}）`
    expect(given.summary.forms[0]!.parts).toEqual([
      `${FILE} › 无单位 › 表1 项目0 · 绩效目标${suffix}`,
      `${FILE} › 无单位 › 表1 项目0 · 预算${suffix}`,
    ])
    expect(given.summary.notices.map((n) => n.text)).toContain(`表上未填单位，按导入者填写的“${GIVEN_UNIT}”导入`)
    // Checked again with the pair of duplicates held back for a choice: the form is ready now.
    const choices = choiceParts(files(given), duplicateGroups(files(given)), new Map())
    expect(choices.waiting).toHaveLength(4)
    const second = await session.check(2, [1], undefined, choices)
    expect(second.problems).toEqual([])
    expect(second.counts).toEqual({ added: FORM, updated: 0, unchanged: 0, skipped: 0 })
    expect(formStates(files(given), second, duplicateGroups(files(given))).map((s) => [s.state, s.writes])).toEqual([
      ['ready', FORM],
      ['duplicate', 0],
      ['duplicate', 0],
    ])
    expect(formStates(files(given), second).map((s) => s.unitGiven)).toEqual([GIVEN_UNIT, undefined, undefined])
    // Nothing is written by a check, nor by giving a unit; the plain commit waits for the choice.
    expect((await stored()).counts).toEqual({})
    const written = writtenOf(given)
    await expect(session.commit(2, written)).rejects.toMatchObject({ name: 'planChanged' })

    const result = await session.commit(2, written, undefined, undefined, undefined, true)
    expect(result.batchIds).toHaveLength(2)
    expect(await stored()).toEqual({
      counts: { [GIVEN_UNIT]: [FORM_TARGETS, FORM_BUDGETS] },
      first: [[GIVEN_UNIT, '项目0', '2场']],
    })
    const history = await new ImportRepository(db).history()
    expect(history.map((b) => b.fileName)).toEqual([
      `${FILE} › 无单位 › 表1 项目0 · 预算${suffix}`,
      `${FILE} › 无单位 › 表1 项目0 · 绩效目标${suffix}`,
    ])
  })
})

describe('two forms of the same kind for one unit-year-类别: a choice, never both, never one in silence', () => {
  it('none is written until one is chosen; then only the chosen one, the other skipped by choice', async () => {
    const read = await session.read(1, fileOf(choicesWorkbook()))
    const files = [{ id: 1, summary: read.summary }]
    const groups = duplicateGroups(files)
    expect(groups).toEqual([
      {
        key: `application · 2024 · ${DUPLICATE_UNIT} · 项目1 · `,
        form: { type: 'application', year: '2024', unit: DUPLICATE_UNIT, scope: '项目1', month: null, byMonth: false },
        ids: ['1-1', '1-2'],
        identical: false,
      },
    ])
    const [pair] = groups
    // Undecided: both held back, none in the plan.
    const undecided = choiceParts(files, groups, new Map())
    expect(undecided).toEqual({
      leftOut: [],
      waiting: [
        `${FILE} › 甲局 › 表2 项目1 · 绩效目标`,
        `${FILE} › 甲局 › 表2 项目1 · 预算`,
        `${FILE} › 甲局 › 表3 项目1 · 绩效目标`,
        `${FILE} › 甲局 › 表3 项目1 · 预算`,
      ],
    })
    const waiting = await session.check(1, [1], undefined, undecided)
    expect(waiting.ready).toMatchObject({ toWrite: 0, held: expect.arrayContaining(undecided.waiting) })

    // The second is chosen: the first is left out, the second planned as any form.
    const chosen = new Map([[pair!.key, '1-2']])
    const choice = choiceParts(files, groups, chosen)
    expect(choice).toEqual({ leftOut: undecided.waiting.slice(0, 2), waiting: [] })
    // The form with no unit is still held back; everything else is ready.
    const plan = await session.check(2, [1], undefined, choice)
    const states = formStates(files, plan, groups, chosen)
    expect(states.map((s) => [s.id, s.state, s.writes, s.duplicate?.chosen ?? null])).toEqual([
      ['1-0', 'needsUnit', 0, null],
      ['1-1', 'skipped', 0, '1-2'],
      ['1-2', 'ready', FORM, '1-2'],
    ])
    expect(states[1]!.duplicate).toEqual({ group: pair!.key, others: ['1-2'], identical: false, chosen: '1-2' })
    expect(plan.ready).toMatchObject({ toWrite: FORM, held: [`${FILE} › 无单位 › 表1 项目绩效目标指标表`] })

    const result = await session.commit(2, writtenOf(read), undefined, undefined, undefined, true)
    expect(result.batchIds).toHaveLength(2)
    // Only the chosen form's rows: its first target is 3场, not the other's 2场.
    expect(await stored()).toEqual({
      counts: { [DUPLICATE_UNIT]: [FORM_TARGETS, FORM_BUDGETS] },
      first: [[DUPLICATE_UNIT, '项目1', FIRST_TARGETS[1]]],
    })
    const history = await new ImportRepository(db).history()
    expect(history.map((b) => b.fileName).sort()).toEqual([
      `${FILE} › 甲局 › 表3 项目1 · 绩效目标`,
      `${FILE} › 甲局 › 表3 项目1 · 预算`,
    ])
  })

  it('two forms the same in content are still a choice, told as identical', async () => {
    const read = await session.read(1, fileOf(choicesWorkbook(true)))
    const groups = duplicateGroups([{ id: 1, summary: read.summary }])
    expect(groups.map((g) => [g.ids, g.identical])).toEqual([[['1-1', '1-2'], true]])
  })

  it('two files chosen at once with the same form: a pair too; the plain commit then writes only the chosen file', async () => {
    const reads = [
      await session.read(1, fileOf(oneFormWorkbook('5场'), '甲局一.xlsx')),
      await session.read(2, fileOf(oneFormWorkbook('6场'), '甲局二.xlsx')),
    ]
    const files = reads.map((read, i) => ({ id: i + 1, summary: read.summary }))
    const groups = duplicateGroups(files)
    expect(groups.map((g) => [g.ids, g.identical])).toEqual([[['1-0', '2-0'], false]])
    const chosen = new Map([[groups[0]!.key, '1-0']])
    const plan = await session.check(1, [1, 2], undefined, choiceParts(files, groups, chosen))
    expect(plan.ready).toBeNull()
    expect(plan.counts).toEqual({ added: FORM, updated: 0, unchanged: 0, skipped: 0 })
    expect(formStates(files, plan, groups, chosen).map((s) => [s.fileName, s.state])).toEqual([
      ['甲局一.xlsx', 'ready'],
      ['甲局二.xlsx', 'skipped'],
    ])
    const result = await session.commit(1, [...writtenOf(reads[0]!, 1), ...writtenOf(reads[1]!, 2)])
    expect(result.batchIds).toHaveLength(2)
    expect((await stored()).first).toEqual([[DUPLICATE_UNIT, '项目1', '5场']])
    const history = await new ImportRepository(db).history()
    expect(history.every((b) => b.fileName.startsWith('甲局一.xlsx'))).toBe(true)
  })
})
