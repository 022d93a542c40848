import { targetCellText } from '@/domain/engine/targetInForce'
import type { ScopeResult } from '@/domain/engine/evaluate'
import { projectedValue } from '@/domain/engine/projectedValue'
import { givenCode } from '@/domain/indicatorCode'
import { timeProgress } from '@/domain/period'
import { expressionText, type CsvCell } from './csvWriter'
import { unitYearIdOf } from '@/domain/unitYears'

/** The columns of the results export (SPEC §6), in order. */
export const RESULT_COLUMNS = [
  '年度',
  '单位',
  '类别',
  '一级指标',
  '二级指标',
  '三级指标',
  '指标编码',
  '指标值',
  '实际值',
  '截至月份',
  '序时进度',
  '完成率',
  '全年预计',
  '预计完成率',
  '分值',
  '得分',
  '得分口径',
  '表内得分',
  '状态',
  '双监控',
  '完成可能性',
  '偏差原因',
  '改进措施',
] as const

const percent1 = (r: number | null) => (r === null ? null : Math.round(r * 1000) / 10)
const two = (n: number | null) => (n === null ? null : Math.round(n * 100) / 100)
const expression = (text: string | null | undefined) => (text == null ? null : expressionText(text))

/**
 * The rows of the 自评表 CSV for evaluated 类别 (SPEC §6): one per indicator, then
 * 预算执行率 and 总分. In year 得分 is a 预计得分 (得分口径 `预计`) and follows 预计完成率;
 * at the year end it is `实际` and 预计完成率 = 完成率. Rates are percentages with one
 * decimal, 分值, 得分 and 表内得分 two decimals; a 全年预计 the app computed is marked （测算）.
 * With `parents` (each unit-year's 主管部门, as a data set holds them) every row ends with a
 * 主管部门 column after the contract's own, for a 主管部门's roll-up.
 */
export function resultRows(
  scopes: readonly ScopeResult[],
  rules: string,
  parents?: ReadonlyMap<string, string>,
): CsvCell[][] {
  const rows = resultRowsOf(scopes, rules)
  if (!parents) return rows
  const [header, ...body] = rows
  // Every row starts 年度, 单位; the rules' line (last) names no unit-year.
  const parentOf = ([year, unit]: CsvCell[]) =>
    typeof year === 'number' && typeof unit === 'string' ? (parents.get(unitYearIdOf({ year, unit })) ?? null) : null
  return [[...header!, PARENT_COLUMN], ...body.map((row) => [...row, parentOf(row)])]
}

/** The 主管部门 column the app's own export adds. */
export const PARENT_COLUMN = '主管部门'

function resultRowsOf(scopes: readonly ScopeResult[], rules: string): CsvCell[][] {
  const rows: CsvCell[][] = [[...RESULT_COLUMNS]]
  for (const scope of scopes) {
    const period = [scope.month, percent1(timeProgress(scope.month))]
    const basis = scope.projected ? '预计' : '实际'
    const head = [scope.year, scope.unit, scope.scope]
    for (const item of scope.indicators) {
      const { record, actualRecord } = item
      const projected = projectedValue(item)
      rows.push([
        ...head,
        record.level1,
        record.level2,
        record.name,
        givenCode(record),
        expression(targetCellText(record)),
        expression(actualRecord?.actualText),
        ...period,
        percent1(item.light.r),
        projected && expression(projected.estimated ? `${projected.text}（测算）` : projected.text),
        percent1(item.projection.ratio),
        two(item.score.weight),
        two(item.score.score),
        basis,
        two(actualRecord?.formScore ?? null),
        item.light.label,
        null,
        actualRecord?.likelihood ?? null,
        actualRecord?.reason ?? null,
        actualRecord?.action ?? null,
      ])
    }
    if (scope.budget) {
      const { budget } = scope
      const projectedSpending = budget.spent === null || budget.pace === null ? null : two(budget.pace * budget.budget)
      rows.push([
        ...head,
        null,
        null,
        '预算执行率',
        null,
        budget.budget,
        budget.spent,
        ...period,
        percent1(budget.e),
        projectedSpending,
        percent1(budget.pace),
        two(budget.score.weight),
        two(budget.score.score),
        basis,
        two(scope.formScores.budget),
        budget.light.label,
        null,
        null,
        null,
        null,
      ])
    }
    rows.push([
      ...head,
      null,
      null,
      '总分',
      null,
      null,
      null,
      ...period,
      null,
      null,
      null,
      100,
      two(scope.total),
      basis,
      two(scope.formScores.total),
      scope.insufficient ? '已评分指标不足' : scope.grade,
      scope.overall.label,
      null,
      null,
      null,
    ])
  }
  // The rules every light and score above follows from, in the last row's first cell.
  rows.push([rules, ...Array<CsvCell>(RESULT_COLUMNS.length - 1).fill(null)])
  return rows
}
