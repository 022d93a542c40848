import { budgetExecution, type BudgetExecution } from './engine/budgetExecution'
import { DEFAULT_SETTINGS, type EngineSettings } from './engine/settings'
import { sumAmounts } from './money'
import type { BudgetRecord, Quarter, SpendingRecord } from './records'
import { latestQuarter } from './quarter'
import { orderAsForms, spentAt, unitSpending } from './summary'

/** A budget line with its year-to-date spending at the quarter on screen. */
export interface BudgetLineRow {
  line: BudgetRecord
  /** 万元, or null when nothing was reported for the quarter. */
  spent: number | null
  sample: boolean
  /** Execution rate and light of this line at the quarter. */
  execution: BudgetExecution
}

/** Budget lines (部门整体 first, file order) joined with their spending and execution at `quarter`. */
export function budgetLinesAt(
  budgets: readonly BudgetRecord[],
  spending: readonly SpendingRecord[],
  quarter: Quarter,
  settings: EngineSettings = DEFAULT_SETTINGS,
): BudgetLineRow[] {
  const atQuarter = new Map(spending.filter((s) => s.quarter === quarter).map((s) => [s.budgetId, s]))
  return orderAsForms(budgets).map((line) => {
    const spent = atQuarter.get(line.id)
    return {
      line,
      spent: spent?.spent ?? null,
      sample: spent?.sample ?? false,
      execution: budgetExecution(line.budget, spent?.spent ?? null, quarter, settings),
    }
  })
}

/** One year of a unit's budget as the comparison row shows it. */
export interface YearBudget {
  year: number
  initialBudget: number
  budget: number
  /** 执行数 at the latest quarter reported, and that quarter. */
  spent: number | null
  quarter: Quarter | null
  e: number | null
}

/**
 * A unit's budget for one year (its 部门整体 经费 lines, else all 经费 lines): 年初预算数,
 * 全年预算数, and 执行数 with its rate at `atQuarter` (to compare two years at the same
 * period), or else at the latest quarter any line reported.
 */
export function yearBudget(year: number, budgets: readonly BudgetRecord[], spending: readonly SpendingRecord[], atQuarter?: Quarter): YearBudget {
  const { lines, budget, rows } = unitSpending(budgets, spending)
  const latest = latestQuarter({ spending: rows })
  const spentThen = atQuarter === undefined ? null : spentAt(rows, atQuarter)
  const quarter = atQuarter === undefined ? latest : spentThen === null ? null : atQuarter
  const spent = quarter === null ? null : spentAt(rows, quarter)
  return {
    year,
    initialBudget: sumAmounts(lines.map((l) => l.initialBudget)),
    budget,
    spent,
    quarter,
    e: spent === null || budget <= 0 ? null : budgetExecution(budget, spent, quarter!, DEFAULT_SETTINGS).e,
  }
}
