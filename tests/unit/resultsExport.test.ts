import { describe, expect, it } from 'vitest'
import { evaluateAllAtLatest } from '@/domain/engine/evaluateAll'
import { RESULT_COLUMNS, resultRows } from '@/io/resultsExport'
import { loadSampleDataset } from '@/io/sampleData'
import { actual, budgetLine, dataset, spent, target } from './fixtures'

describe('resultRows (SPEC §6)', () => {
  it('writes indicator rows, then 预算执行率 and 总分, with the numbers as numbers', () => {
    const t = target('培训次数', { targetText: '≥4次', code: 'T-1' })
    const late = target('完成期限', { targetText: '2024年6月30日前', code: 'T-2', level2: '时效指标', position: 3 })
    const line = budgetLine('人员经费', 80)
    const rows = resultRows(
      evaluateAllAtLatest(
        dataset({
          targets: [t, late],
          actuals: [actual(t, 4, '3次', { reason: '=进度慢' }), actual(late, 4, '未完成')],
          budgets: [line],
          spending: [spent(line, 4, 60)],
        }),
      ),
    )
    expect(rows[0]).toEqual([...RESULT_COLUMNS])
    expect(rows.slice(1)).toEqual([
      [2024, '测试局', '部门整体', '产出指标', '数量指标', '培训次数', 'T-1', '≥4次', '3次', 4, 75, 25, 18.75, '预警', '=进度慢'],
      [2024, '测试局', '部门整体', '产出指标', '时效指标', '完成期限', 'T-2', '2024年6月30日前', '未完成', 4, 0, 25, 0, '严重偏离', null],
      [2024, '测试局', '部门整体', null, null, '预算执行率', null, 80, 60, 4, 75, 10, 7.5, '预警', null],
      // (18.75 + 0 + 7.5) / 60 = 43.75
      [2024, '测试局', '部门整体', null, null, '总分', null, null, null, 4, null, 100, 43.75, '差', null],
    ])
  })

  it('covers the sample: every 类别 of 2024 at Q3 and the 2023 budget at Q4', async () => {
    const rows = resultRows(evaluateAllAtLatest(await loadSampleDataset()))
    const body = rows.slice(1)
    expect(body).toHaveLength(2 + 17 + 2 + 14 + 2)
    expect(body[0]).toEqual([2023, '九江市柴桑区商务局', '部门整体', null, null, '预算执行率', null, 1773.6, 1773.6, 4, 100, 10, 10, '正常', null])
    expect(body[1]).toEqual([2023, '九江市柴桑区商务局', '部门整体', null, null, '总分', null, null, null, 4, null, 100, 100, '优', null])
    const projectTotal = body.find((r) => r[2] === '招商引资' && r[5] === '总分')
    expect(projectTotal).toEqual([2024, '九江市柴桑区商务局', '招商引资', null, null, '总分', null, null, null, 3, null, 100, 89.73, '良', null])
    const jobs = body.find((r) => r[5] === '新增招商引资项目预计带动就业人数')
    expect(jobs?.slice(8)).toEqual(['80人', 3, 40, 7.5, 4, '严重偏离', '劳动密集型项目引进偏少，新投产项目以自动化产线为主'])
  })
})
