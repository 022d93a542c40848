import type { Dataset } from '@/domain/model'
import type { BudgetRecord, SpendingRecord } from '@/domain/records'
import { rowIdOf } from '@/domain/rowKeys'
import { problemOf } from '../problemText'
import { ofMonth, onto, periodCell, planned, typedCell, type PlanState, type RecordCheck, type Seen } from './planState'

/** Checks spending: a budget line that is not known, a period given twice. */
export function spendingChecker(
  state: PlanState,
  existing: Dataset,
  budgetLineOf: (id: string) => BudgetRecord | undefined,
): RecordCheck<SpendingRecord> {
  const storedSpending = new Map(existing.spending.map((s) => [rowIdOf('spending', s), s]))
  const seen = new Map<number, Seen<string>>()

  return (file, line, s) => {
    const name = file.fileName
    if (!budgetLineOf(s.budgetId)) {
      state.problem(
        name,
        line,
        '预算项目',
        typedCell(file, line, 'item'),
        problemOf('noBudgetLine', { year: s.year, unit: s.unit, scope: s.scope }),
      )
      return
    }
    if (state.duplicate(ofMonth(seen, s.month), s.budgetId, name, line, () => periodCell(s), 'spending')) return
    // Stryker disable next-line ConditionalExpression: equivalent, an empty map finds nothing either
    const before = storedSpending.size === 0 ? null : (storedSpending.get(rowIdOf('spending', s)) ?? null)
    state.plan(planned('spending', name, line, file.ontoStored && before ? onto(before, s) : s, before))
  }
}
