import { defineStore } from 'pinia'
import { computed, ref, shallowRef, watch } from 'vue'
import { repositories } from '@/db'
import { newRectifyItem, withItem, type NewRectify, type RectifyItem } from '@/domain/rectify'
import { localDay, rectifyCounts, rectifyOrder } from '@/domain/rectifyList'
import { useCatalogStore } from './catalog'
import { latestRequest } from './latestRequest'
import { useSettingsStore } from './settings'
import { useViewStore } from './view'

/**
 * The 整改 items of the year on screen, across its units (read from the documents that
 * hold any), reloaded whenever stored data changes; and their making and changes, each a
 * batch of the history signed by the 填报人.
 */
export const useRectifyStore = defineStore('rectify', () => {
  const catalog = useCatalogStore()
  const view = useViewStore()
  const settings = useSettingsStore()
  const items = shallowRef<RectifyItem[]>([])
  const loading = ref(false)
  /** The day the overdue rule is judged on: today, read again with every reload. */
  const today = ref(localDay(new Date()))
  const requests = latestRequest()

  async function load(year: number): Promise<void> {
    const request = requests.start()
    loading.value = true
    try {
      const found = await repositories.rectify.itemsOf(year)
      if (!request.isCurrent()) return
      items.value = found
      today.value = localDay(new Date())
    } finally {
      if (request.isCurrent()) loading.value = false
    }
  }

  watch(
    [() => view.selection?.year, () => catalog.revision],
    ([year]) => {
      if (year === undefined) items.value = []
      else void load(year)
    },
    { immediate: true },
  )

  /** Every item of the year, overdue first. */
  const ordered = computed(() => rectifyOrder(items.value, today.value))
  /** Open and overdue items per unit. */
  const counts = computed(() => rectifyCounts(items.value, today.value))

  /** The items about one indicator or budget line of the unit on screen. */
  const itemsOf = (unit: string, ref: string) => ordered.value.filter((i) => i.unit === unit && i.ref === ref)

  /** Stores the item (new, or changed), as one batch of the history; waits until every screen can see it. */
  async function save(item: RectifyItem): Promise<void> {
    const { year, unit } = item
    // The unit-year's items as stored: the year's list may be another year's a moment after a switch.
    const stored = (await repositories.rectify.itemsOf(year)).filter((i) => i.unit === unit)
    await repositories.rectify.save({
      key: [year, unit],
      items: withItem(stored, item),
      fileName: `整改 · ${item.name}`,
      by: settings.reporter.trim() || undefined,
    })
    await catalog.caughtUp()
  }

  /** Makes a new item, 未开始 today, and stores it. */
  async function create(facts: Omit<NewRectify, 'date'>): Promise<RectifyItem> {
    const stored = (await repositories.rectify.itemsOf(facts.year)).filter((i) => i.unit === facts.unit)
    const item = newRectifyItem({ ...facts, date: localDay(new Date()) }, stored)
    await save(item)
    return item
  }

  return { items, ordered, counts, today, loading, itemsOf, save, create }
})
