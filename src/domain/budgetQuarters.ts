import { budgetExecution, type BudgetExecution } from './engine/budgetExecution'
import { DEFAULT_SETTINGS, type EngineSettings } from './engine/settings'
import { sumAmounts } from './money'
import type { BudgetRecord, Quarter, SpendingRecord } from './records'
import { spentAt, unitSpending } from './summary'

/** The unit's budget execution at each quarter's end: e and its light (未填报 where nothing was reported). */
export function executionByQuarter(budgets: readonly BudgetRecord[], spending: readonly SpendingRecord[], settings: EngineSettings = DEFAULT_SETTINGS): BudgetExecution[] {
  const { budget, rows } = unitSpending(budgets, spending)
  return ([1, 2, 3, 4] as Quarter[]).map((q) => budgetExecution(budget, spentAt(rows, q), q, settings))
}

/** Amounts by a key (经费类型 or 年度主要任务), 万元, in first-seen order. */
export function compositionBy(lines: readonly BudgetRecord[], keyOf: (line: BudgetRecord) => string): { name: string; value: number }[] {
  const totals = new Map<string, number[]>()
  for (const line of lines) totals.set(keyOf(line), [...(totals.get(keyOf(line)) ?? []), line.budget])
  return [...totals.entries()].map(([name, values]) => ({ name, value: sumAmounts(values) }))
}
