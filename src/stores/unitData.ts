import { defineStore } from 'pinia'
import { computed, ref, shallowRef, watch } from 'vue'
import { repositories } from '@/db'
import type { Dataset } from '@/domain/model'
import { evaluateUnitYear } from '@/domain/engine/evaluate'
import { orderAsForms, summariseDataset } from '@/domain/summary'
import { useCatalogStore } from './catalog'
import { latestRequest } from './latestRequest'
import { useRulesStore } from './rules'
import { useViewStore } from './view'

/** The selected unit-year's stored data, reloaded when the selection or the data changes. */
export const useUnitDataStore = defineStore('unitData', () => {
  const catalog = useCatalogStore()
  const view = useViewStore()
  const rules = useRulesStore()
  // Whole arrays are replaced, never mutated: no deep reactivity needed.
  const data = shallowRef<Dataset | null>(null)
  /** The same unit's previous year, for last-year comparisons; arrives just after `data`. */
  const previousYear = shallowRef<Dataset | null>(null)
  const loading = ref(false)
  const error = ref<unknown>(null)
  /** The unit and year `data` holds: until a new selection's rows arrive, the last one's. */
  const shown = shallowRef<{ unit: string; year: number } | null>(null)
  /** The catalog revision `data` was read at: stale once the stored data changes. */
  const revision = ref(-1)
  const requests = latestRequest()

  async function load(unit: string, year: number): Promise<void> {
    const atRevision = catalog.revision
    const request = requests.start()
    // Read with the catalog at start-up: shown in the same turn, with no read of its own.
    const ahead = catalog.takeReadAhead(unit, year)
    if (ahead) {
      data.value = ahead.current
      previousYear.value = ahead.previous
      shown.value = { unit, year }
      revision.value = atRevision
      error.value = null
      loading.value = false
      return
    }
    loading.value = true
    try {
      // Both read at once; the year on screen is shown without waiting for the one before.
      const current = repositories.catalog.loadUnitYear(unit, year)
      const previous = repositories.catalog.loadUnitYear(unit, year - 1)
      // Its failure is reported when awaited below, not as an unhandled rejection first.
      previous.catch(() => undefined)
      const result = await current
      // A later selection may have started meanwhile; only its answer counts.
      if (request.isCurrent()) {
        data.value = result
        previousYear.value = null
        shown.value = { unit, year }
        revision.value = atRevision
        error.value = null
      }
      const before = await previous
      if (request.isCurrent()) previousYear.value = before
    } catch (cause) {
      if (request.isCurrent()) error.value = cause
    } finally {
      if (request.isCurrent()) loading.value = false
    }
  }

  watch(
    // Separate sources, compared one by one: a getter returning a new array would fire on
    // every change of the selection, a drill-down included, and read the unit-year again.
    [() => view.selection?.unit, () => view.selection?.year, () => catalog.revision],
    ([unit, year]) => {
      if (unit !== undefined && year !== undefined) void load(unit, year)
      else {
        data.value = null
        shown.value = null
      }
    },
    { immediate: true },
  )

  // A number: switching unit changes the selection but not the period, and nothing is
  // worked out again until the new unit's rows arrive.
  const month = computed(() => view.selection?.month)

  const summary = computed(() =>
    data.value && month.value !== undefined ? summariseDataset(data.value, month.value) : null,
  )

  const orderedTargets = computed(() => orderAsForms(data.value?.targets ?? []))

  /** Every 类别 evaluated at the period on screen: computed once per (unit, year, period). */
  const evaluation = computed(() =>
    data.value && month.value !== undefined ? evaluateUnitYear(data.value, month.value, rules.settings) : [],
  )

  /** Last year at the same period (its 第3季度 beside this one): empty until it arrives or when there is none. */
  const previousEvaluation = computed(() =>
    previousYear.value && month.value !== undefined
      ? evaluateUnitYear(previousYear.value, month.value, rules.settings)
      : [],
  )

  /** Each indicator's result by 指标编码. */
  const resultsByCode = computed(
    () => new Map(evaluation.value.flatMap((scope) => scope.indicators.map((i) => [i.record.code, i] as const))),
  )

  return {
    data,
    previousYear,
    shown,
    revision,
    loading,
    error,
    summary,
    orderedTargets,
    evaluation,
    previousEvaluation,
    resultsByCode,
  }
})
