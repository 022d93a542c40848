import { defineStore } from 'pinia'
import { computed, shallowRef, watch } from 'vue'
import { repositories } from '@/db'
import { rankBy, STANDINGS_VERSION, unitStandings, type UnitStanding } from '@/domain/engine/ranking'
import { useCatalogStore } from './catalog'
import { useViewStore } from './view'

/** 全部单位: every unit of the selected year, ranked by score and by budget execution. */
export const useRankingStore = defineStore('ranking', () => {
  const catalog = useCatalogStore()
  const view = useViewStore()
  const standings = shallowRef<UnitStanding[]>([])
  let requested = ''

  /** The year shown and the units that have data in it: the ranking changes only with these. */
  const scope = computed(() => {
    const year = view.selection?.year
    const units = year === undefined ? [] : catalog.units.filter((u) => u.years.some((y) => y.year === year)).map((u) => u.unit)
    return { year, count: units.length, key: `${year}|${catalog.revision}|${units.join('\u0000')}` }
  })

  // Keyed by string, so a new view selection of the same year (another unit, a drill-down) reuses the ranking.
  watch(
    () => scope.value.key,
    async (key) => {
      const { year, count } = scope.value
      requested = key
      if (year === undefined || count < 2) {
        standings.value = []
        return
      }
      // Kept in the database until the data changes: a cold start reads one row instead of evaluating every unit.
      const ranked = await repositories.catalog.standingsOf(year, STANDINGS_VERSION, (rows) => unitStandings(rows))
      if (requested === key) standings.value = ranked
    },
    { immediate: true },
  )

  const byScore = computed(() => rankBy(standings.value, 'total'))
  const byExecution = computed(() => rankBy(standings.value, 'e'))

  return { standings, byScore, byExecution }
})
