/**
 * Nine forms as provinces print them in one workbook (provinceFixture.ts): each variant read
 * to the value a department meant, the eight ready forms imported in one commit, the ninth
 * held back with its cell and the sentence that says what a deadline accepts.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { JixiaoDatabase } from '@/db/database'
import { CatalogRepository } from '@/db/catalogRepository'
import { evaluateUnitYear } from '@/domain/engine/evaluate'
import type { Dataset } from '@/domain/model'
import type { ActualRecord, TargetRecord } from '@/domain/records'
import { formStates } from '@/io/formStates'
import { readImportFile } from '@/io/importFile'
import { planImport } from '@/io/importPlan'
import { ImportSession } from '@/workers/importSession'
import { PROVINCE_UNITS, provinceForms } from './provinceFixture'

let db: JixiaoDatabase
let session: ImportSession
let n = 0

beforeEach(async () => {
  db = new JixiaoDatabase(`province-forms-${++n}`)
  await db.open()
  session = new ImportSession(db)
})
afterEach(() => db.delete())

const none: Dataset = { targets: [], budgets: [], actuals: [], spending: [] }
const NAME = '省份样式.xlsx'

describe('nine forms as provinces print them', () => {
  it('reads each variant as the department meant it', async () => {
    const read = await readImportFile(provinceForms(), NAME)
    const rowsOf = (form: number, kind: string) =>
      read.parts.find((p) => p.fileName.includes(`表${form} `) && p.kind === kind)!.rows
    // The split 年度指标值 joined, ═ and 大于等于 as written or as a sign, 9月前 as typed.
    expect(rowsOf(1, 'targets').map((r) => [r[5], r[6]])).toEqual([
      ['新建高标准农田面积', '≥1万亩'],
      ['工程验收合格率', '═100%'],
      ['项目开工时间', '9月前'],
      ['受益农户数', '≥3000户'],
      ['农户满意度', '≥90%'],
    ])
    // 150万 typed as text; 1,200,000 and 1,080,000 under 项目资金（元）; 1,500,000元 typed with its unit.
    const budgetOf = (form: number) => read.forms[form - 1]!.fields.find((f) => f.key === 'fundTotal')!.value
    expect([1, 3, 4, 6, 7].map(budgetOf)).toEqual(['150', '120', '200', '45', '150'])
    // 全年执行数（B） and 全年\n执行数（B） are the year's spending; 1-7月\n执行数 the July figure.
    expect([2, 3, 6].map((form) => rowsOf(form, 'spending')[0]![6])).toEqual(['42', '108', '43.2'])
    expect(read.forms.map((f) => [f.sheet, f.type, f.unit, f.scope, f.period, f.missing])).toEqual([
      ['农业农村局', 'application', PROVINCE_UNITS[0], '高标准农田建设', '', []],
      ['农业农村局', 'monitoring', PROVINCE_UNITS[0], '农机购置补贴', '1-7月', []],
      ['农业农村局', 'selfEvaluation', PROVINCE_UNITS[0], '农村人居环境整治', '全年', []],
      ['教育体育局', 'application', PROVINCE_UNITS[1], '学生资助', '', []],
      ['教育体育局', 'monitoring', PROVINCE_UNITS[1], '校舍维修改造', '1-7月', []],
      ['教育体育局', 'selfEvaluation', PROVINCE_UNITS[1], '教师培训', '全年', []],
      ['卫健委', 'application', PROVINCE_UNITS[2], '基本公共卫生服务', '', []],
      ['卫健委', 'monitoring', PROVINCE_UNITS[2], '家庭医生签约服务', '1-7月', []],
      ['卫健委', 'selfEvaluation', PROVINCE_UNITS[2], '疫苗接种', '全年', []],
    ])
    expect(read.parts.flatMap((p) => p.notices)).toEqual([])

    // 9月前 reported 7月 imports and scores: done before its deadline.
    const plan = planImport(read.parts, none)
    const rows: Dataset = {
      ...none,
      targets: plan.rows.filter((r) => r.table === 'targets').map((r) => r.record as TargetRecord),
      actuals: plan.rows.filter((r) => r.table === 'actuals').map((r) => r.record as ActualRecord),
    }
    const farm = { ...rows, targets: rows.targets.filter((t) => t.scope === '农机购置补贴') }
    const deadline = evaluateUnitYear(farm, 7)[0]!.indicators.find((i) => i.record.name === '补贴资金兑付时间')!
    expect([deadline.target.kind, deadline.light.label, deadline.light.r]).toEqual(['deadline', '正常', 1])
  })

  it('imports the eight ready forms in one commit; the ninth is held back whole, its problem at its cell', async () => {
    const read = await session.read(
      1,
      Object.assign(new Blob([provinceForms() as Uint8Array<ArrayBuffer>]), { name: NAME }),
    )
    const plan = await session.check(1, [1])
    const ninth = `${NAME} › 卫健委 › 表9 疫苗接种 · 实际完成`
    expect(plan.problems.map((p) => [p.file, p.cell, p.column, p.found, p.expected])).toEqual([
      [
        ninth,
        '卫健委!F28',
        '实际值',
        '基本完成',
        '应为完成日期（如 2024-11-30）、完成月份（如 7月、2024-07）或 已完成、未完成',
      ],
    ])
    const states = formStates([{ id: 1, summary: read.summary }], plan)
    expect(states.map((s) => [s.label.split(' · ')[1], s.state, s.writes])).toEqual([
      ['高标准农田建设', 'ready', 6],
      ['农机购置补贴', 'ready', 8],
      ['农村人居环境整治', 'ready', 9],
      ['学生资助', 'ready', 3],
      ['校舍维修改造', 'ready', 8],
      ['教师培训', 'ready', 7],
      ['基本公共卫生服务', 'ready', 3],
      ['家庭医生签约服务', 'ready', 8],
      // Its rows but the one with the problem: 2 targets, its budget and spending, 1 value.
      ['疫苗接种', 'problems', 6],
    ])
    expect(plan.ready).toMatchObject({ toWrite: 52, problems: [] })

    const written = read.summary.parts.flatMap((p) =>
      p.kind ? [{ fileId: 1, fileName: p.name, kind: p.kind, sha256: read.sha256, size: read.size }] : [],
    )
    await session.commit(1, written, undefined, undefined, undefined, true)
    const documents = await new CatalogRepository(db).loadYearDocuments(2024)
    expect(Object.fromEntries(documents.map((d) => [d.unit, [d.targets.length, d.budgets.length]]))).toEqual({
      [PROVINCE_UNITS[0]]: [11, 3],
      [PROVINCE_UNITS[1]]: [7, 3],
      // 疫苗接种 is not there: nothing of a form with a problem is written.
      [PROVINCE_UNITS[2]]: [5, 2],
    })
    // Only the 自评表 print a 主管部门: the 卫健委's is the form held back, so none is recorded for it.
    expect(documents.map((d) => [d.unit, d.parent])).toEqual([
      ['某县农业农村局', '某县农业农村局'],
      ['某县卫生健康委员会', undefined],
      ['某县教育体育局', '某县教育体育局'],
    ])
  })
})
