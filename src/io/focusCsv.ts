/** The 重点监控 list as a file: one row per unit, in the list's order, each criterion's figure and points. */
import { chinesePeriodName, timeProgress } from '@/domain/period'
import type { FocusRow } from '@/domain/focusList'
import type { CsvCell } from './csvWriter'

/** The columns of the 重点监控 file, in order. */
export const FOCUS_COLUMNS = [
  '排名',
  '年度',
  '单位',
  '主管部门',
  '截至',
  '全年预算数（万元）',
  '预算规模得分',
  '执行数（万元）',
  '执行率',
  '序时进度',
  '滞后（百分点）',
  '滞后得分',
  '红灯数',
  '红灯得分',
  '逾期整改',
  '整改得分',
  '总分',
] as const

const percent1 = (r: number | null) => (r === null ? null : Math.round(r * 1000) / 10)

/**
 * The header and a row per unit of `rows` (already ranked): rank, year, unit, its 主管部门
 * (from `parents`, by unit), the period its figures are as of, then each criterion's figure
 * and points, and the score. Rates are percentages with one decimal; a missing figure is empty.
 */
export function focusRows(rows: readonly FocusRow[], year: number, parents: ReadonlyMap<string, string>): CsvCell[][] {
  return [
    [...FOCUS_COLUMNS],
    ...rows.map(({ unit, standing, figures, score }, i) => [
      i + 1,
      year,
      unit,
      parents.get(unit) ?? '',
      chinesePeriodName(standing.period),
      figures.budget.raw,
      figures.budget.points,
      standing.executed,
      percent1(standing.e),
      percent1(timeProgress(standing.month)),
      figures.behind.raw,
      figures.behind.points,
      figures.red.raw,
      figures.red.points,
      figures.overdue.raw,
      figures.overdue.points,
      score,
    ]),
  ]
}
