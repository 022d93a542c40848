import { defineStore } from 'pinia'
import { computed } from 'vue'
import { repositories } from '@/db'
import { compareChinese } from '@/domain/summary'
import { useCatalogStore } from './catalog'
import { useSettingsStore } from './settings'
import { useViewStore } from './view'

/**
 * The 主管部门 of the year on screen: each unit's (from the catalog, so no document is read),
 * the names in use, and setting one on the units page as a batch of the history signed by the 填报人.
 */
export const useDepartmentsStore = defineStore('departments', () => {
  const catalog = useCatalogStore()
  const view = useViewStore()
  const settings = useSettingsStore()
  const year = computed(() => view.selection?.year)

  /** Each unit's 主管部门 that year, for the units that name one. */
  const parents = computed(
    () =>
      new Map(
        catalog.units.flatMap(({ unit, years }) => {
          const parent = years.find((y) => y.year === year.value)?.parent
          return parent === undefined ? [] : [[unit, parent] as const]
        }),
      ),
  )
  /** The 主管部门 named that year, in zh-CN order: what a new one is picked from. */
  const names = computed(() => [...new Set(parents.value.values())].sort(compareChinese))

  /** Sets (or, given nothing, clears) a unit's 主管部门 for the year on screen; waits until every screen can see it. */
  async function setParent(unit: string, parent: string): Promise<void> {
    if (year.value === undefined) return
    await repositories.parents.save({
      key: [year.value, unit],
      parent: parent.trim() || null,
      by: settings.reporter.trim() || undefined,
    })
    await catalog.caughtUp()
  }

  return { parents, names, setParent }
})
