/**
 * The form readers on tiny sheets typed in place: where each value is looked for, and where
 * the reader must stop looking.
 */
import { describe, expect, it } from 'vitest'
import { FormArea } from '@/io/forms/formArea'
import { readFunds, readLastYear, readTasks } from '@/io/forms/fundsBlock'
import { findIndicatorHeader, readIndicatorBlock } from '@/io/forms/indicatorBlock'
import { findForms, readForm } from '@/io/forms/readForm'

/** Rows `from`–`to` of a sheet named S. */
const areaOf = (rows: string[][], from = 0, to = rows.length) => new FormArea({ name: 'S', rows }, from, to)
const at = (value: string, cell: string) => ({ value, cell: `S!${cell}` })

describe('a form area', () => {
  it('finds a label only within its rows', () => {
    const rows = [['说明'], ['项目名称', '招商引资']]
    expect(areaOf(rows, 0, 1).find(['项目名称'])).toBeNull()
    expect(areaOf(rows).find(['项目名称'])).toEqual({ row: 1, column: 0 })
  })

  it("reads a value after a colon in the label's cell, with or without spaces", () => {
    expect(areaOf([['年度：2024']]).valueOf(['年度'])).toEqual(at('2024', 'A1'))
    expect(areaOf([['填报单位:商务局']]).valueOf(['填报单位'])).toEqual(at('商务局', 'A1'))
    expect(areaOf([['项目名称：  招商引资 专项']]).valueOf(['项目名称'])).toEqual(at('招商引资 专项', 'A1'))
  })

  it('passes over a label left blank to the same label further down, and stops at its last row', () => {
    const rows = [['年度'], ['年度', '2024']]
    expect(areaOf(rows).valueOf(['年度'])).toEqual(at('2024', 'B2'))
    expect(areaOf(rows).valueOf(['年度'], 1)).toBeNull()
  })

  it('reads right of a merged label, never another label', () => {
    expect(areaOf([['项目名称', '项目名称', '', '招商引资']]).rightOf({ row: 0, column: 0 })).toEqual(
      at('招商引资', 'D1'),
    )
    expect(areaOf([['实施单位', '', '主管部门', '商务局']]).rightOf({ row: 0, column: 0 })).toBeNull()
  })

  it('reads under a cell unless the cell under repeats it or lies past the area', () => {
    expect(areaOf([['批复数'], ['757.3']]).below({ row: 0, column: 0 })).toEqual(at('757.3', 'A2'))
    expect(areaOf([['批复数'], ['批复数']]).below({ row: 0, column: 0 })).toBeNull()
    expect(areaOf([['批复数'], ['757.3']], 0, 1).below({ row: 0, column: 0 })).toBeNull()
  })
})

describe('the indicator block', () => {
  it('its header row has both 三级指标 and a target column, within the area', () => {
    const rows = [['指标值'], ['三级指标'], ['三级指标', '指标值']]
    expect(findIndicatorHeader(areaOf(rows))).toBe(2)
    expect(findIndicatorHeader(areaOf(rows, 0, 2))).toBeNull()
  })

  // A 监控表 whose second header row makes check boxes of 偏差原因分析 and 完成目标可能性,
  // their group headers merged (blank after the first cell), the second row wider than the first.
  const monitoring = [
    [
      '一级指标',
      '二级指标',
      '三级指标',
      '年度指标值',
      '1-7月执行情况',
      '全年预计完成情况',
      '偏差原因分析',
      '',
      '备注',
      '完成目标可能性',
    ],
    ['', '', '', '', '', '', '经费保障', '制度保障', '', '确定能', '有可能', '完全不可能'],
    ['产出指标', '数量指标', '培训次数', '≥4次', '1', '4', '', '√', '加快进度', '', '√', ''],
    ['', '', '覆盖人数', '≥10人', '5', '', '√', '人员不足', '', '', '', '√'],
    ['', '效益指标', '满意度', '≥90%', '未填报', '95（测算）', '', '', '', '', '', ''],
    ['填报人：张三'],
    ['', '', '不是指标', '1'],
  ]

  it('reads check boxes as the words over them, carries 一级 and 二级 down, and stops at the signature', () => {
    const block = readIndicatorBlock(areaOf(monitoring), 0, true)
    expect([...block.fields].sort()).toEqual([
      'action',
      'actualText',
      'forecast',
      'level1',
      'level2',
      'likelihood',
      'name',
      'reason',
      'targetText',
    ])
    expect(block.ignored).toEqual([])
    expect(block.total).toBeNull()
    expect(block.rows).toStrictEqual([
      {
        line: 3,
        values: {
          level1: at('产出指标', 'A3'),
          level2: at('数量指标', 'B3'),
          name: at('培训次数', 'C3'),
          targetText: at('≥4次', 'D3'),
          actualText: at('1', 'E3'),
          forecast: at('4', 'F3'),
          reason: at('制度保障', 'H3'),
          action: at('加快进度', 'I3'),
          likelihood: at('有可能', 'K3'),
        },
      },
      {
        line: 4,
        values: {
          level1: at('产出指标', 'A3'),
          level2: at('数量指标', 'B3'),
          name: at('覆盖人数', 'C4'),
          targetText: at('≥10人', 'D4'),
          actualText: at('5', 'E4'),
          reason: at('经费保障、人员不足', 'G4'),
          likelihood: at('不可能', 'L4'),
        },
      },
      // 未填报 and an estimate marked 测算 are the app's own export: no value.
      {
        line: 5,
        values: {
          level1: at('产出指标', 'A3'),
          level2: at('效益指标', 'B5'),
          name: at('满意度', 'C5'),
          targetText: at('≥90%', 'D5'),
        },
      },
    ])
  })

  it('on a form that is not a 监控表, 备注 is a column it does not read', () => {
    const block = readIndicatorBlock(areaOf(monitoring), 0, false)
    expect(block.fields.has('action')).toBe(false)
    expect(block.ignored).toEqual(['备注'])
  })

  it('without 一级 and 二级 columns a row has no levels; of two target columns the first is read', () => {
    const rows = [
      ['序号', '三级指标', '指标值', '目标值', '指标解释', '完成率'],
      ['1', '培训次数', '≥4次', '≥5次', '全年培训', '100%'],
      ['2', '', '≥1次'],
      ['3', '三级指标', '指标值'],
    ]
    const block = readIndicatorBlock(areaOf(rows), 0, false)
    expect(block.ignored).toEqual(['指标解释'])
    expect(block.rows).toStrictEqual([
      { line: 2, values: { name: at('培训次数', 'B2'), targetText: at('≥4次', 'C2') } },
    ])
  })

  it("the form's own score is 表内得分 where the app's export has both, and the 总分 row's score is its total", () => {
    const rows = [
      ['三级指标', '指标值', '得分', '表内得分'],
      ['培训次数', '≥4次', '8', '9'],
      ['总分', '', '88', '90'],
    ]
    const block = readIndicatorBlock(areaOf(rows), 0, false)
    expect(block.rows[0]!.values.formScore).toEqual(at('9', 'D2'))
    expect(block.total).toEqual(at('90', 'D3'))
  })

  it('a 预计总分 row ends the rows but is no total', () => {
    const rows = [
      ['三级指标', '指标值', '得分'],
      ['培训次数', '≥4次', '8'],
      ['预计总分', '', '88'],
      ['覆盖人数', '≥10人', '9'],
    ]
    const block = readIndicatorBlock(areaOf(rows), 0, false)
    expect(block.rows.map((r) => r.values.name?.value)).toEqual(['培训次数'])
    expect(block.total).toBeNull()
  })
})

describe('the funds block', () => {
  it('reads each line under the amount headers above it, once per merged label, within the rows given', () => {
    const rows = [
      ['项目资金（万元）', '', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
      ['', '年度资金总额', '60', '60', '54', '10', '90%', '9'],
      ['', '其中：财政资金', '60', '60', '54'],
      ['其他资金', '其他资金', '0', '0', '0'],
      ['', '人员经费'],
      ['', '公用经费', '5', '5', '5'],
    ]
    const lines = readFunds(areaOf(rows), 0, 5)
    const figure = (value: string, cell: string) => ({ ...at(value, cell), number: Number(value) })
    expect(lines).toEqual([
      {
        label: '年度资金总额',
        role: 'total',
        at: at('年度资金总额', 'B2'),
        amounts: {
          initialBudget: figure('60', 'C2'),
          budget: figure('60', 'D2'),
          spent: figure('54', 'E2'),
          weight: figure('10', 'F2'),
          formScore: figure('9', 'H2'),
        },
      },
      {
        label: '财政资金',
        role: 'source',
        at: at('其中：财政资金', 'B3'),
        amounts: { initialBudget: figure('60', 'C3'), budget: figure('60', 'D3'), spent: figure('54', 'E3') },
      },
      {
        label: '其他资金',
        role: 'source',
        at: at('其他资金', 'A4'),
        amounts: { initialBudget: figure('0', 'C4'), budget: figure('0', 'D4'), spent: figure('0', 'E4') },
      },
    ])
  })

  it('the nearest header row above with numbers for the line wins; headers left of the label are not its', () => {
    const rows = [
      ['', '年初预算数', '全年预算数'],
      ['年度资金总额', '60', '70'],
      ['', '全年执行数', '分值', '得分'],
      ['财政拨款', '50', '10'],
      ['分值', '', '', '预算数', '金额'],
      ['7', '公用经费', '', '20', '30'],
    ]
    const lines = readFunds(areaOf(rows), 0, rows.length)
    const amounts = lines.map((l) => [
      l.label,
      Object.fromEntries(Object.entries(l.amounts).map(([k, v]) => [k, v.number])),
    ])
    expect(amounts).toEqual([
      ['年度资金总额', { initialBudget: 60, budget: 70 }],
      ['财政拨款', { spent: 50, weight: 10 }],
      // Two headers of one field: the first is read.
      ['公用经费', { amount: 20 }],
    ])
  })

  it('a line whose nearest header row has no number for it reads the row above that', () => {
    const rows = [
      ['', '年初预算数'],
      ['人员经费', '100'],
      ['', '', '分值'],
      ['公用经费', '20', ''],
    ]
    expect(
      readFunds(areaOf(rows), 0, rows.length).map((l) => [
        l.label,
        Object.keys(l.amounts),
        l.amounts.initialBudget?.cell,
      ]),
    ).toEqual([
      ['人员经费', ['initialBudget'], 'S!B2'],
      ['公用经费', ['initialBudget'], 'S!B4'],
    ])
  })

  it('without amount headers, the number beside a line, else under it; rows to skip are not read', () => {
    const rows = [
      ['年度资金总额', '60'],
      ['支出合计', '人员经费'],
      ['734.05', '579.59'],
      ['合计', '9'],
    ]
    const lines = readFunds(areaOf(rows), 0, rows.length, new Set([3]))
    expect(lines.map((l) => [l.label, l.role, l.amounts.amount?.cell, l.amounts.amount?.number])).toEqual([
      ['年度资金总额', 'total', 'S!B1', 60],
      ['支出合计', 'total', 'S!A3', 734.05],
      ['人员经费', 'type', 'S!B3', 579.59],
    ])
  })
})

describe('the 年度主要任务 table', () => {
  it('reads each task until its 合计, with or without its description and amount', () => {
    const rows = [
      ['年度主要任务', '任务名称', '', '主要内容', '', '预算金额'],
      ['', '社会保障', '', '保障养老', '', '59.14'],
      ['', '行政事务', '', '', '', '450.44'],
      ['', '招商引资', '', '招商', '', ''],
      ['', '合计', '', '', '', '509.58'],
      ['', '人员经费', '', '', '', '100'],
    ]
    const { tasks, rows: spanned } = readTasks(areaOf(rows), 0, rows.length)
    expect(tasks).toStrictEqual([
      { line: 2, item: at('社会保障', 'B2'), description: at('保障养老', 'D2'), amount: at('59.14', 'F2') },
      { line: 3, item: at('行政事务', 'B3'), amount: at('450.44', 'F3') },
      { line: 4, item: at('招商引资', 'B4'), description: at('招商', 'D4') },
    ])
    expect([...spanned]).toEqual([0, 1, 2, 3, 4])
  })

  it('ends at a blank 任务名称; without 主要内容 no task has a description; without an amount column there is no table', () => {
    const rows = [
      ['任务名称', '预算数'],
      ['招商引资', '60'],
      ['', ''],
      ['商贸事务', '10'],
    ]
    const { tasks, rows: spanned } = readTasks(areaOf(rows), 0, rows.length)
    expect(tasks).toStrictEqual([{ line: 2, item: at('招商引资', 'A2'), amount: at('60', 'B2') }])
    expect([...spanned]).toEqual([0, 1])
    expect(
      readTasks(
        areaOf([
          ['任务名称', '主要内容'],
          ['招商引资', '招商'],
        ]),
        0,
        2,
      ),
    ).toEqual({ tasks: [], rows: new Set() })
  })
})

describe('上年预算 on a 部门整体 申报表', () => {
  it('reads 批复数, 调整数 and 实际支出数 under their labels, in any spelling the forms use', () => {
    expect(
      readLastYear(
        areaOf([
          ['上年预算', '批复数', '调整数', '实际支出数'],
          ['', '757.3', '1773.6', '1700'],
        ]),
        0,
        2,
      ),
    ).toStrictEqual({
      initialBudget: at('757.3', 'B2'),
      budget: at('1773.6', 'C2'),
      spent: at('1700', 'D2'),
    })
    expect(
      readLastYear(
        areaOf([
          ['上年度预算', '年初批复数', '调整后预算数', '执行数'],
          ['', '1', '2', '3'],
        ]),
        0,
        2,
      ),
    ).toStrictEqual({
      initialBudget: at('1', 'B2'),
      budget: at('2', 'C2'),
      spent: at('3', 'D2'),
    })
    expect(
      readLastYear(
        areaOf([
          ['上年预算情况', '批复数'],
          ['', '5'],
        ]),
        0,
        2,
      ),
    ).toStrictEqual({ initialBudget: at('5', 'B2') })
  })

  it('looks no further than three rows from its label, and is nothing without a figure', () => {
    expect(readLastYear(areaOf([['上年预算'], [], [], [], ['批复数'], ['100']]), 0, 6)).toBeNull()
    expect(
      readLastYear(
        areaOf([
          ['上年预算', '批复数'],
          ['', ''],
        ]),
        0,
        2,
      ),
    ).toBeNull()
    expect(
      readLastYear(
        areaOf([
          ['当年预算', '批复数'],
          ['', '5'],
        ]),
        0,
        2,
      ),
    ).toBeNull()
  })
})

describe('a form read from its sheet', () => {
  const read = (rows: string[][]) => {
    const grid = { name: 'S', rows }
    const [title] = findForms(grid)
    return readForm(grid, title!, rows.length)
  }

  it('a title is a row whose only text (a merged title repeats) names a form', () => {
    const grid = {
      name: 'S',
      rows: [
        ['项目支出绩效自评表', ' '],
        ['项目支出绩效自评表', '说明'],
        ['', '项目支出绩效监控表', '项目支出绩效监控表'],
      ],
    }
    expect(findForms(grid)).toEqual([
      { row: 0, column: 0, type: 'selfEvaluation' },
      { row: 2, column: 1, type: 'monitoring' },
    ])
  })

  it('a 自评表 without its labels names each, and reports the year end', () => {
    const form = read([['项目支出绩效自评表'], ['（2024年度）']])
    expect(form.missing).toEqual(['项目名称', '实施单位', '三级指标、指标值'])
    expect(form.year).toEqual(at('2024', 'A2'))
    expect(form.month).toEqual({ value: 12, byMonth: false, cell: 'S!A1' })
  })

  it('a 自评表 with indicators but no actual column misses its 实际完成值; a 监控表 its 1-X月执行情况', () => {
    const labels = [
      ['项目名称', '招商引资'],
      ['实施单位', '商务局'],
      ['三级指标', '指标值', '全年预计'],
    ]
    expect(read([['2024年项目支出绩效自评表'], ...labels]).missing).toEqual(['实际完成值'])
    expect(read([['2024年项目支出绩效监控表'], ...labels]).missing).toEqual(['1-X月执行情况'])
    expect(read([['2024年部门整体支出绩效自评表'], ['三级指标', '指标值', '实际值']]).missing).toEqual([
      '部门（单位）名称',
    ])
  })

  it('the year: in the title, in a cell of its own, or beside 年度', () => {
    expect(read([['2023年度项目支出绩效目标申报表']]).year).toEqual(at('2023', 'A1'))
    expect(read([['项目支出绩效目标申报表'], ['预算年度', '2025']]).year).toEqual(at('2025', 'B2'))
    expect(read([['项目支出绩效目标申报表'], ['预算年度', '下一年']]).year).toBeNull()
  })

  it("a project's unit is its 实施单位, with its 主管部门 as parent; else the 主管部门 itself; a department form has no parent", () => {
    const project = (...rows: string[][]) => read([['2024年项目绩效目标申报表'], ['项目名称', '招商引资'], ...rows])
    const both = project(['实施单位', '投资促进中心'], ['主管部门', '商务局'])
    expect([both.unit, both.unitFrom, both.parent]).toEqual([
      at('投资促进中心', 'B3'),
      'implementing',
      at('商务局', 'B4'),
    ])
    const parentOnly = project(['主管部门', '商务局'])
    expect([parentOnly.unit, parentOnly.unitFrom, parentOnly.parent]).toEqual([
      at('商务局', 'B3'),
      'department',
      at('商务局', 'B3'),
    ])
    const department = read([['2024年部门整体支出绩效目标申报表'], ['部门名称', '商务局', '主管部门', '商务局']])
    expect([department.unit, department.parent, department.scope]).toEqual([
      at('商务局', 'B2'),
      null,
      at('部门整体', 'A1'),
    ])
  })

  it('上年预算 is read on a 部门整体 申报表 only; a 申报表 reports no period', () => {
    const lastYear = [
      ['上年预算', '批复数'],
      ['', '757.3'],
      ['1-7月执行数', '5'],
    ]
    expect(read([['2024年部门整体支出绩效目标申报表'], ['部门名称', '商务局'], ...lastYear]).lastYear).toEqual({
      initialBudget: at('757.3', 'B4'),
    })
    expect(read([['2024年部门整体支出绩效目标申报表'], ['部门名称', '商务局'], ...lastYear]).month).toBeNull()
    expect(read([['2024年部门整体支出绩效自评表'], ['部门名称', '商务局'], ...lastYear]).lastYear).toBeNull()
    expect(read([['2024年项目支出绩效目标申报表'], ['实施单位', '商务局'], ...lastYear]).lastYear).toBeNull()
  })
})
