import { defineStore } from 'pinia'
import { ref, shallowRef, watch } from 'vue'
import { repositories } from '@/db'
import type { ActualRecord, TargetRecord } from '@/domain/records'
import { adjustmentPlan } from '@/domain/adjustmentPlan'
import { withAdjustment, type TargetAdjustment } from '@/domain/engine/targetInForce'
import { useCatalogStore } from './catalog'
import { latestRequest } from './latestRequest'
import { useNavigationStore } from './navigation'
import { useSettingsStore } from './settings'
import { useUnitDataStore } from './unitData'
import { useViewStore } from './view'

type Status = 'idle' | 'loading' | 'ready' | 'missing' | 'error'

/** The indicator a drill-down shows; opening one also selects its unit and year. */
export const useIndicatorDetailStore = defineStore('indicatorDetail', () => {
  const catalog = useCatalogStore()
  const view = useViewStore()
  const navigation = useNavigationStore()
  const unitData = useUnitDataStore()
  const target = shallowRef<TargetRecord | null>(null)
  const actuals = shallowRef<ActualRecord[]>([])
  const status = ref<Status>('idle')
  const code = ref<string | null>(null)
  /** The same indicator in other years, newest first. */
  const otherYears = shallowRef<{ target: TargetRecord; actuals: ActualRecord[] }[]>([])

  /** The indicator from the unit-year on screen, when it is that unit-year's and current. */
  function heldIndicator(wanted: string): { target: TargetRecord; actuals: ActualRecord[] } | null {
    const held = unitData.data
    if (!held || unitData.loading || unitData.revision !== catalog.revision) return null
    const found = held.targets.find((t) => t.code === wanted)
    if (!found) return null
    return {
      target: found,
      actuals: held.actuals.filter((a) => a.indicatorCode === wanted).sort((a, b) => a.month - b.month),
    }
  }

  const requests = latestRequest()

  async function load(wanted: string): Promise<void> {
    const request = requests.start()
    // A drill-down from the overview shows at once what the overview already holds.
    const held = heldIndicator(wanted)
    if (!held) status.value = 'loading'
    try {
      const found = held ?? (await repositories.catalog.loadIndicator(wanted))
      if (!request.isCurrent()) return
      target.value = found?.target ?? null
      actuals.value = found?.actuals ?? []
      status.value = found ? 'ready' : 'missing'
      if (!found) return
      navigation.openedIndicator(wanted)
      const { unit, year, scope, name } = found.target
      const years = (catalog.units.find((u) => u.unit === unit)?.years ?? [])
        .map((y) => y.year)
        .filter((y) => y !== year)
      const across = await repositories.catalog.loadAcrossYears(unit, scope, name, years)
      if (!request.isCurrent()) return
      otherYears.value = across
      // A bare deep link opens in the indicator's own unit and year.
      if (view.selection && (view.selection.unit !== unit || view.selection.year !== year)) view.select({ unit, year })
    } catch {
      if (request.isCurrent()) status.value = 'error'
    }
  }

  /** Shows the indicator with this code, reloading whenever stored data changes. */
  function open(wanted: string): void {
    code.value = wanted
  }

  watch([code, () => catalog.revision], ([wanted]) => {
    if (wanted) void load(wanted)
  })

  const settings = useSettingsStore()

  /**
   * Adjusts the shown indicator's target (目标调整), keeping the original: one batch of the
   * history, signed with the 填报人, undone from #/import like an import.
   */
  async function adjust(adjustment: TargetAdjustment): Promise<void> {
    const before = target.value
    if (!before) return
    const by = settings.reporter.trim()
    const plan = adjustmentPlan(before, withAdjustment(before, adjustment))
    await repositories.imports.commit(plan, [{ fileName: plan.rows[0]!.file, kind: 'adjust', sha256: '', size: 0 }], {
      ...(by && { by }),
    })
    await catalog.caughtUp()
  }

  return { target, actuals, otherYears, status, open, adjust }
})
