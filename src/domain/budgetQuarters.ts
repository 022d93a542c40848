import { budgetExecution } from './engine/budgetExecution'
import { DEFAULT_SETTINGS } from './engine/settings'
import { sumAmounts } from './money'
import type { BudgetRecord, Quarter, SpendingRecord } from './records'
import { spentAt, unitSpending } from './summary'

/** The unit's budget execution e at each quarter's end (null where nothing was reported). */
export function executionByQuarter(budgets: readonly BudgetRecord[], spending: readonly SpendingRecord[]): (number | null)[] {
  const { budget, rows } = unitSpending(budgets, spending)
  return ([1, 2, 3, 4] as Quarter[]).map((q) => {
    const spent = spentAt(rows, q)
    return spent === null ? null : budgetExecution(budget, spent, q, DEFAULT_SETTINGS).e
  })
}

/** Amounts by a key (经费类型 or 年度主要任务), 万元, in first-seen order. */
export function compositionBy(lines: readonly BudgetRecord[], keyOf: (line: BudgetRecord) => string): { name: string; value: number }[] {
  const totals = new Map<string, number[]>()
  for (const line of lines) totals.set(keyOf(line), [...(totals.get(keyOf(line)) ?? []), line.budget])
  return [...totals.entries()].map(([name, values]) => ({ name, value: sumAmounts(values) }))
}
