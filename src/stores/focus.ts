import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { focusList, ofDepartment } from '@/domain/focusList'
import { compareChinese } from '@/domain/summary'
import { toCsv } from '@/io/csvWriter'
import { dateStamp, downloadText } from '@/io/download'
import { focusRows } from '@/io/focusCsv'
import { useCatalogStore } from './catalog'
import { useFocusWeightsStore } from './focusWeights'
import { useRankingStore } from './ranking'
import { useRectifyStore } from './rectify'
import { useViewStore } from './view'

/**
 * 重点监控: the year's units (or one 主管部门's) ranked by the weights in force, from the
 * year's standings and its overdue 整改 items; recomputed whenever any of them changes.
 */
export const useFocusStore = defineStore('focus', () => {
  const catalog = useCatalogStore()
  const view = useViewStore()
  const ranking = useRankingStore()
  const rectify = useRectifyStore()
  const weights = useFocusWeightsStore()
  /** The 主管部门 whose units are listed; empty: every unit of the year. */
  const department = ref('')

  const year = computed(() => view.selection?.year)
  /** Each unit's 主管部门 in the year, from the catalog. */
  const parents = computed(
    () =>
      new Map(
        catalog.units.flatMap(({ unit, years }) => {
          const parent = years.find((y) => y.year === year.value)?.parent
          return parent === undefined ? [] : [[unit, parent] as const]
        }),
      ),
  )
  /** The year's 主管部门, in name order. */
  const departments = computed(() => [...new Set(parents.value.values())].sort(compareChinese))
  const overdue = computed(() => new Map([...rectify.counts].map(([unit, counts]) => [unit, counts.overdue])))
  const rows = computed(() =>
    focusList(ofDepartment(ranking.standings, parents.value, department.value), overdue.value, weights.weights),
  )
  const loading = computed(() => ranking.loading || rectify.loading)

  /** The list as shown, as `重点监控-2024-20241130.csv`. */
  function download(): void {
    if (year.value === undefined) return
    downloadText(`重点监控-${year.value}-${dateStamp()}.csv`, toCsv(focusRows(rows.value, year.value, parents.value)))
  }

  return { department, departments, parents, rows, loading, download }
})
