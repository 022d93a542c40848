import type { BudgetRecord, Quarter, SpendingRecord } from './records'
import { orderAsForms } from './summary'

/** A budget line with its year-to-date spending at the quarter on screen. */
export interface BudgetLineRow {
  line: BudgetRecord
  /** 万元, or null when nothing was reported for the quarter. */
  spent: number | null
  sample: boolean
}

/** Budget lines (部门整体 first, file order) joined with their spending at `quarter`. */
export function budgetLinesAt(
  budgets: readonly BudgetRecord[],
  spending: readonly SpendingRecord[],
  quarter: Quarter,
): BudgetLineRow[] {
  const atQuarter = new Map(spending.filter((s) => s.quarter === quarter).map((s) => [s.budgetId, s]))
  return orderAsForms(budgets).map((line) => {
    const spent = atQuarter.get(line.id)
    return { line, spent: spent?.spent ?? null, sample: spent?.sample ?? false }
  })
}
