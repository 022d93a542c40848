/**
 * The period the entry screen fills in: the one chosen, else the first quarter end not
 * yet reported; whether it was reported, and each indicator's value before it.
 */
import { computed, ref } from 'vue'
import type { ActualRecord } from '@/domain/records'
import { periodOf, QUARTER_ENDS, YEAR_END, type Month, type Period } from '@/domain/period'
import { useUnitDataStore } from './unitData'
import { useViewStore } from './view'

/** The entry's period, chosen or found, with the values it is typed against. */
export function useEntryPeriod() {
  const view = useViewStore()
  const unitData = useUnitDataStore()
  const chosenMonth = ref<Month | null>(null)

  /** The period filled in: the one chosen, else the first quarter end not yet reported. */
  const period = computed<Period>(() => {
    if (chosenMonth.value !== null)
      return view.periods.find((p) => p.month === chosenMonth.value) ?? periodOf(chosenMonth.value)
    const reported = new Set(view.periods.map((p) => p.month))
    return periodOf(QUARTER_ENDS.find((m) => !reported.has(m)) ?? YEAR_END)
  })
  const reported = computed(() => view.periods.some((p) => p.month === period.value.month))

  /** Each indicator's value at the latest period before this one, to type against. */
  const previous = computed(() => {
    const before = new Map<string, ActualRecord>()
    for (const a of unitData.data?.actuals ?? []) {
      if (a.month >= period.value.month) continue
      const kept = before.get(a.indicatorCode)
      if (!kept || kept.month < a.month) before.set(a.indicatorCode, a)
    }
    return before
  })

  function choosePeriod(month: Month): void {
    chosenMonth.value = month
  }

  return { period, reported, previous, choosePeriod }
}
