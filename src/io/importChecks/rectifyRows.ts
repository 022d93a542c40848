/** A 整改 CSV's rows checked: each must name an indicator or budget line of its unit-year. */
import { deriveBudgetId, deriveIndicatorCode } from '@/domain/indicatorCode'
import type { BudgetRecord, TargetRecord } from '@/domain/records'
import type { RectifySubject } from '@/domain/rectify'
import type { RectifyRow } from '@/domain/rectifyRows'
import { problemOf } from '../problemText'
import { typedCell, type PlanState, type RecordCheck } from './planState'

/** A 整改 CSV's row on the line it names: the line's subject, ref and name as stored (or imported with it). */
export interface RectifyRowOnLine {
  file: string
  line: number
  row: RectifyRow
  subject: RectifySubject
  ref: string
  name: string
}

/** The check of a 整改 CSV's rows, and the rows it found their lines for, in the order checked. */
export interface RectifyRowChecker {
  check: RecordCheck<RectifyRow>
  rows: RectifyRowOnLine[]
}

/**
 * Checks 整改 rows: the line a row names (by 对象 and 名称, an indicator first when 对象 is
 * blank) must be among the unit-year's targets or budget lines, stored or in this import.
 */
export function rectifyRowChecker(
  state: PlanState,
  targetOf: (code: string) => TargetRecord | undefined,
  budgetLineOf: (id: string) => BudgetRecord | undefined,
): RectifyRowChecker {
  const rows: RectifyRowOnLine[] = []
  const check: RecordCheck<RectifyRow> = (file, line, row) => {
    const { year, unit, scope, name } = row
    const found = targetOf(deriveIndicatorCode(year, unit, scope, name))
    // A code is the indicator's own: it must be of this row's unit-year, scope and name.
    const target =
      row.subject !== 'budget' && found?.year === year && found.unit === unit && found.scope === scope
        ? found
        : undefined
    const budget =
      !target && row.subject !== 'indicator' ? budgetLineOf(deriveBudgetId(year, unit, scope, name)) : undefined
    if (target) rows.push({ file: file.fileName, line, row, subject: 'indicator', ref: target.code, name: target.name })
    else if (budget) rows.push({ file: file.fileName, line, row, subject: 'budget', ref: budget.id, name: budget.item })
    else {
      const code =
        row.subject === 'indicator' ? 'noIndicator' : row.subject === 'budget' ? 'noBudgetLine' : 'noRectifyLine'
      state.problem(file.fileName, line, '名称', typedCell(file, line, 'name'), problemOf(code, { year, unit, scope }))
    }
  }
  return { check, rows }
}
