import { computed, onBeforeUnmount, onMounted, watch, type Ref } from 'vue'
import { useRoute, useRouter } from 'vue-router'
import { reviewOrder } from '@/domain/reviewLines'
import { useCatalogStore } from '@/stores/catalog'
import { useViewStore } from '@/stores/view'

/**
 * The review's way through a 主管部门's units: the department chosen (in the address), its units in order,
 * the one shown, and a step back or on, also with ← and → while no dialog (`dialogOpen`) or field has the keys.
 */
export function useReviewNavigation(dialogOpen: Ref<boolean>) {
  const route = useRoute()
  const router = useRouter()
  const view = useViewStore()
  const catalog = useCatalogStore()

  const department = computed(() => (typeof route.query.department === 'string' ? route.query.department : ''))
  const inYear = computed(() => {
    const year = view.selection?.year
    return catalog.units.flatMap((u) => {
      const y = u.years.find((entry) => entry.year === year)
      return y ? [{ unit: u.unit, parent: y.parent }] : []
    })
  })
  const departments = computed(() =>
    [...new Set(inYear.value.flatMap((u) => (u.parent ? [u.parent] : [])))].sort((a, b) => a.localeCompare(b, 'zh-CN')),
  )
  const units = computed(() => reviewOrder(inYear.value, department.value || undefined))
  const index = computed(() => units.value.findIndex((u) => u.unit === view.selection?.unit))

  // A unit outside the department chosen: its first unit instead.
  watch(
    [units, index],
    ([list, at]) => {
      if (at < 0 && list[0]) view.select({ unit: list[0].unit })
    },
    { immediate: true },
  )

  function chooseDepartment(next: string): void {
    const { department: _was, ...rest } = route.query
    void router.push({ query: { ...rest, ...(next && { department: next }) } })
  }

  function step(by: -1 | 1): void {
    const next = units.value[index.value + by]
    if (next) view.select({ unit: next.unit })
  }

  function onKey(event: KeyboardEvent): void {
    const target = event.target as HTMLElement | null
    if (event.altKey || event.ctrlKey || event.metaKey || dialogOpen.value) return
    if (target?.closest('input, textarea, select, [contenteditable="true"], [role="dialog"]')) return
    if (event.key === 'ArrowRight') step(1)
    else if (event.key === 'ArrowLeft') step(-1)
    else return
    event.preventDefault()
  }
  onMounted(() => window.addEventListener('keydown', onKey))
  onBeforeUnmount(() => window.removeEventListener('keydown', onKey))

  return { department, departments, units, index, chooseDepartment, step }
}
