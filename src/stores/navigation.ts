import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { useUnitDataStore } from './unitData'

/** Where the 指标详情 tab leads: the indicator last opened, else the unit's first one. */
export const useNavigationStore = defineStore('navigation', () => {
  const unitData = useUnitDataStore()
  const lastIndicator = ref<string | null>(null)

  const indicatorCode = computed(() => {
    const targets = unitData.data?.targets ?? []
    if (lastIndicator.value && targets.some((t) => t.code === lastIndicator.value)) return lastIndicator.value
    return unitData.orderedTargets[0]?.code ?? null
  })

  function openedIndicator(code: string): void {
    lastIndicator.value = code
  }

  return { indicatorCode, openedIndicator }
})
