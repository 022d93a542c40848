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
