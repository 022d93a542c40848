import { defineStore } from 'pinia'
import { ref, shallowRef, watch } from 'vue'
import { repositories } from '@/db'
import type { ActualRecord, TargetRecord } from '@/domain/records'
import { useCatalogStore } from './catalog'
import { useNavigationStore } from './navigation'
import { useViewStore } from './view'

type Status = 'idle' | 'loading' | 'ready' | 'missing' | 'error'

/** The indicator a drill-down shows; opening one also selects its unit and year. */
export const useIndicatorDetailStore = defineStore('indicatorDetail', () => {
  const catalog = useCatalogStore()
  const view = useViewStore()
  const navigation = useNavigationStore()
  const target = shallowRef<TargetRecord | null>(null)
  const actuals = shallowRef<ActualRecord[]>([])
  const status = ref<Status>('idle')
  const code = ref<string | null>(null)
  /** The same indicator in other years, newest first. */
  const otherYears = shallowRef<{ target: TargetRecord; actuals: ActualRecord[] }[]>([])

  async function load(wanted: string): Promise<void> {
    status.value = 'loading'
    try {
      const found = await repositories.catalog.loadIndicator(wanted)
      if (code.value !== wanted) return
      target.value = found?.target ?? null
      actuals.value = found?.actuals ?? []
      status.value = found ? 'ready' : 'missing'
      if (!found) return
      navigation.openedIndicator(wanted)
      const { unit, year, scope, name } = found.target
      const years = (catalog.units.find((u) => u.unit === unit)?.years ?? []).map((y) => y.year).filter((y) => y !== year)
      otherYears.value = await repositories.catalog.loadAcrossYears(unit, scope, name, years)
      // A bare deep link opens in the indicator's own unit and year.
      if (view.selection && (view.selection.unit !== unit || view.selection.year !== year)) view.select({ unit, year })
    } catch {
      if (code.value === wanted) status.value = 'error'
    }
  }

  /** Shows the indicator with this code, reloading whenever stored data changes. */
  function open(wanted: string): void {
    code.value = wanted
  }

  watch(
    () => [code.value, catalog.revision] as const,
    ([wanted]) => {
      if (wanted) void load(wanted)
    },
  )

  return { target, actuals, otherYears, status, open }
})
