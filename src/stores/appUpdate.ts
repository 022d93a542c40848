import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'

/** Drafts of #/entry kept in the browser (stores/entry): a new build never replaces the page under one. */
const hasEntryDraft = () => Object.keys(localStorage).some((key) => key.startsWith('jixiao-entry-draft:'))

/**
 * A new build of the app, waiting: announced (有新版本), swapped in when the user asks,
 * and held back while a period filled in on #/entry is not saved.
 */
export const useAppUpdateStore = defineStore('appUpdate', () => {
  const available = ref(false)
  const blocked = ref(false)
  const apply = shallowRef<(() => Promise<void>) | null>(null)

  function announce(swap: () => Promise<void>): void {
    apply.value = swap
    available.value = true
  }

  /** Reloads into the new build, unless an entry draft would be lost: then says so. */
  async function reload(): Promise<void> {
    blocked.value = hasEntryDraft()
    if (blocked.value || !apply.value) return
    await apply.value()
  }

  return { available, blocked, announce, reload }
})
