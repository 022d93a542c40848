/**
 * The row rules of the four kinds that decide whether a row is a record, a problem or
 * nothing at all: blank rows, rows not reported yet, required cells, the budget's figures.
 */
import { describe, expect, it } from 'vitest'
import { deriveBudgetId, deriveIndicatorCode } from '@/domain/indicatorCode'
import { describeProblem } from '@/io/problems'
import { parseCsvText } from '@/io/parseCsv'
import { csv } from './fixtures'

const KEY = ['2024', '甲局', '部门整体']
const parse = (rows: string[][]) => parseCsvText(csv(rows), 'x.csv')
const said = (rows: string[][]) => parse(rows).problems.map(describeProblem)
const unreported = (result: ReturnType<typeof parse>) =>
  result.notices.filter((n) => n.code === 'unreported').map((n) => n.params)

describe('rows that are nothing', () => {
  it('a row of spaces is blank: no record, no problem, no unreported row', () => {
    const result = parse([
      ['年度', '单位', '类别', '三级指标', '季度', '实际值'],
      ['', ' ', '  ', '', ' ', ''],
      [...KEY, '培训次数', '1', '1次'],
    ])
    expect(result.problems).toEqual([])
    expect(unreported(result)).toEqual([])
    expect(result.tagged?.records).toHaveLength(1)
  })

  it('a spending row without its 执行数 is not reported yet, not a problem', () => {
    const result = parse([
      ['年度', '单位', '类别', '预算项目', '季度', '执行数'],
      [...KEY, '人员经费', '1', ''],
    ])
    expect([result.problems, unreported(result), result.tagged?.records]).toEqual([
      [],
      [{ n: 1, kind: 'spending' }],
      [],
    ])
  })

  it('a budget row is never "not reported"', () => {
    const result = parse([
      ['年度', '单位', '类别', '预算项目', '年初预算数'],
      [...KEY, '人员经费', ''],
    ])
    expect(unreported(result)).toEqual([])
    expect(result.problems.map(describeProblem)).toEqual(["第2行 全年预算数: '' 年初预算数与全年预算数至少填写一个"])
  })

  it.each([
    ['全年预计', '4次'],
    ['完成可能性', '有可能'],
    ['偏差原因', '进度慢'],
    ['改进措施', '加快'],
  ])('an actuals row with only its %s said is reported, and its 实际值 is required', (header, text) => {
    const result = parse([
      ['年度', '单位', '类别', '三级指标', '季度', '实际值', header],
      [...KEY, '培训次数', '1', '', text],
    ])
    expect(unreported(result)).toEqual([])
    expect(result.problems.map(describeProblem)).toEqual(["第2行 实际值: '' 不能为空"])
  })
})

describe('required cells', () => {
  it('a budget row names its missing 单位, 类别 and 预算项目, and keeps no record', () => {
    const result = parse([
      ['年度', '单位', '类别', '预算项目', '年初预算数'],
      ['2024', '', '', '', '5'],
    ])
    expect(result.tagged?.records).toEqual([])
    expect(result.problems.map((p) => [p.column, p.found, p.code])).toEqual([
      ['单位', '', 'required'],
      ['类别', '', 'required'],
      ['预算项目', '', 'required'],
    ])
  })

  it('a spending row names its missing 单位, 类别 and 预算项目', () => {
    expect(
      said([
        ['年度', '单位', '类别', '预算项目', '季度', '执行数'],
        ['2024', '', '', '', '1', '5'],
      ]),
    ).toEqual(["第2行 单位: '' 不能为空", "第2行 类别: '' 不能为空", "第2行 预算项目: '' 不能为空"])
  })

  it('an actuals row needs 单位, 类别, and a 三级指标 or an 指标编码', () => {
    const header = ['年度', '单位', '类别', '三级指标', '指标编码', '季度', '实际值']
    const result = parse([header, ['2024', '', '', '', '', '1', '3次'], [...KEY, '', 'A-01', '1', '3次']])
    expect(result.problems.map((p) => [p.line, p.column, p.found, p.code])).toEqual([
      [2, '单位', '', 'required'],
      [2, '类别', '', 'required'],
      [2, '三级指标', '', 'nameOrCode'],
    ])
    expect(result.tagged?.records).toEqual([
      {
        indicatorCode: 'A-01',
        month: 3,
        year: 2024,
        unit: '甲局',
        scope: '部门整体',
        actualText: '3次',
        sample: false,
      },
    ])
  })
})

describe("a budget line's figures and optional cells", () => {
  const HEADER = [
    '年度',
    '单位',
    '类别',
    '预算项目',
    '经费类型',
    '分类',
    '主要内容',
    '年初预算数',
    '全年预算数',
    '分值',
  ]

  it('a figure that is no number is told as such, not as a missing figure', () => {
    expect(said([HEADER, [...KEY, '培训', '', '', '', '十', '', '']])).toEqual(["第2行 年初预算数: '十' 不是数字"])
    expect(said([HEADER, [...KEY, '培训', '', '', '', '', '十', '']])).toEqual(["第2行 全年预算数: '十' 不是数字"])
  })

  it('keeps 经费类型, 主要内容 and 分值 only where given', () => {
    const result = parse([
      HEADER,
      [...KEY, '培训', '项目经费', '任务', '全员培训', '', '5', '2'],
      [...KEY, '差旅', '', '', '', '3', '', ''],
    ])
    expect(result.problems).toEqual([])
    expect(result.tagged?.records).toStrictEqual([
      {
        id: deriveBudgetId(2024, '甲局', '部门整体', '培训'),
        year: 2024,
        unit: '甲局',
        scope: '部门整体',
        item: '培训',
        position: 2,
        breakdown: '任务',
        initialBudget: 5,
        budget: 5,
        fundType: '项目经费',
        description: '全员培训',
        weight: 2,
      },
      {
        id: deriveBudgetId(2024, '甲局', '部门整体', '差旅'),
        year: 2024,
        unit: '甲局',
        scope: '部门整体',
        item: '差旅',
        position: 3,
        breakdown: '经费',
        initialBudget: 3,
        budget: 3,
      },
    ])
  })
})

describe("an actuals row's optional cells", () => {
  it('keeps 全年预计, 完成可能性, 偏差原因, 改进措施 and 表内得分 only where given', () => {
    const header = [
      '年度',
      '单位',
      '类别',
      '三级指标',
      '截至月份',
      '实际值',
      '全年预计',
      '完成可能性',
      '偏差原因',
      '改进措施',
      '表内得分',
    ]
    const result = parse([
      header,
      [...KEY, '培训次数', '7', '2次', '4次', '有可能', '进度慢', '加快', '8.5'],
      [...KEY, '覆盖人数', '7', '5人', '', '', '', '', ''],
    ])
    const code = (name: string) => deriveIndicatorCode(2024, '甲局', '部门整体', name)
    expect(result.tagged?.records).toStrictEqual([
      {
        indicatorCode: code('培训次数'),
        month: 7,
        byMonth: true,
        year: 2024,
        unit: '甲局',
        scope: '部门整体',
        actualText: '2次',
        sample: false,
        formScore: 8.5,
        forecast: '4次',
        likelihood: '有可能',
        reason: '进度慢',
        action: '加快',
      },
      {
        indicatorCode: code('覆盖人数'),
        month: 7,
        byMonth: true,
        year: 2024,
        unit: '甲局',
        scope: '部门整体',
        actualText: '5人',
        sample: false,
      },
    ])
  })
})
