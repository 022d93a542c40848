import * as XLSX from '@e965/xlsx'
import { describe, expect, it } from 'vitest'
import { evaluateUnitYear } from '@/domain/engine/evaluate'
import { readImportFile } from '@/io/importFile'
import { planImport } from '@/io/importPlan'
import { officialFileName, officialSheets } from '@/io/official/officialWorkbooks'
import { writeOfficialXlsx } from '@/io/official/writeXlsx'
import { loadSampleDataset } from '@/io/sampleData'
import type { Dataset } from '@/domain/model'
import type { ActualRecord, TargetRecord } from '@/domain/records'
import { DEFAULT_RULES } from '@/domain/engine/rules'
import { rulesLine } from '@/domain/engine/rulesText'

const RULES = rulesLine(DEFAULT_RULES)

const U = '九江市柴桑区商务局'

/** The seed department's 2024 as if its values were real (the sample's are illustrative). */
async function seed2024(): Promise<Dataset> {
  const sample = await loadSampleDataset()
  return {
    targets: sample.targets.filter((t) => t.year === 2024),
    budgets: sample.budgets.filter((b) => b.year === 2024),
    actuals: sample.actuals.filter((a) => a.year === 2024).map((a) => ({ ...a, sample: false })),
    spending: sample.spending.filter((s) => s.year === 2024).map((s) => ({ ...s, sample: false })),
  }
}

/** The sheet's XML inside the `.xlsx`, for what SheetJS does not report (page setup). */
function partOf(bytes: Uint8Array, path: string): string {
  const zip = XLSX.CFB.read(bytes, { type: 'array' })
  const index = zip.FullPaths.findIndex((p: string) => p.endsWith(path))
  return new TextDecoder().decode(zip.FileIndex[index]!.content as Uint8Array)
}

describe('the 绩效监控表 as .xlsx', async () => {
  const data = await seed2024()
  const scopes = evaluateUnitYear(data, 9)
  const bytes = await writeOfficialXlsx(officialSheets('绩效监控表', scopes, data, RULES))
  const book = XLSX.read(bytes, { type: 'array', cellNF: true })

  it('has a sheet per 类别 with the title, the year and period, and the unit', () => {
    expect(book.SheetNames).toEqual(['部门整体', '招商引资'])
    const sheet = book.Sheets['招商引资']!
    expect([sheet.A1?.v, sheet.A2?.v, sheet.A3?.v, sheet.B3?.v, sheet.I3?.v, sheet.J3?.v]).toEqual([
      '项目支出绩效目标执行监控表',
      '（2024年度 第3季度）',
      '项目名称',
      '招商引资',
      '实施单位',
      U,
    ])
    expect(book.Sheets['部门整体']!.A1?.v).toBe('部门整体支出绩效目标执行监控表')
  })

  it('names the rules it was scored by in its last row, under the sign-off lines, across the sheet', () => {
    const sheet = book.Sheets['部门整体']!
    const last = XLSX.utils.decode_range(sheet['!ref']!).e.r + 1
    expect([sheet[`A${last - 1}`]?.v, sheet[`A${last}`]?.v]).toEqual([
      '填报单位（盖章）：',
      '评分规则：财政部默认（财预〔2020〕10号）',
    ])
    expect(sheet['!merges']!.map((m) => XLSX.utils.encode_range(m))).toContain(`A${last}:L${last}`)
  })

  it('writes the funds block with numbers as numbers and rates as percent-formatted numbers', () => {
    const sheet = book.Sheets['部门整体']!
    expect(['A4', 'C4', 'D4', 'E4', 'F4', 'G4'].map((c) => sheet[c]?.v)).toEqual([
      '项目资金（万元）',
      '年初预算数',
      '全年预算数',
      '第3季度执行数',
      '执行率',
      '序时进度',
    ])
    // 年度资金总额 734.05, of which 人员经费, 公用经费, 项目经费; spent to Q3 as the sample says.
    expect(['B5', 'C5', 'B6', 'B7', 'B8'].map((c) => sheet[c]?.v)).toEqual([
      '年度资金总额',
      734.05,
      '其中：人员经费',
      '其中：公用经费',
      '其中：项目经费',
    ])
    expect(sheet.C5!.t).toBe('n')
    expect(sheet.F5!.t).toBe('n')
    expect(sheet.F5!.z).toBe('0.0%')
    expect(sheet.G5!.v).toBe(0.75)
  })

  it('merges 一级/二级 cells over their runs and repeats the indicator headers on every printed page', () => {
    const sheet = book.Sheets['部门整体']!
    const merges = (sheet['!merges'] ?? []).map((m) => XLSX.utils.encode_range(m))
    // Header on row 9; 17 indicators on rows 10–26: 产出 11 rows (数量 5, 质量 4, 时效 1, 成本 1).
    expect(sheet.C9?.v).toBe('三级指标')
    expect(merges).toEqual(
      expect.arrayContaining(['A10:A20', 'B10:B14', 'B15:B18', 'A21:A24', 'A25:A26', 'B25:B26', 'A1:L1']),
    )
    expect(book.Workbook?.Names?.filter((n) => n.Name === '_xlnm.Print_Titles').map((n) => n.Ref)).toEqual([
      "'部门整体'!$9:$9",
      "'招商引资'!$6:$6",
    ])
    const xml = partOf(bytes, 'xl/worksheets/sheet1.xml')
    expect(xml).toMatch(/<pageSetup[^>]*paperSize="9"/)
    expect(xml).toMatch(/<pageSetup[^>]*orientation="landscape"/)
    expect(xml).toContain('第 &amp;P 页 共 &amp;N 页')
    expect(xml).not.toContain('<f>')
  })

  it('sets every row its height, shrinks numbers rather than show ###, and sets merged levels at their top', () => {
    const xml = partOf(bytes, 'xl/worksheets/sheet1.xml')
    const heights = [...xml.matchAll(/<row r="(\d+)"([^>]*)>/g)].map(([, r, attributes]) => {
      expect(attributes, `row ${r}`).toContain('customHeight="1"')
      return Number(/ht="([\d.]+)"/.exec(attributes!)![1])
    })
    // Title: one line of 16 pt, 30. Row 10: the 41-character first name in C (22 × 5.25 − 4 = 111.5 pt,
    // 11 characters a line) takes 4 lines: 4 × 15 + 6 = 66. Every other row at least one line of 10 pt.
    expect([heights[0], heights[9]]).toEqual([30, 66])
    expect(heights.length).toBe(XLSX.utils.decode_range(book.Sheets['部门整体']!['!ref']!).e.r + 1)
    expect(Math.min(...heights)).toBe(21)
    expect(xml).toMatch(/<sheetFormatPr[^>]*defaultColWidth="9"/)
    expect(xml).toMatch(/<pageSetup[^>]*fitToWidth="1" fitToHeight="0"/)
    const styles = partOf(bytes, 'xl/styles.xml')
    expect(styles).toContain('shrinkToFit="1"')
    // A10:A20 (产出指标) is drawn from its top.
    const a10 = new RegExp(`<c r="A10" s="(\\d+)"`).exec(xml)![1]!
    const xfs = [...styles.split('<cellXfs')[1]!.matchAll(/<xf [^>]*?(?:\/>|>[\s\S]*?<\/xf>)/g)].map((m) => m[0])
    expect(xfs[Number(a10)]).toContain('vertical="top"')
  })

  it('reads back through the importer as the official form, changing nothing', async () => {
    const read = await readImportFile(bytes, officialFileName(U, 2024, '绩效监控表', 'xlsx'))
    expect(read.parts.flatMap((p) => p.problems)).toEqual([])
    expect(read.forms.map((f) => [f.type, f.scope, f.period])).toEqual([
      ['monitoring', '部门整体', '第3季度'],
      ['monitoring', '招商引资', '第3季度'],
    ])
    const plan = planImport(read.parts, data)
    expect(plan.problems).toEqual([])
    expect(plan.counts.added + plan.counts.updated).toBe(0)
    expect(plan.counts.unchanged).toBeGreaterThan(40)
  })
})

describe('the 绩效自评表 as .xlsx', () => {
  it('has the funds block with 分值 and 得分, the 总分 with the grade, and reads back as a 自评表 of its period', async () => {
    const data = await seed2024()
    const scopes = evaluateUnitYear(data, 9)
    const bytes = await writeOfficialXlsx(officialSheets('绩效自评表', scopes, data, RULES))
    const sheet = XLSX.read(bytes, { type: 'array' }).Sheets['部门整体']!
    expect([sheet.A1?.v, sheet.A2?.v]).toEqual(['部门整体支出绩效自评表', '（2024年度 第3季度预计）'])
    expect(['C4', 'F4', 'G4', 'H4'].map((c) => sheet[c]?.v)).toEqual(['年初预算数', '分值', '预计执行率', '预计得分'])
    expect(sheet.F5?.v).toBe(10)
    const totalRow = XLSX.utils.sheet_to_json<string[]>(sheet, { header: 1 }).findIndex((row) => row[0] === '预计总分')
    expect(totalRow).toBeGreaterThan(8)
    const read = await readImportFile(bytes, '自评表.xlsx')
    expect(read.forms.map((f) => [f.type, f.period])).toEqual([
      ['selfEvaluation', '第3季度'],
      ['selfEvaluation', '第3季度'],
    ])
    const plan = planImport(read.parts, data)
    expect(plan.problems).toEqual([])
    // Targets as stored, but for the 分值 the form shows for each (the app's weights, to two decimals).
    const weights = new Map(
      scopes.flatMap((s) => s.indicators.map((i) => [i.record.code, Math.round(i.score.weight * 100) / 100] as const)),
    )
    const targets = plan.rows.filter((r) => r.table === 'targets')
    expect(targets).toHaveLength(31)
    for (const row of targets) {
      const { weight, ...rest } = row.record as TargetRecord
      const { weight: _was, ...before } = row.before as TargetRecord
      expect([rest, weight]).toEqual([before, weights.get(rest.code)])
    }
    // Values as stored but for 偏差原因, which the form joins with 改进措施.
    const changedValues = plan.rows
      .filter((r) => r.table === 'actuals' && r.status !== 'unchanged')
      .map((r) => [r.record, r.before] as [ActualRecord, ActualRecord])
    for (const [now, was] of changedValues)
      expect([now.actualText, now.reason]).toEqual([
        was.actualText,
        [was.reason, was.action].filter(Boolean).join('；'),
      ])
  })

  it('is as wide as the 监控表, 146 characters, a width for each of its cells, with a 表内得分 column or without', async () => {
    const data = await seed2024()
    const scopes = evaluateUnitYear(data, 9)
    const withScores = evaluateUnitYear({ ...data, actuals: data.actuals.map((a) => ({ ...a, formScore: 1 })) }, 9)
    const sum = (widths: number[]) => widths.reduce((a, b) => a + b)
    expect(
      [
        officialSheets('绩效监控表', scopes, data, RULES),
        officialSheets('绩效自评表', scopes, data, RULES),
        officialSheets('绩效自评表', withScores, data, RULES),
      ].map((sheets) =>
        sheets.map((s) => [
          s.rows.every((row) => row.length === s.widths.length) ? s.widths.length : 'rows differ',
          sum(s.widths),
        ]),
      ),
    ).toEqual([
      [
        [12, 146],
        [12, 146],
      ],
      [
        [9, 146],
        [9, 146],
      ],
      [
        [10, 146],
        [10, 146],
      ],
    ])
  })

  it('names files 单位-年度-表名', () => {
    expect(officialFileName(U, 2024, '绩效自评表', 'xlsx')).toBe('九江市柴桑区商务局-2024-绩效自评表.xlsx')
    expect(officialFileName('a/b', 2024, '自评报告', 'docx')).toBe('a_b-2024-自评报告.docx')
  })
})
