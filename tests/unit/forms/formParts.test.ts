/** A form read as parts of the flat kinds, and its summary for the preview, from forms saved as CSV. */
import { describe, expect, it } from 'vitest'
import * as XLSX from '@e965/xlsx'
import { readImportFile } from '@/io/importFile'

const csvOf = (rows: string[][]) => new TextEncoder().encode(rows.map((r) => r.join(',')).join('\n'))
const readCsv = (rows: string[][]) => readImportFile(csvOf(rows), '表.csv')

const APPLICATION = [
  ['项目支出绩效目标申报表'],
  ['（2024年度）'],
  ['项目名称', '招商引资'],
  ['实施单位', '商务局'],
  ['项目资金（万元）', '年度资金总额', '60'],
  ['', '其中：财政资金', '60'],
  ['一级指标', '二级指标', '三级指标', '指标值', '指标解释', '备注'],
  ['产出指标', '数量指标', '培训次数', '≥4次', '全年培训', ''],
]

describe('a form as parts', () => {
  it('a 申报表 is its targets and budget, named by file, form and kind; the first part carries the notices', async () => {
    const read = await readCsv(APPLICATION)
    expect(read.parts.map((p) => [p.fileName, p.kind, p.notices.map((n) => n.text)])).toEqual([
      ['表.csv › 表1 招商引资 · 绩效目标', 'targets', ['以下列不属于绩效指标的字段，已忽略：指标解释、备注']],
      ['表.csv › 表1 招商引资 · 预算', 'budget', []],
    ])
    expect(read.parts.flatMap((p) => p.problems)).toEqual([])
    const [summary] = read.forms
    expect(summary).toMatchObject({
      year: '2024',
      unit: '商务局',
      scope: '招商引资',
      period: '',
      month: null,
      byMonth: false,
      counts: { targets: 1, budget: 2, actuals: 0, spending: 0 },
    })
    expect(summary!.fields.map((f) => [f.key, f.label, f.value, f.cell])).toEqual([
      ['title', '表名', '项目支出绩效目标申报表', 'A1'],
      ['year', '年度', '2024', 'A2'],
      ['implementingUnit', '实施单位', '商务局', 'B4'],
      ['scope', '类别', '招商引资', 'B3'],
      ['fundTotal', '年度资金总额', '60', 'C5'],
      ['fundPart', '财政资金', '60', 'C6'],
    ])
  })

  it('a 自评表 reports the year without naming a period; a 监控表 names its months', async () => {
    const report = (title: string, actualHeader: string) =>
      readCsv([
        [title],
        ['（2024年度）'],
        ['项目名称', '招商引资'],
        ['实施单位', '商务局'],
        ['三级指标', '指标值', actualHeader],
        ['培训次数', '≥4次', '3次'],
      ])
    const selfEvaluation = (await report('项目支出绩效自评表', '实际完成值')).forms[0]!
    const monitoring = (await report('项目支出绩效监控表', '1-7月执行情况')).forms[0]!
    expect([selfEvaluation.period, selfEvaluation.fields.some((f) => f.key === 'period')]).toEqual(['全年', false])
    expect([
      monitoring.period,
      monitoring.month,
      monitoring.byMonth,
      monitoring.fields.find((f) => f.key === 'period'),
    ]).toEqual(['1-7月', 7, true, { key: 'period', label: '报告期', value: '1-7月', cell: 'C5' }])
  })

  it('a form missing labels is one failed part that names each, and is written nowhere', async () => {
    const rows = [['项目支出绩效自评表'], [''], ['三级指标', '指标值', '实际完成值']]
    const read = await readCsv(rows)
    expect(read.parts).toHaveLength(1)
    const [part] = read.parts
    expect([part!.fileName, part!.kind, part!.delimiter]).toEqual(['表.csv › 表1 项目支出绩效自评表', null, ','])
    const book = XLSX.utils.book_new()
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), '自评')
    const fromBook = await readImportFile(
      new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer),
      '表.xlsx',
    )
    expect(fromBook.parts.map((p) => [p.fileName, p.delimiter, p.problems[0]?.cell])).toEqual([
      ['表.xlsx › 自评 › 表1 项目支出绩效自评表', '', '自评!A1'],
    ])
    expect(part!.problems.map((p) => [p.line, p.cell, p.column, p.code])).toEqual([
      [1, 'A1', '年度', 'formLabelMissing'],
      [1, 'A1', '项目名称', 'formLabelMissing'],
      [1, 'A1', '实施单位', 'formLabelMissing'],
    ])
    expect(read.forms[0]).toMatchObject({
      year: '',
      unit: '',
      scope: '',
      missing: ['年度', '项目名称', '实施单位'],
      parts: ['表.csv › 表1 项目支出绩效自评表'],
    })
  })
})

describe('a short department name', () => {
  const department = [
    ['部门整体支出绩效目标申报表'],
    ['（2024年度）'],
    ['部门（单位）名称', '九江市柴桑区商务局'],
    ['三级指标', '指标值'],
    ['培训次数', '≥4次'],
  ]
  const project = (label: string) => [
    ['项目支出绩效目标申报表'],
    ['（2024年度）'],
    ['项目名称', '招商引资'],
    [label, '商务局'],
    ['三级指标', '指标值'],
    ['走访次数', '≥9次'],
  ]

  it('is the unit another form of the file names in full, and a notice says so', async () => {
    const read = await readCsv([...department, ...project('部门名称')])
    expect(read.forms.map((f) => f.unit)).toEqual(['九江市柴桑区商务局', '九江市柴桑区商务局'])
    expect(read.parts.flatMap((p) => p.notices.map((n) => n.text))).toEqual([
      '部门名称“商务局”按同一文件中的“九江市柴桑区商务局”读取',
    ])
  })

  it('but a 实施单位 is taken as written', async () => {
    const read = await readCsv([...department, ...project('实施单位')])
    expect(read.forms.map((f) => f.unit)).toEqual(['九江市柴桑区商务局', '商务局'])
  })
})
