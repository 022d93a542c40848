import { defineStore } from 'pinia'
import { computed, watch } from 'vue'
import { START_LOCATION, useRoute, useRouter } from 'vue-router'
import { useCatalogStore } from './catalog'
import { useSettingsStore } from './settings'
import { periodOf, type Period } from '@/domain/period'
import { queryMatches, resolveView, sameSelection, toViewQuery, type ViewSelection } from './viewResolution'

/** A query without its period, so that `q` and `month` never both stand in a URL. */
function withoutPeriod<T extends Record<string, unknown>>(query: T): Omit<T, 'q' | 'quarter' | 'month'> {
  const { q: _q, quarter: _quarter, month: _month, ...rest } = query
  return rest
}

/**
 * The unit, year and period on screen. The URL query is the source of truth, so a
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
  const resolvable = computed(
    () => catalog.status === 'ready' && settings.loaded && router.currentRoute.value !== START_LOCATION,
  )

  // The same object while unit, year and period stay the same: every route change and
  // every remembered view would otherwise make each screen evaluate and draw again.
  const selection = computed<ViewSelection | null>((previous) => {
    const next = resolvable.value ? resolveView(route.query, catalog.units, settings.lastView) : null
    return previous && next && sameSelection(previous, next) ? previous : next
  })

  const unitEntry = computed(() => catalog.units.find((u) => u.unit === selection.value?.unit))

  /** The periods the selected unit-year has values for, named as given. */
  const periods = computed<readonly Period[]>(
    () => unitEntry.value?.years.find((y) => y.year === selection.value?.year)?.periods ?? [],
  )

  /** The selected period, named as its values were given (第3季度, 1-7月). */
  const period = computed<Period | null>(() => {
    const current = selection.value
    if (!current) return null
    return periods.value.find((p) => p.month === current.month) ?? periodOf(current.month)
  })

  // The query too: a link without one keeps the selection, and must still get it written back.
  watch(
    [selection, () => route.query],
    ([current]) => {
      if (!current) return
      const byMonth = period.value?.byMonth ?? false
      if (!queryMatches(route.query, current, byMonth)) {
        void router.replace({ query: { ...withoutPeriod(route.query), ...toViewQuery(current, byMonth) } })
      }
      const last = settings.lastView
      if (!last || last.unit !== current.unit || last.year !== current.year || last.month !== current.month) {
        void settings.rememberView(current)
      }
    },
    { immediate: true },
  )

  /**
   * Navigates to another unit, year or period, keeping the rest of the view. A new
   * year opens at its latest reported period: last year is seen as it ended.
   */
  function select(change: Partial<ViewSelection>): void {
    const current = selection.value
    if (!current) return
    const next = { ...current, ...change }
    const periods =
      catalog.units.find((u) => u.unit === next.unit)?.years.find((y) => y.year === next.year)?.periods ?? []
    if (change.year !== undefined && change.year !== current.year && change.month === undefined) {
      next.month = periods.at(-1)?.month ?? 3
    }
    const byMonth = periods.find((p) => p.month === next.month)?.byMonth ?? false
    void router.push({ query: { ...withoutPeriod(route.query), ...toViewQuery(next, byMonth) } })
  }

  /** The URL query of the selection, for links that keep the view. */
  const query = computed(() => (selection.value ? toViewQuery(selection.value, period.value?.byMonth ?? false) : {}))

  return { selection, unitEntry, periods, period, query, select }
})
