import { defineStore } from 'pinia'
import { computed, ref, shallowRef, watch } from 'vue'
import { repositories } from '@/db'
import type { Dataset } from '@/db/datasetRepository'
import { evaluateUnitYear } from '@/domain/engine/evaluate'
import { orderAsForms, summariseDataset } from '@/domain/summary'
import { useCatalogStore } from './catalog'
import { useViewStore } from './view'

/** The selected unit-year's stored data, reloaded when the selection or the data changes. */
export const useUnitDataStore = defineStore('unitData', () => {
  const catalog = useCatalogStore()
  const view = useViewStore()
  // Whole arrays are replaced, never mutated: no deep reactivity needed.
  const data = shallowRef<Dataset | null>(null)
  /** The same unit's previous year, for last-year comparisons. */
  const previousYear = shallowRef<Dataset | null>(null)
  const loading = ref(false)
  const error = ref<unknown>(null)
  let requested = ''

  async function load(unit: string, year: number): Promise<void> {
    const key = `${unit}|${year}|${catalog.revision}`
    requested = key
    loading.value = true
    try {
      const [result, previous] = await Promise.all([
        repositories.catalog.loadUnitYear(unit, year),
        repositories.catalog.loadUnitYear(unit, year - 1),
      ])
      // A later selection may have started meanwhile; only its answer counts.
      if (requested === key) {
        data.value = result
        previousYear.value = previous
        error.value = null
      }
    } catch (cause) {
      if (requested === key) error.value = cause
    } finally {
      if (requested === key) loading.value = false
    }
  }

  watch(
    () => [view.selection?.unit, view.selection?.year, catalog.revision] as const,
    ([unit, year]) => {
      if (unit !== undefined && year !== undefined) void load(unit, year)
      else data.value = null
    },
    { immediate: true },
  )

  const summary = computed(() =>
    data.value && view.selection ? summariseDataset(data.value, view.selection.quarter) : null,
  )

  const orderedTargets = computed(() => orderAsForms(data.value?.targets ?? []))

  /** Every 类别 evaluated at the quarter on screen: computed once per (unit, year, quarter). */
  const evaluation = computed(() => (data.value && view.selection ? evaluateUnitYear(data.value, view.selection.quarter) : []))

  /** Each indicator's result by 指标编码. */
  const resultsByCode = computed(() => new Map(evaluation.value.flatMap((scope) => scope.indicators.map((i) => [i.record.code, i] as const))))

  return { data, previousYear, loading, error, summary, orderedTargets, evaluation, resultsByCode }
})
