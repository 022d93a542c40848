import { describe, expect, it } from 'vitest'
import { detectKind } from '@/io/csvKinds'

describe('detectKind', () => {
  it('recognises each kind by its Chinese headers', () => {
    expect(detectKind(['年度', '单位', '类别', '一级指标', '二级指标', '三级指标', '指标值'])?.kind).toBe('targets')
    expect(detectKind(['年度', '单位', '类别', '预算项目', '全年预算数'])?.kind).toBe('budget')
    expect(detectKind(['年度', '单位', '类别', '三级指标', '季度', '实际值'])?.kind).toBe('actuals')
    expect(detectKind(['年度', '单位', '类别', '预算项目', '季度', '执行数'])?.kind).toBe('spending')
  })

  it('accepts English aliases, any case, in any column order', () => {
    const match = detectKind(['Target', 'indicator', 'LEVEL2', 'level1', 'scope', 'unit', 'year'])
    expect(match?.kind).toBe('targets')
    expect(match?.missing).toEqual([])
    expect(match?.columns.get('targetText')).toBe(0)
    expect(match?.columns.get('year')).toBe(6)
  })

  it('accepts a header that carries its alias in brackets, and a BOM', () => {
    const match = detectKind(['\uFEFF年度[year]', '单位 [unit]', '类别', '预算项目', '季度', '执行数（spent）'])
    expect(match?.kind).toBe('spending')
    expect(match?.missing).toEqual([])
  })

  it('reports unknown columns as notices, not errors', () => {
    const match = detectKind(['年度', '单位', '类别', '三级指标', '季度', '实际值', '填报人', ''])
    expect(match?.unknown).toEqual(['填报人'])
    expect(match?.missing).toEqual([])
  })

  it('lists the required columns a file lacks', () => {
    expect(detectKind(['年度', '三级指标', '指标值'])?.missing).toEqual(['单位', '类别', '一级指标', '二级指标'])
    expect(detectKind(['年度', '单位', '类别', '季度', '实际值'])?.missing).toEqual(['三级指标'])
    expect(detectKind(['年度', '单位', '类别', '预算项目', '经费类型'])?.missing).toEqual(['全年预算数'])
  })

  it('takes 指标编码 in place of 三级指标 for actuals', () => {
    expect(detectKind(['指标编码', '年度', '单位', '类别', '季度', '实际值'])?.missing).toEqual([])
  })

  it('returns null for a header row of no known kind', () => {
    expect(detectKind(['name', 'value'])).toBeNull()
    expect(detectKind([])).toBeNull()
  })
})

describe('every header spelling (SPEC §2), each mapped to its field', () => {
  // Spelled out here, not read from CSV_COLUMNS: a spelling dropped from the table must fail a test.
  const MINIMAL = {
    targets: ['年度', '单位', '类别', '一级指标', '二级指标', '三级指标', '指标值'],
    budget: ['年度', '单位', '类别', '预算项目', '全年预算数'],
    actuals: ['年度', '单位', '类别', '三级指标', '季度', '实际值'],
    spending: ['年度', '单位', '类别', '预算项目', '季度', '执行数'],
  } as const
  const SPELLINGS: [keyof typeof MINIMAL, string, string][] = [
    ...(['targets', 'budget', 'actuals', 'spending'] as const).flatMap((kind) =>
      [
        ['year', 'year'],
        ['unit', 'unit'],
        ['单位名称', 'unit'],
        ['部门', 'unit'],
        ['scope', 'scope'],
        ['项目名称', 'scope'],
      ].map(([header, field]) => [kind, header!, field!] as [keyof typeof MINIMAL, string, string]),
    ),
    ['targets', 'level1', 'level1'],
    ['targets', 'level2', 'level2'],
    ['targets', 'indicator', 'name'],
    ['targets', 'target', 'targetText'],
    ['targets', '年度指标值', 'targetText'],
    ['targets', '分值', 'weight'],
    ['targets', 'weight', 'weight'],
    ['targets', '指标编码', 'code'],
    ['targets', 'code', 'code'],
    ['targets', '口径', 'basis'],
    ['targets', 'basis', 'basis'],
    ['targets', '方向', 'direction'],
    ['targets', 'direction', 'direction'],
    ['budget', 'item', 'item'],
    ['budget', '经费类型', 'fundType'],
    ['budget', 'fund_type', 'fundType'],
    ['budget', '分类', 'breakdown'],
    ['budget', 'breakdown', 'breakdown'],
    ['budget', '主要内容', 'description'],
    ['budget', 'description', 'description'],
    ['budget', '年初预算数', 'initialBudget'],
    ['budget', 'initial_budget', 'initialBudget'],
    ['budget', '批复数', 'initialBudget'],
    ['budget', 'budget', 'budget'],
    ['budget', '调整数', 'budget'],
    ['budget', '分值', 'weight'],
    ['actuals', 'indicator', 'name'],
    ['actuals', '指标编码', 'code'],
    ['actuals', 'quarter', 'quarter'],
    ['actuals', '报告期', 'quarter'],
    ['actuals', '截至月份', 'month'],
    ['actuals', 'month', 'month'],
    ['actuals', '截止月份', 'month'],
    ['actuals', '月份', 'month'],
    ['actuals', 'actual', 'actualText'],
    ['actuals', '实际完成值', 'actualText'],
    ['actuals', '全年实际值', 'actualText'],
    ['actuals', '完成值', 'actualText'],
    ['actuals', '全年预计', 'forecast'],
    ['actuals', 'forecast', 'forecast'],
    ['actuals', '完成可能性', 'likelihood'],
    ['actuals', 'likelihood', 'likelihood'],
    ['actuals', '偏差原因', 'reason'],
    ['actuals', 'reason', 'reason'],
    ['actuals', '偏差原因分析', 'reason'],
    ['actuals', '改进措施', 'action'],
    ['actuals', 'action', 'action'],
    ['actuals', '表内得分', 'formScore'],
    ['actuals', 'form_score', 'formScore'],
    ['actuals', '备注', 'note'],
    ['actuals', 'note', 'note'],
    ['actuals', '指标值', 'targetText'],
    ['spending', 'item', 'item'],
    ['spending', 'quarter', 'quarter'],
    ['spending', '报告期', 'quarter'],
    ['spending', '截至月份', 'month'],
    ['spending', '截止月份', 'month'],
    ['spending', '月份', 'month'],
    ['spending', 'spent', 'spent'],
    ['spending', '全年预计执行数', 'spentForecast'],
    ['spending', 'spent_forecast', 'spentForecast'],
    ['spending', '表内得分', 'formScore'],
    ['spending', '备注', 'note'],
    ['spending', '全年预算数', 'budget'],
    ['spending', 'budget', 'budget'],
  ]

  it.each(SPELLINGS)('%s: %s → %s', (kind, header, field) => {
    // The spelling replaces the column of its field, or is added at the end.
    const headers: string[] = [...MINIMAL[kind]]
    const canonical = detectKind(headers)?.columns.get(field) ?? -1
    if (canonical >= 0) headers[canonical] = header
    else headers.push(header)
    const match = detectKind(headers)
    expect(match?.kind).toBe(kind)
    expect(match?.columns.get(field)).toBe(canonical >= 0 ? canonical : headers.length - 1)
    expect(match?.unknown).toEqual([])
  })
})
