import { defineStore } from 'pinia'
import { computed, shallowRef, watch } from 'vue'
import { repositories } from '@/db'
import { rankBy, unitStandings, type UnitStanding } from '@/domain/engine/ranking'
import { useCatalogStore } from './catalog'
import { useViewStore } from './view'

/** 全部单位: every unit of the selected year, ranked by score and by budget execution. */
export const useRankingStore = defineStore('ranking', () => {
  const catalog = useCatalogStore()
  const view = useViewStore()
  const standings = shallowRef<UnitStanding[]>([])
  let requested = ''

  const units = computed(() => {
    const year = view.selection?.year
    return year === undefined ? [] : catalog.units.filter((u) => u.years.some((y) => y.year === year)).map((u) => [u.unit, year] as const)
  })

  watch(
    () => [units.value, catalog.revision] as const,
    async ([keys]) => {
      const key = JSON.stringify(keys) + catalog.revision
      requested = key
      if (keys.length < 2) {
        standings.value = []
        return
      }
      const rows = await repositories.catalog.loadYear(keys[0]![1])
      if (requested === key) standings.value = unitStandings(rows)
    },
    { immediate: true },
  )

  const byScore = computed(() => rankBy(standings.value, 'total'))
  const byExecution = computed(() => rankBy(standings.value, 'e'))

  return { standings, byScore, byExecution }
})
