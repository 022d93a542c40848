import { joinKey } from '@/domain/keys'
import type { Dataset } from '@/domain/model'
import type { BudgetRecord } from '@/domain/records'
import { onto, planned, type PlanState, type RecordCheck, type Seen } from './planState'

/** The budget lines' check, and the lines it knows (stored, and this import's so far) for the spending that names them. */
export interface BudgetChecker {
  check: RecordCheck<BudgetRecord>
  /** The budget line of an id. */
  lineOf(id: string): BudgetRecord | undefined
}

/** Checks budget lines: a line given twice; a form's line completes the same line of an earlier form. */
export function budgetChecker(state: PlanState, existing: Dataset): BudgetChecker {
  const budgetById = new Map(existing.budgets.map((b) => [b.id, b]))
  const importedBudgets = new Map<string, BudgetRecord>()
  const seen: Seen<string> = new Map()

  const check: RecordCheck<BudgetRecord> = (file, line, b) => {
    const name = file.fileName
    const formKey = file.ontoStored ? joinKey('b', b.id) : undefined
    if (
      formKey !== undefined &&
      state.mergedIntoEarlierForm(formKey, b, (x, y) => x.initialBudget === y.initialBudget)
    ) {
      importedBudgets.set(b.id, state.formRow(formKey)!.record as BudgetRecord)
      return
    }
    if (state.duplicate(seen, b.id, name, line, () => ['预算项目', b.item], 'budget')) return
    const before = budgetById.get(b.id) ?? null
    const next = file.ontoStored && before ? onto(before, b) : b
    importedBudgets.set(b.id, next)
    state.plan(planned('budgets', name, line, next, before), formKey)
  }
  return { check, lineOf: (id) => budgetById.get(id) ?? importedBudgets.get(id) }
}
