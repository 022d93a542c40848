/**
 * The entry screen's draft checked by the importer's path: only the lines that differ
 * from what is stored, against the stored unit-year.
 */
import { computed, type Ref } from 'vue'
import type { BudgetRecord, TargetRecord } from '@/domain/records'
import type { Period } from '@/domain/period'
import { checkEntry, type EntryValues } from '@/io/entryPlan'
import { EMPTY, NO_SPENDING, type Draft } from './entryDrafts'
import { useUnitDataStore } from './unitData'
import { useViewStore } from './view'

/** What the check of a draft is given: the lines offered, the draft, what is stored and the file it is named as. */
export interface EntryCheckInputs {
  period: Ref<Period>
  targets: Ref<readonly TargetRecord[]>
  fundLines: Ref<readonly BudgetRecord[]>
  draft: Ref<Draft>
  stored: Ref<Draft>
  fileName: Ref<string>
}

/** The draft's check, or null while no unit-year is shown. */
export function useEntryCheck({ period, targets, fundLines, draft, stored, fileName }: EntryCheckInputs) {
  const view = useViewStore()
  const unitData = useUnitDataStore()
  return computed(() => {
    const selection = view.selection
    const data = unitData.data
    if (!selection || !data) return null
    // Only lines that differ from what is stored are checked and written: a stored value left
    // as it was (an illustrative one included) stays exactly as it is.
    const same = (a: EntryValues | undefined, b: EntryValues | undefined) =>
      JSON.stringify(a ?? EMPTY) === JSON.stringify(b ?? EMPTY)
    const lines = targets.value
      .filter((t) => !same(draft.value.values[t.code], stored.value.values[t.code]))
      .map((t) => ({ code: t.code, values: draft.value.values[t.code] ?? EMPTY }))
    const spending = fundLines.value
      .filter(
        (b) =>
          JSON.stringify(draft.value.spending[b.id] ?? NO_SPENDING) !==
          JSON.stringify(stored.value.spending[b.id] ?? NO_SPENDING),
      )
      .map((b) => ({ budgetId: b.id, scope: b.scope, item: b.item, ...(draft.value.spending[b.id] ?? NO_SPENDING) }))
    return checkEntry(
      data,
      { unit: selection.unit, year: selection.year, month: period.value.month, byMonth: period.value.byMonth },
      lines,
      spending,
      fileName.value,
    )
  })
}
