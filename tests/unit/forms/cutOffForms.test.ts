/**
 * A form cut off mid-table (a sheet or CSV that ends inside the indicator block): the rows
 * read whole are its rows; a last row left without its target is a problem of that cell,
 * and the form is written whole or not at all while the other forms still import.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { JixiaoDatabase } from '@/db/database'
import { CatalogRepository } from '@/db/catalogRepository'
import { formStates } from '@/io/formStates'
import { readImportFile } from '@/io/importFile'
import { ImportSession } from '@/workers/importSession'
import { csv } from '../fixtures'
import { workbook, type Cell } from './formFixtures'
import { HEADER, asText, head, headMerges } from './hostileFixtures'

let db: JixiaoDatabase
let session: ImportSession
let n = 0

beforeEach(async () => {
  db = new JixiaoDatabase(`cut-off-forms-${++n}`)
  await db.open()
  session = new ImportSession(db)
})
afterEach(() => db.delete())

const fileOf = (name: string, bytes: Uint8Array) =>
  Object.assign(new Blob([bytes as Uint8Array<ArrayBuffer>]), { name })

describe('a form cut off mid-table', () => {
  it('its last row, a name with no target, is a problem of the target cell: that form is held back whole, the other imports', async () => {
    const whole = {
      name: '甲局',
      rows: [...head('培训项目', '九江市甲局', 50), HEADER, ...INDICATORS],
      merges: headMerges(1),
    }
    // The sheet ends in row 7, after the name: no target, no 总分 row, no footer.
    const cut: Cell[][] = [
      ...head('宣传项目', '九江市乙局', 30),
      HEADER,
      INDICATORS[0]!,
      [null, null, null, '宣讲次数'],
    ]
    const read = await session.read(
      1,
      fileOf('两张表.xlsx', workbook([whole, { name: '乙局', rows: cut, merges: headMerges(1) }])),
    )
    const plan = await session.check(1, [1])
    const file = '两张表.xlsx › 乙局 › 表2 宣传项目 · 绩效目标'
    expect(plan.problems.map((p) => [p.file, p.line, p.cell, p.column, p.expected])).toEqual([
      [file, 7, '乙局!E7', '指标值', '不能为空'],
    ])
    expect(formStates([{ id: 1, summary: read.summary }], plan).map((s) => [s.label, s.state, s.writes])).toEqual([
      ['项目绩效目标指标表 · 培训项目', 'ready', 3],
      ['项目绩效目标指标表 · 宣传项目', 'problems', 2],
    ])
    // Its first row and budget line are clean, and held back with it.
    expect(plan.ready).toMatchObject({
      toWrite: 3,
      held: [file, '两张表.xlsx › 乙局 › 表2 宣传项目 · 预算'],
      problems: [],
    })

    const written = read.summary.parts.flatMap((p) =>
      p.kind ? [{ fileId: 1, fileName: p.name, kind: p.kind, sha256: read.sha256, size: read.size }] : [],
    )
    await session.commit(1, written, undefined, undefined, undefined, true)
    const documents = await new CatalogRepository(db).loadYearDocuments(2024)
    expect(documents.map((d) => [d.unit, d.targets.map((t) => t.name), d.budgets.length])).toEqual([
      ['九江市甲局', ['培训次数', '验收合格率'], 1],
    ])
  })

  it('a 自评表 with no funds block, no 总分 row and no footer, whose last row lacks 实际完成值, imports what it has and tells the row unreported', async () => {
    const rows: Cell[][] = [
      ['项目支出绩效自评表'],
      ['（2024年度）'],
      ['项目名称', '培训项目', null, '实施单位', '九江市甲局'],
      ['绩效指标', '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
      [null, '产出指标', '数量指标', '培训次数', '≥4次', '5次', 20, 20],
      [null, null, null, '宣讲次数', '≥2次', '2次', 20, 20],
      // Cut after its target: the row's other cells are empty.
      [null, null, '质量指标', '验收合格率', '100%', null, null, null],
    ]
    const read = await readImportFile(new TextEncoder().encode(csv(asText(rows))), '自评表.csv')
    expect(read.forms.map((f) => [f.type, f.scope, f.counts, f.missing])).toEqual([
      ['selfEvaluation', '培训项目', { targets: 3, budget: 0, actuals: 2, spending: 0 }, []],
    ])
    expect(read.parts.flatMap((p) => p.problems)).toEqual([])
    expect(read.parts.map((p) => [p.fileName, p.notices.map((x) => x.text)])).toEqual([
      ['自评表.csv › 表1 培训项目 · 绩效目标', []],
      ['自评表.csv › 表1 培训项目 · 实际完成', ['1 行未填写实际值，视为未填报，不导入']],
    ])
  })
})

/** Two whole indicator rows. */
const INDICATORS: Cell[][] = [
  [null, '产出指标', '数量指标', '培训次数', '≥4次'],
  [null, null, '质量指标', '验收合格率', '100%'],
]
