import { afterEach, describe, expect, it } from 'vitest'
import { JixiaoDatabase } from '@/db/database'
import { CatalogRepository } from '@/db/catalogRepository'
import { evaluateUnitYear } from '@/domain/engine/evaluate'
import { yearBudget } from '@/domain/budgetLines'
import { unitSourceLines } from '@/domain/summary'
import { compositionBy } from '@/domain/budgetPeriods'
import { ImportSession } from '@/workers/importSession'
import { selfEvaluation, workbook, type Cell } from './formFixtures'

const fileOf = (name: string, bytes: Uint8Array) =>
  Object.assign(new Blob([bytes as Uint8Array<ArrayBuffer>]), { name })

let n = 0
const opened: JixiaoDatabase[] = []
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete()
})

/** The fixture's 自评表 with its three lines by source (当年财政拨款, 上年结转资金, 其他资金) filled: 年初预算数, 全年预算数, 全年执行数. */
function withSources(sources: readonly (readonly [Cell, Cell, Cell])[]) {
  const form = selfEvaluation()
  const rows = form.rows.map((row) => [...row])
  sources.forEach(([initial, budget, spent], i) => {
    const row = rows[6 + i]!
    ;[row[2], row[3], row[4]] = [initial, budget, spent]
  })
  return { ...form, rows }
}

/** Imports one form into a new database; its plan, notices and the unit-year stored. */
async function imported(form: ReturnType<typeof withSources>) {
  const db = new JixiaoDatabase(`fund-sources-${++n}`)
  opened.push(db)
  await db.open()
  const session = new ImportSession(db)
  const read = await session.read(1, fileOf('自评表.xlsx', workbook([form])))
  const plan = await session.check(1, [1])
  await session.commit(
    1,
    read.summary.parts.flatMap((p) =>
      p.kind ? [{ fileId: 1, fileName: p.name, kind: p.kind, sha256: read.sha256, size: read.size }] : [],
    ),
  )
  const [document] = await new CatalogRepository(db).loadYearDocuments(2024)
  return { plan, notices: read.summary.notices.map((x) => x.text), document: document! }
}

const NO_SOURCES = [
  [null, null, null],
  [null, null, null],
  [null, null, null],
] as const

describe('funds by source (SPEC §2.7)', () => {
  it('财政拨款, 上年结转 and 其他资金 are stored as 来源 lines with their spending; the budget, its execution and the score are those of the form without them', async () => {
    const given = await imported(
      withSources([
        [40, 40, 36],
        [15, 15, 13],
        [5, 5, 5],
      ]),
    )
    const plain = await imported(withSources(NO_SOURCES))
    expect(given.plan.problems).toEqual([])
    expect(given.notices).toEqual([])
    const { document } = given
    expect(document.budgets.map((b) => [b.item, b.breakdown, b.fundType, b.initialBudget, b.budget, b.weight])).toEqual(
      [
        ['招商引资', '经费', '项目经费', 60, 60, 10],
        ['财政拨款', '来源', undefined, 40, 40, undefined],
        ['上年结转', '来源', undefined, 15, 15, undefined],
        ['其他资金', '来源', undefined, 5, 5, undefined],
      ],
    )
    const itemOf = new Map(document.budgets.map((b) => [b.id, b.item]))
    expect(document.spending.map((s) => [itemOf.get(s.budgetId), s.month, s.spent, s.formScore])).toEqual([
      ['招商引资', 12, 54, 9],
      ['财政拨款', 12, 36, undefined],
      ['上年结转', 12, 13, undefined],
      ['其他资金', 12, 5, undefined],
    ])
    expect(plain.document.budgets.map((b) => b.item)).toEqual(['招商引资'])

    const scored = (data: typeof document) =>
      evaluateUnitYear(data, 12).map((s) => ({
        scope: s.scope,
        total: s.total,
        budget: s.budget,
        formScores: s.formScores,
        overall: s.overall,
      }))
    expect(scored(document)).toEqual(scored(plain.document))
    expect(scored(document)[0]).toMatchObject({ budget: { budget: 60, spent: 54, e: 0.9 }, formScores: { budget: 9 } })
    expect(yearBudget(2024, document.budgets, document.spending, 12)).toEqual(
      yearBudget(2024, plain.document.budgets, plain.document.spending, 12),
    )
    // The budget screen's composition by source.
    expect(compositionBy(unitSourceLines(document.budgets), (b) => b.item)).toEqual([
      { name: '财政拨款', value: 40 },
      { name: '上年结转', value: 15 },
      { name: '其他资金', value: 5 },
    ])
  })

  it('sources that do not add up to 年度资金总额 are kept as given, and the preview says so', async () => {
    const { plan, notices, document } = await imported(
      withSources([
        [40, 40, 36],
        [15, 15, 13],
        [null, null, null],
      ]),
    )
    expect(plan.problems).toEqual([])
    expect(notices).toEqual(['资金来源之和 55 万元与年度资金总额 60 万元不符：来源按表保存，按年度资金总额计'])
    expect(plan.notices.map((x) => x.code)).toEqual(['fundSourcesMismatch'])
    expect(document.budgets.filter((b) => b.breakdown === '来源').map((b) => [b.item, b.budget])).toEqual([
      ['财政拨款', 40],
      ['上年结转', 15],
    ])
    expect(evaluateUnitYear(document, 12)[0]!.budget).toMatchObject({ budget: 60, spent: 54 })
  })
})
