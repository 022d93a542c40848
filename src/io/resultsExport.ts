import type { ScopeResult } from '@/domain/engine/evaluate'
import type { CsvCell } from './csvWriter'

/** The columns of the results export (SPEC §6), in order. */
export const RESULT_COLUMNS = [
  '年度', '单位', '类别', '一级指标', '二级指标', '三级指标', '指标编码', '指标值', '实际值',
  '截至季度', '完成率', '分值', '得分', '状态', '偏差原因',
] as const

const percent1 = (r: number | null) => (r === null ? null : Math.round(r * 1000) / 10)
const two = (n: number | null) => (n === null ? null : Math.round(n * 100) / 100)

/**
 * The rows of the 自评表 CSV for evaluated 类别: one per indicator, then 预算执行率
 * (完成率 = e) and 总分 (得分 = total, 状态 = grade). 完成率 is r as a percentage with
 * one decimal; 分值 and 得分 have two decimals.
 */
export function resultRows(scopes: readonly ScopeResult[]): CsvCell[][] {
  const rows: CsvCell[][] = [[...RESULT_COLUMNS]]
  for (const scope of scopes) {
    const head = [scope.year, scope.unit, scope.scope]
    for (const item of scope.indicators) {
      const { record } = item
      rows.push([
        ...head, record.level1, record.level2, record.name, record.code, record.targetText,
        item.actualRecord?.actualText ?? null, scope.quarter, percent1(item.light.r),
        two(item.score.weight), two(item.score.score), item.light.label, item.actualRecord?.reason ?? null,
      ])
    }
    if (scope.budget) {
      const { budget } = scope
      rows.push([
        ...head, null, null, '预算执行率', null, budget.budget, budget.spent, scope.quarter, percent1(budget.e),
        two(budget.score.weight), two(budget.score.score), budget.light.label, null,
      ])
    }
    rows.push([...head, null, null, '总分', null, null, null, scope.quarter, null, 100, two(scope.total), scope.grade, null])
  }
  return rows
}
