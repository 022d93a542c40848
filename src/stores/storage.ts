import { defineStore } from 'pinia'
import { ref } from 'vue'
import { repositories } from '@/db'

/** Whether the browser keeps our data under storage pressure, and how much is used. */
export const useStorageStore = defineStore('storage', () => {
  /** null: unknown (not supported, e.g. on a page served over plain HTTP). */
  const persisted = ref<boolean | null>(null)
  const usage = ref<number | null>(null)
  const quota = ref<number | null>(null)

  /** Asks the browser how much is used, of how much, and whether it keeps our data. */
  async function measure(): Promise<void> {
    const storage = navigator.storage
    if (!storage?.estimate) return
    const [isPersisted, estimate] = await Promise.all([
      storage.persisted?.() ?? Promise.resolve(null),
      storage.estimate(),
    ])
    persisted.value = isPersisted
    usage.value = estimate.usage ?? null
    quota.value = estimate.quota ?? null
  }

  /**
   * Asks once, at the first import, that the browser never evict our data on its own.
   * The answer is remembered; the data page shows it. Resolves once the question is asked,
   * not answered: Firefox settles `persist()` only when the user answers its prompt, which
   * may be never, and nothing may wait on that.
   */
  async function requestPersistenceOnce(): Promise<void> {
    if (!navigator.storage?.persist || (await repositories.settings.get('persistAskedAt'))) return
    await repositories.settings.set('persistAskedAt', Date.now())
    void navigator.storage
      .persist()
      .then((granted) => {
        persisted.value = granted
        return measure()
      })
      .catch(() => undefined)
  }

  return { persisted, usage, quota, measure, requestPersistenceOnce }
})
