import { defineStore } from 'pinia'
import { ref } from 'vue'
import { repositories } from '@/db'
import { isLocale, type Locale } from '@/i18n'
import type { ViewSelection } from './viewResolution'

/** Preferences and view state the app remembers between visits. */
export const useSettingsStore = defineStore('settings', () => {
  const locale = ref<Locale>('zh-CN')
  const lastView = ref<ViewSelection | undefined>()

  /** Reads what was remembered; called once before the first screen is shown. */
  async function load(): Promise<void> {
    const [storedLocale, storedView] = await Promise.all([
      repositories.settings.get<string>('locale'),
      repositories.settings.get<ViewSelection>('lastView'),
    ])
    if (storedLocale && isLocale(storedLocale)) locale.value = storedLocale
    lastView.value = storedView
  }

  async function setLocale(next: Locale): Promise<void> {
    locale.value = next
    await repositories.settings.set('locale', next)
  }

  async function rememberView(selection: ViewSelection): Promise<void> {
    lastView.value = selection
    await repositories.settings.set('lastView', { ...selection })
  }

  return { locale, lastView, load, setLocale, rememberView }
})
