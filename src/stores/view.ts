import { defineStore } from 'pinia'
import { computed, watch } from 'vue'
import { START_LOCATION, useRoute, useRouter } from 'vue-router'
import { useCatalogStore } from './catalog'
import { useSettingsStore } from './settings'
import { queryMatches, resolveView, sameSelection, toViewQuery, type ViewSelection } from './viewResolution'

/**
 * The unit, year and quarter on screen. The URL query is the source of truth, so a
 * copied link opens the same view; a missing or stale part is filled in and written
 * back to the URL, and the result is remembered for the next visit.
 */
export const useViewStore = defineStore('view', () => {
  const route = useRoute()
  const router = useRouter()
  const catalog = useCatalogStore()
  const settings = useSettingsStore()

  // Start-up reads the catalog while the app mounts: until the first navigation and the
  // remembered view are known too, a link's unit would be taken for missing and replaced.
  const resolvable = computed(() => catalog.status === 'ready' && settings.loaded && router.currentRoute.value !== START_LOCATION)

  // The same object while unit, year and quarter stay the same: every route change and
  // every remembered view would otherwise make each screen evaluate and draw again.
  const selection = computed<ViewSelection | null>((previous) => {
    const next = resolvable.value ? resolveView(route.query, catalog.units, settings.lastView) : null
    return previous && next && sameSelection(previous, next) ? previous : next
  })

  const unitEntry = computed(() => catalog.units.find((u) => u.unit === selection.value?.unit))

  // The query too: a link without one keeps the selection, and must still get it written back.
  watch(
    [selection, () => route.query],
    ([current]) => {
      if (!current) return
      if (!queryMatches(route.query, current)) {
        void router.replace({ query: { ...route.query, ...toViewQuery(current) } })
      }
      const last = settings.lastView
      if (!last || last.unit !== current.unit || last.year !== current.year || last.quarter !== current.quarter) {
        void settings.rememberView(current)
      }
    },
    { immediate: true },
  )

  /**
   * Navigates to another unit, year or quarter, keeping the rest of the view. A new
   * year opens at its latest reported quarter: last year is seen as it ended.
   */
  function select(change: Partial<ViewSelection>): void {
    const current = selection.value
    if (!current) return
    const next = { ...current, ...change }
    if (change.year !== undefined && change.year !== current.year && change.quarter === undefined) {
      const latest = catalog.units.find((u) => u.unit === next.unit)?.years.find((y) => y.year === next.year)?.latestQuarter
      next.quarter = latest ?? 1
    }
    void router.push({ query: { ...route.query, ...toViewQuery(next) } })
  }

  return { selection, unitEntry, select }
})
