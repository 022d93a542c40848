import { describe, expect, it } from 'vitest'
import { base36, deriveBudgetId, deriveIndicatorCode } from '@/domain/indicatorCode'
import { describeProblem } from '@/io/problems'
import { parseCsvText } from '@/io/parseCsv'
import { csv } from './fixtures'

const TARGET_HEADER = ['年度', '单位', '类别', '一级指标', '二级指标', '三级指标', '指标值', '分值', '口径', '方向']

describe('parseCsvText: targets', () => {
  it('maps a row to a target with a derived code, canonical 一级指标 and its line as position', () => {
    const result = parseCsvText(
      csv([TARGET_HEADER, ['2024', '甲局', '部门整体', '产出', '数量指标', '培训次数', '≥4次', '5', '累计', '正向']]),
      't.csv',
    )
    expect(result.kind).toBe('targets')
    expect(result.problems).toEqual([])
    expect(result.tagged?.records).toEqual([
      {
        code: deriveIndicatorCode(2024, '甲局', '部门整体', '培训次数'),
        year: 2024,
        unit: '甲局',
        scope: '部门整体',
        level1: '产出指标',
        level2: '数量指标',
        name: '培训次数',
        targetText: '≥4次',
        position: 2,
        weight: 5,
        basis: '累计',
        direction: '正向',
      },
    ])
  })

  it('keeps a given 指标编码', () => {
    const result = parseCsvText(
      csv([
        [...TARGET_HEADER.slice(0, 7), '指标编码'],
        ['2024', '甲局', '部门整体', '产出指标', '数量指标', '培训次数', '≥4次', 'A-01'],
      ]),
      't.csv',
    )
    expect(result.tagged?.records[0]).toMatchObject({ code: 'A-01' })
  })

  it('reports each bad cell with its line and column, and keeps no record of that row', () => {
    const text = csv([
      TARGET_HEADER,
      ['2024', '甲局', '部门整体', '产出指标', '数量指标', '培训次数', '≥4次', '', '', ''],
      ['24', '甲局', '部门整体', '产出指标', '数量指标', '', '≥4次', '五', '每月', '上升'],
    ])
    const result = parseCsvText(text, 't.csv')
    expect(result.tagged?.records).toHaveLength(1)
    expect(result.problems.map(describeProblem)).toEqual([
      "第3行 年度: '24' 应为四位年份，如 2024",
      "第3行 三级指标: '' 不能为空",
      "第3行 分值: '五' 不是数字",
      "第3行 口径: '每月' 应为 累计 或 时点",
      "第3行 方向: '上升' 应为 正向 或 反向",
    ])
    expect(result.problems[0]).toEqual({
      file: 't.csv',
      line: 3,
      column: '年度',
      found: '24',
      expected: '应为四位年份，如 2024',
      code: 'year',
      params: {},
    })
  })

  it('skips blank lines without shifting the line numbers of later rows', () => {
    const text = `${TARGET_HEADER.join(',')}\n\n2024,甲局,部门整体,产出指标,数量指标,,≥4次\n`
    const result = parseCsvText(text, 't.csv')
    expect(result.problems.map((p) => p.line)).toEqual([3])
  })
})

describe('parseCsvText: budget', () => {
  const HEADER = ['年度', '单位', '类别', '预算项目', '经费类型', '分类', '年初预算数', '全年预算数']

  it('lets a missing figure take the other one’s value', () => {
    const result = parseCsvText(
      csv([
        HEADER,
        ['2024', '甲局', '部门整体', '人员经费', '人员经费', '', '579.59', ''],
        ['2023', '甲局', '部门整体', '合计', '', '经费', '', '1,773.6'],
      ]),
      'b.csv',
    )
    expect(result.problems).toEqual([])
    expect(result.tagged?.records).toEqual([
      {
        id: deriveBudgetId(2024, '甲局', '部门整体', '人员经费'),
        year: 2024,
        unit: '甲局',
        scope: '部门整体',
        item: '人员经费',
        position: 2,
        breakdown: '经费',
        initialBudget: 579.59,
        budget: 579.59,
        fundType: '人员经费',
      },
      {
        id: deriveBudgetId(2023, '甲局', '部门整体', '合计'),
        year: 2023,
        unit: '甲局',
        scope: '部门整体',
        item: '合计',
        position: 3,
        breakdown: '经费',
        initialBudget: 1773.6,
        budget: 1773.6,
      },
    ])
  })

  it('requires one of the two figures and a known 分类', () => {
    const result = parseCsvText(csv([HEADER, ['2024', '甲局', '部门整体', '培训', '', '项目', '', '']]), 'b.csv')
    expect(result.problems.map(describeProblem)).toEqual([
      "第2行 全年预算数: '' 年初预算数与全年预算数至少填写一个",
      "第2行 分类: '项目' 应为 经费、任务 或 来源",
    ])
  })

  it('reads a line by source of the money under 分类 来源', () => {
    const result = parseCsvText(csv([HEADER, ['2024', '甲局', '招商引资', '上年结转', '', '来源', '15', '']]), 'b.csv')
    expect(result.problems).toEqual([])
    expect(result.tagged?.records).toEqual([
      {
        id: deriveBudgetId(2024, '甲局', '招商引资', '上年结转'),
        year: 2024,
        unit: '甲局',
        scope: '招商引资',
        item: '上年结转',
        position: 2,
        breakdown: '来源',
        initialBudget: 15,
        budget: 15,
      },
    ])
  })
})

describe('parseCsvText: actuals and spending', () => {
  it('maps quarters in every spelling and marks sample rows', () => {
    const header = ['年度', '单位', '类别', '三级指标', '季度', '实际值', '偏差原因']
    const result = parseCsvText(
      csv([
        header,
        ['2024', '甲局', '部门整体', '培训次数', '第三季度', '3次', '进度慢'],
        ['2024', '甲局', '部门整体', '培训次数', '全年', '4次', ''],
      ]),
      'a.csv',
      { sample: true },
    )
    expect(result.tagged?.records).toEqual([
      {
        indicatorCode: deriveIndicatorCode(2024, '甲局', '部门整体', '培训次数'),
        month: 9,
        year: 2024,
        unit: '甲局',
        scope: '部门整体',
        actualText: '3次',
        sample: true,
        reason: '进度慢',
      },
      {
        indicatorCode: deriveIndicatorCode(2024, '甲局', '部门整体', '培训次数'),
        month: 12,
        year: 2024,
        unit: '甲局',
        scope: '部门整体',
        actualText: '4次',
        sample: true,
      },
    ])
  })

  it('reports a quarter outside 1–4 and a spending amount that is not a number', () => {
    const result = parseCsvText(
      csv([
        ['年度', '单位', '类别', '预算项目', '季度', '执行数'],
        ['2024', '甲局', '部门整体', '人员经费', '5', '七十'],
      ]),
      's.csv',
    )
    expect(result.tagged?.records).toEqual([])
    expect(result.problems.map(describeProblem)).toEqual([
      "第2行 季度: '5' 应为 1–4、Q1–Q4、一季度–四季度 或 全年",
      "第2行 执行数: '七十' 不是数字",
    ])
  })

  it('reads tab- and semicolon-separated files and CRLF line ends', () => {
    const rows = [
      ['年度', '单位', '类别', '预算项目', '季度', '执行数'],
      ['2024', '甲局', '部门整体', '人员经费', 'Q2', '290'],
    ]
    for (const text of [rows.map((r) => r.join('\t')).join('\r\n'), rows.map((r) => r.join(';')).join('\r\n')]) {
      const result = parseCsvText(text, 's.csv')
      expect(result.tagged?.records).toEqual([
        {
          budgetId: deriveBudgetId(2024, '甲局', '部门整体', '人员经费'),
          month: 6,
          year: 2024,
          unit: '甲局',
          scope: '部门整体',
          spent: 290,
          sample: false,
        },
      ])
    }
  })
})

describe('parseCsvText: files that are not one of the kinds', () => {
  it('says so for an empty file, an unknown header and missing columns', () => {
    expect(parseCsvText('', 'e.csv').problems).toEqual([
      { file: 'e.csv', line: 1, expected: '文件为空', code: 'emptyFile', params: {} },
    ])
    const unknown = parseCsvText('a,b\n1,2\n', 'u.csv')
    expect(unknown.kind).toBeNull()
    expect(unknown.problems[0]?.line).toBe(1)
    const missing = parseCsvText('年度,实际值\n2024,3\n', 'm.csv')
    expect(missing.problems.map(describeProblem)).toEqual([
      '第1行 单位: 缺少必需的列',
      '第1行 类别: 缺少必需的列',
      '第1行 三级指标: 缺少必需的列',
      '第1行 季度: 缺少必需的列',
    ])
  })
})

describe('derived codes stay the same across releases', () => {
  it('hashes (年度, 单位, 类别, name) exactly as stored codes were made', () => {
    // Pinned values: a stored code that changed would detach an indicator from its values.
    expect(deriveIndicatorCode(2024, '九江市柴桑区商务局', '部门整体', '组织集中学习次数')).toBe('2024-1ymhuz8cy4a')
    expect(deriveBudgetId(2023, '测试局', '招商项目', '项目经费')).toBe('2023-B22azmetsvf8')
  })
})

describe('parseCsvText: repeated 年度 and 季度 spellings', () => {
  it('reads every row of a spelling alike, a bad one reported on each of its lines', () => {
    const header = ['年度', '单位', '类别', '三级指标', '季度', '实际值']
    const text = csv([
      header,
      ['2024', '甲局', '部门整体', '培训次数', '第三季度', '3次'],
      ['2024', '甲局', '部门整体', '走访次数', '第三季度', '5次'],
      ['二四', '甲局', '部门整体', '宣讲次数', 'Q3', '1次'],
      ['二四', '甲局', '部门整体', '调研次数', 'Q3', '2次'],
    ])
    const result = parseCsvText(text, 'a.csv')
    expect(result.tagged?.records.map((r) => [r.year, 'month' in r ? r.month : null])).toEqual([
      [2024, 9],
      [2024, 9],
    ])
    expect(result.problems.map(describeProblem)).toEqual([
      "第4行 年度: '二四' 应为四位年份，如 2024",
      "第5行 年度: '二四' 应为四位年份，如 2024",
    ])
  })
})

describe('base36: the digits of a derived code', () => {
  it('gives what toString(36) padded to 11 digits gives, for every size of number below 2^53', () => {
    const samples = [0, 1, 35, 36, 1295, 1296, 2 ** 32 - 1, 2 ** 32, 2 ** 52 + 12345, 2 ** 53 - 1]
    let x = 0x9e3779b9
    for (let i = 0; i < 2000; i++) {
      // A cheap deterministic spread over [0, 2^53).
      x = Math.imul(x ^ (x >>> 15), 0x2c1b3c6d) >>> 0
      samples.push(
        ((x & 0x1fffff) * 2 ** 32 + Math.imul(x, 0x85ebca6b)) >>> 0,
        (x & 0x1fffff) * 2 ** 32 + (Math.imul(x, 0x85ebca6b) >>> 0),
      )
    }
    for (const n of samples) expect(base36(n), String(n)).toBe(n.toString(36).padStart(11, '0'))
  })
})
