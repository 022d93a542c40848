import { budgetExecution, type BudgetExecution } from './engine/budgetExecution'
import { DEFAULT_SETTINGS, type EngineSettings } from './engine/settings'
import { sumAmounts } from './money'
import type { BudgetRecord, SpendingRecord } from './records'
import { latestMonth, periodsOf, type Period, type Month } from './period'
import { orderAsForms, spentAt, unitSpending } from './summary'

/** A budget line with its year-to-date spending at the month on screen. */
export interface BudgetLineRow {
  line: BudgetRecord
  /** 万元, or null when nothing was reported for the month. */
  spent: number | null
  sample: boolean
  /** Execution rate and light of this line at the month. */
  execution: BudgetExecution
}

/** Budget lines (部门整体 first, file order) joined with their spending and execution at `month`. */
export function budgetLinesAt(
  budgets: readonly BudgetRecord[],
  spending: readonly SpendingRecord[],
  month: Month,
  settings: EngineSettings = DEFAULT_SETTINGS,
): BudgetLineRow[] {
  const atMonth = new Map(spending.filter((s) => s.month === month).map((s) => [s.budgetId, s]))
  return orderAsForms(budgets).map((line) => {
    const spent = atMonth.get(line.id)
    return {
      line,
      spent: spent?.spent ?? null,
      sample: spent?.sample ?? false,
      execution: budgetExecution(line.budget, spent?.spent ?? null, month, settings),
    }
  })
}

/** One year of a unit's budget as the comparison row shows it. */
export interface YearBudget {
  year: number
  initialBudget: number
  budget: number
  /** 执行数 at the latest month reported, and that month. */
  spent: number | null
  month: Month | null
  /** That month named as its spending was given; null with it. */
  period: Period | null
  e: number | null
}

/**
 * A unit's budget for one year (its 部门整体 经费 lines, else all 经费 lines): 年初预算数,
 * 全年预算数, and 执行数 with its rate at `atMonth` (to compare two years at the same
 * period), or else at the latest month any line reported.
 */
export function yearBudget(
  year: number,
  budgets: readonly BudgetRecord[],
  spending: readonly SpendingRecord[],
  atMonth?: Month,
): YearBudget {
  const { lines, budget, rows } = unitSpending(budgets, spending)
  const latest = latestMonth({ spending: rows })
  const spentThen = atMonth === undefined ? null : spentAt(rows, atMonth)
  const month = atMonth === undefined ? latest : spentThen === null ? null : atMonth
  const spent = month === null ? null : spentAt(rows, month)
  return {
    year,
    initialBudget: sumAmounts(lines.map((l) => l.initialBudget)),
    budget,
    spent,
    month,
    period: month === null ? null : (periodsOf({ spending: rows.filter((s) => s.month === month) })[0] ?? null),
    e: spent === null || budget <= 0 ? null : budgetExecution(budget, spent, month!, DEFAULT_SETTINGS).e,
  }
}
