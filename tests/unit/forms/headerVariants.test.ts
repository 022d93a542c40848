/**
 * Forms whose headers are spelled as provinces print them, read whole: the 财预〔2020〕10号
 * 自评表 with its letter marks, units, line breaks, 元 amounts, a split 年度指标值, and a header
 * the reader cannot place, named in a notice.
 */
import { describe, expect, it } from 'vitest'
import { readImportFile, type FileRead } from '@/io/importFile'
import { FormArea } from '@/io/forms/formArea'
import { readLastYear, readTasks } from '@/io/forms/fundsBlock'
import type { ActualRecord, BudgetRecord, SpendingRecord, TargetRecord } from '@/domain/records'
import { savedAsCsv, workbook, type Cell } from './formFixtures'
import { TEMPLATE_2020, selfEvaluationVariant, type Variant } from './variantFixtures'

const recordsOf = <T>(read: FileRead, kind: string) =>
  read.parts.filter((p) => p.kind === kind).flatMap((p) => (p.tagged?.records ?? []) as T[])
const problemsOf = (read: FileRead) => read.parts.flatMap((p) => p.problems)
const noticesOf = (read: FileRead) => read.parts.flatMap((p) => p.notices.map((n) => n.text))

/** The variant as .xlsx, as UTF-8 CSV and as GBK CSV. */
const asFiles = (variant: Variant): [string, Uint8Array][] => [
  ['自评.xlsx', workbook([selfEvaluationVariant(variant)])],
  ['自评.csv', savedAsCsv(selfEvaluationVariant(variant))],
  ['自评-gbk.csv', savedAsCsv(selfEvaluationVariant(variant), 'gbk')],
]

/** 年度资金总额's budget line and year-end spending as read. */
const fundsRead = (read: FileRead) => ({
  budget: recordsOf<BudgetRecord>(read, 'budget').map((b) => [b.initialBudget, b.budget, b.weight]),
  spending: recordsOf<SpendingRecord>(read, 'spending').map((s) => [s.month, s.spent, s.formScore]),
})

describe('the 自评表 of 财预〔2020〕10号 with its letter marks', () => {
  it.each(asFiles({}))(
    '%s: 全年预算数（A） is the budget (and, alone, the 年初 one), 全年执行数（B） the spending, 执行率（B/A） passed over',
    async (name, bytes) => {
      const read = await readImportFile(bytes, name)
      expect(problemsOf(read)).toEqual([])
      expect(noticesOf(read)).toEqual([])
      expect(read.forms.map((f) => [f.type, f.unit, f.scope, f.counts])).toEqual([
        ['selfEvaluation', '九江市柴桑区商务局', '招商引资', { targets: 2, budget: 1, actuals: 2, spending: 1 }],
      ])
      expect(fundsRead(read)).toEqual({ budget: [[70, 70, 10]], spending: [[12, 63, 9]] })
      if (name.endsWith('gbk.csv')) expect(read.encoding).toBe('GB18030')
    },
  )

  it('with 年初预算数 beside them, both budgets are read', async () => {
    const funds = { headers: ['年初预算数', ...TEMPLATE_2020], total: [60, 70, 63, 10, '90%', 9] }
    for (const [name, bytes] of asFiles({ funds })) {
      const read = await readImportFile(bytes, name)
      expect(problemsOf(read)).toEqual([])
      expect(fundsRead(read)).toEqual({ budget: [[60, 70, 10]], spending: [[12, 63, 9]] })
    }
  })
})

describe('header area labels with a note', () => {
  it.each(asFiles({}).slice(0, 2))('%s: 项目名称（全称） and 实施单位（盖章） are read', async (name) => {
    const sheet = selfEvaluationVariant()
    sheet.rows[2]![0] = '项目名称（全称）'
    sheet.rows[3]![4] = '实施单位（盖章）'
    const bytes = name.endsWith('.xlsx') ? workbook([sheet]) : savedAsCsv(sheet)
    const read = await readImportFile(bytes, name)
    expect(problemsOf(read)).toEqual([])
    const facts = read.forms[0]!.fields.filter((f) => f.key === 'implementingUnit' || f.key === 'scope')
    // A CSV has no sheet: its cells are cited without one.
    expect(facts.map((f) => [f.key, f.value, f.cell.replace('自评表!', '')])).toEqual([
      ['implementingUnit', '九江市柴桑区商务局', 'F4'],
      ['scope', '招商引资', 'C3'],
    ])
  })
})

describe('funds headers spelled otherwise', () => {
  it.each([
    ['units in full-width brackets', ['年初预算数（万元）', '全年预算数（万元）', '全年执行数（万元）']],
    ['units in half-width brackets', ['年初预算数(万元)', '全年预算数(万元)', '全年执行数(万元)']],
    ['line breaks in merged headers', ['年初\n预算数', '全年\n预算数', '全年\n执行数']],
    ['额 for 数', ['年初预算额', '全年预算额', '全年执行额']],
    ['Sichuan (大英县 2023)', ['年初预算', '调整后预算数', '预算执行数']],
  ])('%s', async (_variant, headers) => {
    const funds = { headers: [...headers, '执行率(%)', '分值（分）', '得分'], total: [60, 70, 63, '90%', 10, 9] }
    for (const [name, bytes] of asFiles({ funds })) {
      const read = await readImportFile(bytes, name)
      expect(problemsOf(read)).toEqual([])
      expect(noticesOf(read)).toEqual([])
      expect(fundsRead(read)).toEqual({ budget: [[60, 70, 10]], spending: [[12, 63, 9]] })
    }
  })

  it.each([
    [
      'in 元 under （元） headers',
      ['年初预算数（元）', '全年预算数（元）', '全年执行数（元）'],
      [600000, 700000, 630000],
    ],
    ['in 元 under a （元） block label', ['年初预算数', '全年预算数', '全年执行数'], ['600,000', '700,000', '630,000']],
    ['typed as text', ['年初预算数', '全年预算数', '全年执行数'], ['60万', '700,000元', '63万元']],
  ])('amounts %s are read in 万元', async (variant, headers, amounts) => {
    const funds = { headers: [...headers, '分值'], total: [...amounts, 10] as Cell[] }
    const sheet = selfEvaluationVariant({ funds })
    // The block's own label names the unit: 项目资金（元）.
    if (variant.includes('block label')) sheet.rows[4]![0] = '项目资金（元）'
    const read = await readImportFile(workbook([sheet]), '自评.xlsx')
    expect(problemsOf(read)).toEqual([])
    expect(fundsRead(read)).toEqual({ budget: [[60, 70, 10]], spending: [[12, 63, undefined]] })
  })

  it('a funds header the reader cannot place is named in a notice, the rest still read', async () => {
    const funds = { headers: ['年初预算数', '全年预算数', '资金使用说明', '全年执行数'], total: [60, 70, '按计划', 63] }
    for (const [name, bytes] of asFiles({ funds })) {
      const read = await readImportFile(bytes, name)
      expect(noticesOf(read)).toEqual(['以下资金表头无法识别，已忽略：资金使用说明'])
      expect(read.parts[0]!.notices.map((n) => [n.code, n.params])).toEqual([
        ['fundsColumnsIgnored', { columns: '资金使用说明' }],
      ])
      expect(fundsRead(read).budget).toEqual([[60, 70, undefined]])
    }
  })
})

describe('the indicator block spelled otherwise', () => {
  /** 年度指标值 merged over 指标性质 | 指标值 | 度量单位 on a second header row. */
  const split: Variant['indicators'] = {
    headers: [
      [
        '绩效指标',
        '一级指标',
        '二级指标',
        '三级指标',
        '年度指标值',
        null,
        null,
        '实际完成值（B）',
        '分值（分）',
        '得分',
      ],
      [null, null, null, null, '指标性质', '指标值', '度量单位', null, null, null],
    ],
    rows: [
      [null, '产出指标', '数量指标', '组织参加各类招商推介会场次数', '≥', '2', '场', '2场', 10, 10],
      [null, null, '质量指标', '项目落户流程规范执行率', '═', '100', '%', '100%', 10, 10],
      [null, '效益指标', '社会效益指标', '新增招商引资项目预计带动就业人数', '正向', '200', '人', '210人', 10, 10],
      [null, null, '可持续影响指标', '近三年来引进项目的质量水平', '定性', '不断提升', null, '不断提升', 10, 10],
    ],
    merges: ['E7:G7', 'B7:B8', 'C7:C8', 'D7:D8', 'H7:H8', 'I7:I8', 'J7:J8', 'B9:B10', 'B11:B12'],
  }

  it.each(asFiles({ indicators: split }))(
    '%s: a 年度指标值 split in three is one target text; 正向 is kept as the direction',
    async (name, bytes) => {
      const read = await readImportFile(bytes, name)
      expect(problemsOf(read)).toEqual([])
      expect(noticesOf(read)).toEqual([])
      const targets = recordsOf<TargetRecord>(read, 'targets')
      expect(targets.map((t) => [t.level1, t.level2, t.targetText, t.direction])).toEqual([
        ['产出指标', '数量指标', '≥2场', undefined],
        ['产出指标', '质量指标', '═100%', undefined],
        ['效益指标', '社会效益指标', '200人', '正向'],
        ['效益指标', '可持续影响指标', '不断提升', undefined],
      ])
      expect(recordsOf<ActualRecord>(read, 'actuals').map((a) => a.actualText)).toEqual([
        '2场',
        '100%',
        '210人',
        '不断提升',
      ])
    },
  )

  it('the split in one header row, as Sichuan prints it (大英县 2023), with 权重 and 未完成原因分析', async () => {
    const indicators: Variant['indicators'] = {
      headers: [
        [
          '绩效指标',
          '一级指标',
          '二级指标',
          '三级指标',
          '指标性质',
          '指标值',
          '度量单位',
          '完成值',
          '权重',
          '得分',
          '未完成原因分析',
        ],
      ],
      rows: [[null, '产出指标', '成本指标', '成本控制数', '≤', '30', '万元', '28万元', 90, 90, null]],
    }
    const funds = {
      headers: ['年初预算', '调整后预算数', '预算执行数', '预算执行率', '权重', '得分', '原因'],
      total: [0, 3.36, 3.36, '100.00%', 10, 10, null],
    }
    const sheet = selfEvaluationVariant({ funds, indicators })
    sheet.rows[4]![0] = '年度预算数(万元)'
    sheet.rows[5]![1] = '总额'
    const read = await readImportFile(workbook([sheet]), '自评.xlsx')
    expect(problemsOf(read)).toEqual([])
    expect(noticesOf(read)).toEqual([])
    expect(recordsOf<TargetRecord>(read, 'targets').map((t) => [t.targetText, t.weight])).toEqual([['≤30万元', 90]])
    expect(fundsRead(read)).toEqual({ budget: [[0, 3.36, 10]], spending: [[12, 3.36, 10]] })
  })

  it('an indicator header the reader cannot place is named in a notice', async () => {
    const indicators: Variant['indicators'] = {
      headers: [['绩效指标', '一级指标', '二级指标', '三级指标', '年度指标值（A）', '实际完成值（B）', '评分标准']],
      rows: [[null, '产出指标', '数量指标', '组织参加各类招商推介会场次数', '2场', '2场', '完成得满分']],
    }
    const read = await readImportFile(workbook([selfEvaluationVariant({ indicators })]), '自评.xlsx')
    expect(problemsOf(read)).toEqual([])
    expect(noticesOf(read)).toEqual(['以下列不属于绩效指标的字段，已忽略：评分标准'])
    expect(recordsOf<TargetRecord>(read, 'targets').map((t) => t.targetText)).toEqual(['2场'])
  })
})

describe('amounts of the 年度主要任务 table and of 上年预算, in 万元', () => {
  const areaOf = (rows: string[][]) => new FormArea({ name: 'S', rows }, 0, rows.length)

  it('a task amount typed with its unit, or under a （元） header, is its 万元 figure', () => {
    const typed = readTasks(
      areaOf([
        ['任务名称', '预算金额'],
        ['招商引资', '60万元'],
        ['商贸行政事务', '450.44'],
      ]),
      0,
      3,
    )
    expect(typed.tasks.map((t) => t.amount?.value)).toEqual(['60', '450.44'])
    const inYuan = readTasks(
      areaOf([
        ['任务名称', '预算金额（元）'],
        ['招商引资', '600,000'],
      ]),
      0,
      2,
    )
    expect(inYuan.tasks.map((t) => t.amount)).toEqual([{ value: '60', cell: 'S!B2' }])
  })

  it("last year's 批复数 in 元 and 调整数 typed as text are read in 万元", () => {
    const rows = [
      ['上年预算', '批复数（元）', '调整数', '实际支出数'],
      ['', '7,573,000', '1773.6万', '1773.6'],
    ]
    expect(readLastYear(areaOf(rows), 0, 2)).toEqual({
      initialBudget: { value: '757.3', cell: 'S!B2' },
      budget: { value: '1773.6', cell: 'S!C2' },
      spent: { value: '1773.6', cell: 'S!D2' },
    })
  })
})
