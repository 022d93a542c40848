import { defineStore } from 'pinia'
import { computed, ref, shallowRef, watch } from 'vue'
import { repositories } from '@/db'
import type { UnitStanding } from '@/domain/engine/ranking'
import { useCatalogStore } from './catalog'
import { latestRequest } from './latestRequest'
import { useRulesStore } from './rules'
import { useViewStore } from './view'

/** 单位: every unit of the selected year, standing by its 部门整体 table (the units page sorts and filters them). */
export const useRankingStore = defineStore('ranking', () => {
  const catalog = useCatalogStore()
  const view = useViewStore()
  const rules = useRulesStore()
  const standings = shallowRef<UnitStanding[]>([])
  /** True while the year's standings are read or computed. */
  const loading = ref(false)
  const requests = latestRequest()

  /** The year shown and the units that have data in it: the ranking changes only with these. */
  const scope = computed(() => {
    const year = view.selection?.year
    const units =
      year === undefined ? [] : catalog.units.filter((u) => u.years.some((y) => y.year === year)).map((u) => u.unit)
    return {
      year,
      count: units.length,
      key: `${year}|${catalog.revision}|${rules.fingerprint}|${units.join('\u0000')}`,
    }
  })

  // Keyed by string, so a new view selection of the same year (another unit, a drill-down) reuses the ranking.
  watch(
    () => scope.value.key,
    async () => {
      const { year, count } = scope.value
      const request = requests.start()
      if (year === undefined || count === 0) {
        standings.value = []
        return
      }
      loading.value = true
      const asked = performance.now()
      try {
        // Kept in the database until the data changes (an import computes them for the next
        // visit): a cold start reads one record instead of evaluating every unit. Kept under
        // the engine's version and the rules: a release or rules that compute them differently compute them again.
        const ranked = await repositories.catalog.rankingOf(year, rules.settings, rules.fingerprint)
        if (request.isCurrent()) {
          standings.value = ranked
          // For the benchmark: how long the ranking took from being asked for to being ready.
          performance.measure('jx:ranking', { start: asked })
        }
      } finally {
        if (request.isCurrent()) loading.value = false
      }
    },
    { immediate: true },
  )

  return { standings, loading }
})
