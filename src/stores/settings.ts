import { defineStore } from 'pinia'
import { ref } from 'vue'
import { repositories } from '@/db'
import { cleanText, REPORTER_LIMIT } from '@/domain/textRules'
import { isLocale, type Locale } from '@/i18n'
import type { ViewSelection } from './viewResolution'

/** Preferences and view state the app remembers between visits. */
export const useSettingsStore = defineStore('settings', () => {
  const locale = ref<Locale>('zh-CN')
  const lastView = ref<ViewSelection | undefined>()
  /** 指标编码 of the key metrics the user pinned on the overview. */
  const pinnedMetrics = ref<string[]>([])
  /** 填报人: who signs what is filled in on the page, recorded with each saved batch. */
  const reporter = ref('')
  /** Whether `load` has finished (or failed): until then the remembered view is unknown. */
  const loaded = ref(false)

  /** Reads what was remembered; called once before the first screen is shown. */
  async function load(): Promise<void> {
    try {
      const [storedLocale, storedView, storedPins, storedReporter] = await Promise.all([
        repositories.settings.get<string>('locale'),
        repositories.settings.get<ViewSelection>('lastView'),
        repositories.settings.get<string[]>('pinnedMetrics'),
        repositories.settings.get<string>('reporter'),
      ])
      if (typeof storedReporter === 'string') reporter.value = storedReporter
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

  /** Sets the 填报人, kept to the text rules of a name (unwanted characters dropped, REPORTER_LIMIT long). */
  async function setReporter(typed: string): Promise<void> {
    const name = cleanText(typed, REPORTER_LIMIT).text
    reporter.value = name
    await repositories.settings.set('reporter', name.trim())
  }

  return { locale, lastView, pinnedMetrics, reporter, loaded, load, setLocale, rememberView, pinMetrics, setReporter }
})
