/** What a form's funds and 上年预算 become as budget and spending rows. */
import * as XLSX from '@e965/xlsx'
import { describe, expect, it } from 'vitest'
import type { BudgetRecord, SpendingRecord } from '@/domain/records'
import { readImportFile, type FileRead } from '@/io/importFile'

/** A workbook of one sheet named 表1, the form starting ten rows down (so lines have two digits). */
async function readBook(rows: string[][]): Promise<FileRead> {
  const book = XLSX.utils.book_new()
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([...Array(10).fill([]), ...rows]), '表1')
  return readImportFile(new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer), '表.xlsx')
}
const recordsOf = <T>(read: FileRead, kind: string) =>
  read.parts.filter((p) => p.kind === kind).flatMap((p) => (p.tagged?.records ?? []) as T[])
const INDICATORS = [
  ['一级指标', '二级指标', '三级指标', '指标值'],
  ['产出指标', '数量指标', '培训次数', '≥4次'],
]
const department = (title: string, ...rows: string[][]) => [
  [title],
  ['（2024年度）'],
  ['部门（单位）名称', '商务局'],
  ...rows,
  ...INDICATORS,
]

describe("a department form's funds", () => {
  it('a breakdown listed above its total is written as the 经费 lines, each on its own sheet row', async () => {
    const read = await readBook(
      department('部门整体支出绩效目标申报表', ['人员经费', '500'], ['公用经费', '234.05'], ['支出合计', '734.05']),
    )
    expect(read.parts.map((p) => p.kind)).toEqual(['targets', 'budget'])
    expect(
      recordsOf<BudgetRecord>(read, 'budget').map((b) => [b.item, b.fundType ?? '', b.initialBudget, b.position]),
    ).toEqual([
      ['人员经费', '人员经费', 500, 14],
      ['公用经费', '公用经费', 234.05, 15],
    ])
  })

  it("a total alone is the department's one line, with no 经费类型", async () => {
    const read = await readBook(department('部门整体支出绩效目标申报表', ['支出合计', '734.05']))
    expect(
      recordsOf<BudgetRecord>(read, 'budget').map((b) => [
        b.item,
        'fundType' in b,
        b.initialBudget,
        b.budget,
        b.position,
      ]),
    ).toEqual([['部门整体支出', false, 734.05, 734.05, 14]])
  })

  it("上年预算 is last year's line: its 批复数 and 调整数 as budget, its 实际支出数 as the year's spending", async () => {
    const read = await readBook(
      department(
        '部门整体支出绩效目标申报表',
        ['上年预算', '批复数', '调整数', '实际支出数'],
        ['', '757.3', '1773.6', '1700'],
      ),
    )
    expect(
      recordsOf<BudgetRecord>(read, 'budget').map((b) => [b.year, b.item, b.initialBudget, b.budget, b.position]),
    ).toEqual([[2023, '部门整体支出', 757.3, 1773.6, 15]])
    expect(recordsOf<SpendingRecord>(read, 'spending').map((s) => [s.year, s.month, s.spent])).toEqual([
      [2023, 12, 1700],
    ])
  })

  it('上年预算 with only its 批复数 is a budget line and no spending; with only 实际支出数, spending with no budget line', async () => {
    const onlyBudget = await readBook(department('部门整体支出绩效目标申报表', ['上年预算', '批复数'], ['', '757.3']))
    expect([
      recordsOf<BudgetRecord>(onlyBudget, 'budget').map((b) => [b.year, b.initialBudget]),
      onlyBudget.parts.map((p) => p.kind),
    ]).toEqual([[[2023, 757.3]], ['targets', 'budget']])
    const onlySpent = await readBook(department('部门整体支出绩效目标申报表', ['上年预算', '实际支出数'], ['', '1700']))
    expect([onlySpent.parts.map((p) => p.kind), onlySpent.parts.flatMap((p) => p.problems)]).toEqual([
      ['targets', 'spending'],
      [],
    ])
  })
})

describe("a project form's funds", () => {
  const project = (title: string, ...rows: string[][]) => [
    [title],
    ['（2024年度）'],
    ['项目名称', '招商引资'],
    ['实施单位', '商务局'],
    ...rows,
  ]

  it("its total is the project's line as 项目经费, a zero total included", async () => {
    const read = await readBook(
      project('项目支出绩效目标申报表', ['项目资金（万元）', '年度资金总额', '0'], ...INDICATORS),
    )
    expect(
      recordsOf<BudgetRecord>(read, 'budget').map((b) => [b.item, b.fundType, b.initialBudget, b.position]),
    ).toEqual([['招商引资', '项目经费', 0, 15]])
  })

  it("a 自评表 keeps 年初预算数 and 全年预算数 apart, and its 执行数 is the year's spending", async () => {
    const read = await readBook(
      project(
        '项目支出绩效自评表',
        ['项目资金（万元）', '', '年初预算数', '全年预算数', '全年执行数'],
        ['', '年度资金总额', '60', '70', '54'],
        ['一级指标', '二级指标', '三级指标', '指标值', '实际完成值'],
        ['产出指标', '数量指标', '培训次数', '≥4次', '4次'],
      ),
    )
    expect(recordsOf<BudgetRecord>(read, 'budget').map((b) => [b.initialBudget, b.budget])).toEqual([[60, 70]])
    expect(recordsOf<SpendingRecord>(read, 'spending').map((s) => [s.month, s.spent])).toEqual([[12, 54]])
  })
})
