import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { JixiaoDatabase } from '@/db/database'
import { CatalogRepository } from '@/db/catalogRepository'
import { DatasetRepository } from '@/db/datasetRepository'
import { loadSampleDataset } from '@/io/sampleData'
import { ImportSession } from '@/workers/importSession'
import { evaluateUnitYear } from '@/domain/engine/evaluate'
import {
  departmentApplication,
  monitoring,
  projectApplication,
  savedAsCsv,
  selfEvaluation,
  stacked,
  workbook,
} from './formFixtures'

const U = '九江市柴桑区商务局'
const fileOf = (name: string, bytes: Uint8Array) =>
  Object.assign(new Blob([bytes as Uint8Array<ArrayBuffer>]), { name })

let db: JixiaoDatabase
let session: ImportSession
let n = 0

beforeEach(async () => {
  db = new JixiaoDatabase(`form-import-${++n}`)
  await db.open()
  session = new ImportSession(db)
})
afterEach(() => db.delete())

async function loadSample(): Promise<void> {
  const dataset = await loadSampleDataset()
  await new DatasetRepository(db).replaceAll(dataset, {
    kind: 'sample',
    fileName: 'sample',
    importedAt: 1,
    counts: { added: 0, updated: 0, unchanged: 0, skipped: 0 },
    sample: true,
  })
}

/** Reads, checks and commits one file; returns the plan and the commit. */
async function importFile(id: number, name: string, bytes: Uint8Array) {
  const read = await session.read(id, fileOf(name, bytes))
  const plan = await session.check(id, [id])
  const written = read.summary.parts.flatMap((p) =>
    p.kind ? [{ fileId: id, fileName: p.name, kind: p.kind, sha256: read.sha256, size: read.size }] : [],
  )
  return { read, plan, written, commit: () => session.commit(id, written) }
}

describe('the official forms imported onto the store', () => {
  it("the seed's two 申报表 onto the sample change nothing: its targets, fund lines, tasks and the project's funds by source are all stored", async () => {
    await loadSample()
    const before = await new CatalogRepository(db).counts()
    const scoresBefore = evaluateUnitYear((await new CatalogRepository(db).loadYearDocuments(2024))[0]!, 9)
    const forms = () => workbook([departmentApplication(), projectApplication()])
    const { plan, commit } = await importFile(1, '申报表.xlsx', forms())
    expect(plan.problems).toEqual([])
    // 31 targets, 3 fund lines, 3 tasks, last year's line and its spending, and the project's
    // 财政资金 60 and 其他资金 0 (its breakdown by source, which the sample holds too): all as stored.
    expect(plan.counts).toEqual({ added: 0, updated: 0, unchanged: 42, skipped: 0 })
    expect((await commit()).batchIds).toEqual([])
    expect(await new CatalogRepository(db).counts()).toEqual(before)
    const [document] = await new CatalogRepository(db).loadYearDocuments(2024)
    expect(
      document!.budgets.filter((b) => b.breakdown === '来源').map((b) => [b.scope, b.item, b.initialBudget, b.budget]),
    ).toEqual([
      ['招商引资', '财政拨款', 60, 60],
      ['招商引资', '其他资金', 0, 0],
    ])
    // Scores and budget execution are those of the sample: the sources add nothing to the budget.
    expect(evaluateUnitYear(document!, 9)).toEqual(scoresBefore)
    // Imported again, they change nothing at all.
    const again = await importFile(2, '申报表.xlsx', forms())
    expect(again.plan.counts).toEqual({ added: 0, updated: 0, unchanged: 42, skipped: 0 })
    expect((await again.commit()).batchIds).toEqual([])
  })

  it('the same forms stacked on one sheet and saved as GBK CSV, merged cells blank, change nothing either', async () => {
    await loadSample()
    const { read, plan } = await importFile(
      1,
      '申报表.csv',
      savedAsCsv(stacked('申报表', departmentApplication, projectApplication), 'gbk'),
    )
    expect(read.summary.encoding).toBe('GB18030')
    expect(read.summary.forms.map((f) => [f.scope, f.unit])).toEqual([
      ['部门整体', U],
      ['招商引资', U],
    ])
    expect(plan.problems).toEqual([])
    expect(plan.counts).toEqual({ added: 0, updated: 0, unchanged: 42, skipped: 0 })
  })

  it('a 自评表 onto an empty store writes its targets with 分值, year-end actuals with 表内得分, and the budget with its spending', async () => {
    const { plan, commit } = await importFile(1, '自评表.xlsx', workbook([selfEvaluation()]))
    expect(plan.problems).toEqual([])
    // 5 targets, 5 actuals, the 年度资金总额 line and its spending, its 当年财政拨款 line and its spending.
    expect(plan.counts).toEqual({ added: 14, updated: 0, unchanged: 0, skipped: 0 })
    expect((await commit()).batchIds).toHaveLength(4)
    const [document] = await new CatalogRepository(db).loadYearDocuments(2024)
    expect(document!.targets.map((t) => [t.level1, t.level2, t.name, t.targetText, t.weight])).toEqual([
      ['产出指标', '数量指标', '组织参加各类招商推介会场次数', '2场', 10],
      ['产出指标', '数量指标', '全年引进注册资金1000万元以上项目', '20个', 10],
      ['产出指标', '质量指标', '新引进项目开工率', '70%', 10],
      ['效益指标', '社会效益指标', '新增招商引资项目预计带动就业人数', '≥200人', 10],
      ['满意度指标', '服务对象满意度指标', '新增招商引资项目客商的满意度', '≥90%', 10],
    ])
    expect(document!.actuals.map((a) => [a.month, a.byMonth, a.actualText, a.formScore, a.reason])).toEqual([
      [12, undefined, '2场', 10, undefined],
      [12, undefined, '16个', 10, '受宏观经济影响，部分项目延期签约'],
      [12, undefined, '65%', 8, undefined],
      [12, undefined, '210人', 10, undefined],
      [12, undefined, '92%', 10, undefined],
    ])
    expect(
      document!.budgets.map((b) => [b.scope, b.item, b.fundType, b.breakdown, b.initialBudget, b.budget, b.weight]),
    ).toEqual([
      ['招商引资', '招商引资', '项目经费', '经费', 60, 60, 10],
      ['招商引资', '财政拨款', undefined, '来源', 60, 60, undefined],
    ])
    expect(document!.spending.map((s) => [s.budgetId, s.month, s.spent, s.formScore])).toEqual([
      [document!.budgets[0]!.id, 12, 54, 9],
      [document!.budgets[1]!.id, 12, 54, undefined],
    ])
    expect(document!.unit).toBe(U)
  })

  it('a 1-7月 监控表 onto the sample adds month-7 values with forecasts, reasons from marked boxes and the likelihood', async () => {
    await loadSample()
    const { plan, commit } = await importFile(1, '监控表.xlsx', workbook([monitoring()]))
    expect(plan.problems).toEqual([])
    // The three targets are the sample's own; three values and the spending at month 7 are new.
    expect(plan.counts).toEqual({ added: 4, updated: 0, unchanged: 4, skipped: 0 })
    await commit()
    const [document] = (await new CatalogRepository(db).loadYearDocuments(2024)).filter((d) => d.unit === U)
    const july = document!.actuals.filter((a) => a.month === 7)
    expect(july.map((a) => [a.byMonth, a.actualText, a.forecast, a.likelihood, a.reason, a.action])).toEqual([
      [true, '1场', '2场', '确定能', undefined, undefined],
      [true, '9个', '18个', '有可能', '人员保障', '加大外出招商频次'],
      [true, '55%', '70%', '确定能', undefined, undefined],
    ])
    expect(document!.spending.filter((s) => s.month === 7).map((s) => [s.byMonth, s.spent])).toEqual([[true, 35]])
  })

  it('a 申报表 and the 自评表 of the same project in one workbook: where they agree the 自评表 completes the rows, where not it is a duplicate', async () => {
    const { plan, commit } = await importFile(
      1,
      '招商引资.xlsx',
      workbook([departmentApplication(), projectApplication(), selfEvaluation()]),
    )
    expect(plan.problems).toEqual([])
    await commit()
    const document = (await new CatalogRepository(db).loadYearDocuments(2024))[0]!
    const project = document.targets.filter((t) => t.scope === '招商引资')
    expect(project).toHaveLength(14)
    expect(project.filter((t) => t.weight === 10).map((t) => t.name)).toEqual([
      '组织参加各类招商推介会场次数',
      '全年引进注册资金1000万元以上项目',
      '新引进项目开工率',
      '新增招商引资项目预计带动就业人数',
      '新增招商引资项目客商的满意度',
    ])
    expect(
      document.budgets.filter((b) => b.scope === '招商引资').map((b) => [b.item, b.initialBudget, b.budget, b.weight]),
    ).toEqual([
      ['招商引资', 60, 60, 10],
      // The 申报表's 财政资金 and the 自评表's 当年财政拨款 are one 财政拨款 line.
      ['财政拨款', 60, 60, undefined],
      ['其他资金', 0, 0, undefined],
    ])

    const changed = selfEvaluation()
    changed.rows[12]![4] = '75%'
    const second = await importFile(2, '不一致.xlsx', workbook([projectApplication(), changed]))
    expect(second.plan.problems.map((p) => [p.file, p.line, p.column, p.cell])).toEqual([
      ['不一致.xlsx › 自评表 › 表2 招商引资 · 绩效目标', 13, '三级指标', '自评表!D13'],
    ])
  })
})
