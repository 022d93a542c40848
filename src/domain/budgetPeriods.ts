import { budgetExecution, type BudgetExecution } from './engine/budgetExecution'
import { DEFAULT_SETTINGS, type EngineSettings } from './engine/settings'
import { sumAmounts } from './money'
import type { BudgetRecord, SpendingRecord } from './records'
import { periodsOf, periodOf, withQuarterEnds, type Period } from './period'
import { spentAt, unitSpending } from './summary'

/**
 * The unit's budget execution at every quarter's end and at any other month spending was
 * reported for, in order: e and its light (未填报 where nothing was reported).
 */
export function executionByPeriod(
  budgets: readonly BudgetRecord[],
  spending: readonly SpendingRecord[],
  settings: EngineSettings = DEFAULT_SETTINGS,
): { period: Period; execution: BudgetExecution }[] {
  const { budget, rows } = unitSpending(budgets, spending)
  const reported = new Map(periodsOf({ spending: rows }).map((p) => [p.month, p]))
  return withQuarterEnds(reported.keys()).map((m) => ({
    period: reported.get(m) ?? periodOf(m),
    execution: budgetExecution(budget, spentAt(rows, m), m, settings),
  }))
}

/** Amounts by a key (经费类型 or 年度主要任务), 万元, in first-seen order. */
export function compositionBy(
  lines: readonly BudgetRecord[],
  keyOf: (line: BudgetRecord) => string,
): { name: string; value: number }[] {
  const totals = new Map<string, number[]>()
  for (const line of lines) totals.set(keyOf(line), [...(totals.get(keyOf(line)) ?? []), line.budget])
  return [...totals.entries()].map(([name, values]) => ({ name, value: sumAmounts(values) }))
}
