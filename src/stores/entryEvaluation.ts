/**
 * What the entry screen's draft would give: the unit-year evaluated with the checked
 * lines in place of the period's, each indicator's result, and the lines behind that
 * still lack a 偏差原因.
 */
import { computed, type Ref } from 'vue'
import { evaluateUnitYear } from '@/domain/engine/evaluate'
import type { ActualRecord, SpendingRecord } from '@/domain/records'
import type { Month } from '@/domain/period'
import type { EntryCheck } from '@/io/entryPlan'
import { useRulesStore } from './rules'
import { useUnitDataStore } from './unitData'

/** The lights and scores of an entry's check for the period of `month`. */
export function useEntryEvaluation(check: Ref<EntryCheck | null>, month: Ref<Month>) {
  const unitData = useUnitDataStore()
  const rules = useRulesStore()

  /** The lights and scores the draft would give: the unit-year evaluated with its lines in place of the period's. */
  const evaluation = computed(() => {
    const data = unitData.data
    const plan = check.value?.plan
    if (!data || !plan) return []
    const at = month.value
    const actuals = plan.rows.flatMap((r) => (r.table === 'actuals' ? [r.record as ActualRecord] : []))
    const spending = plan.rows.flatMap((r) => (r.table === 'spending' ? [r.record as SpendingRecord] : []))
    const typed = new Set(actuals.map((a) => a.indicatorCode))
    const spent = new Set(spending.map((s) => s.budgetId))
    return evaluateUnitYear(
      {
        ...data,
        actuals: [...data.actuals.filter((a) => a.month !== at || !typed.has(a.indicatorCode)), ...actuals],
        spending: [...data.spending.filter((s) => s.month !== at || !spent.has(s.budgetId)), ...spending],
      },
      at,
      rules.settings,
    )
  })
  const results = computed(
    () => new Map(evaluation.value.flatMap((scope) => scope.indicators.map((i) => [i.record.code, i] as const))),
  )

  /** Lines behind (yellow or red) with no 偏差原因: saving them asks first. */
  const missingReasons = computed(() =>
    [...results.value.values()].filter(
      (r) => (r.light.color === 'yellow' || r.light.color === 'red') && r.actualRecord && !r.actualRecord.reason,
    ),
  )

  return { evaluation, results, missingReasons }
}
