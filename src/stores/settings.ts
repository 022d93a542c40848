import { defineStore } from 'pinia'
import { ref } from 'vue'
import { repositories } from '@/db'
import { isLocale, type Locale } from '@/i18n'
import type { ViewSelection } from './viewResolution'

/** Preferences and view state the app remembers between visits. */
export const useSettingsStore = defineStore('settings', () => {
  const locale = ref<Locale>('zh-CN')
  const lastView = ref<ViewSelection | undefined>()
  /** 指标编码 of the key metrics the user pinned on the overview. */
  const pinnedMetrics = ref<string[]>([])
  /** Whether `load` has finished (or failed): until then the remembered view is unknown. */
  const loaded = ref(false)

  /** Reads what was remembered; called once before the first screen is shown. */
  async function load(): Promise<void> {
    try {
      const [storedLocale, storedView, storedPins] = await Promise.all([
        repositories.settings.get<string>('locale'),
        repositories.settings.get<ViewSelection>('lastView'),
        repositories.settings.get<string[]>('pinnedMetrics'),
      ])
      if (storedLocale && isLocale(storedLocale)) locale.value = storedLocale
      lastView.value = storedView
      if (Array.isArray(storedPins)) pinnedMetrics.value = storedPins.filter((c) => typeof c === 'string')
    } finally {
      loaded.value = true
    }
  }

  async function setLocale(next: Locale): Promise<void> {
    locale.value = next
    await repositories.settings.set('locale', next)
  }

  async function rememberView(selection: ViewSelection): Promise<void> {
    lastView.value = selection
    await repositories.settings.set('lastView', { ...selection })
  }

  async function pinMetrics(codes: string[]): Promise<void> {
    pinnedMetrics.value = codes
    await repositories.settings.set('pinnedMetrics', [...codes])
  }

  return { locale, lastView, pinnedMetrics, loaded, load, setLocale, rememberView, pinMetrics }
})
