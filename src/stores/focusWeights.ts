import { defineStore } from 'pinia'
import { ref } from 'vue'
import { onDataChanged, repositories } from '@/db'
import { FOCUS_WEIGHTS_KEY } from '@/db/settingsRepository'
import { DEFAULT_FOCUS_WEIGHTS, focusWeightsOf, focusWeightsProblem, type FocusWeights } from '@/domain/focusList'

/**
 * The weights of the 重点监控 list (数据 → 重点监控权重): a setting, read once, applied to
 * the list at once when saved.
 */
export const useFocusWeightsStore = defineStore('focusWeights', () => {
  const weights = ref<FocusWeights>({ ...DEFAULT_FOCUS_WEIGHTS })
  const read = () =>
    repositories.settings
      .get<unknown>(FOCUS_WEIGHTS_KEY)
      .then((stored) => {
        weights.value = focusWeightsOf(stored)
      })
      .catch(() => undefined)
  const loaded = read()
  // A restored backup brings its own weights with its rules.
  onDataChanged((change) => {
    if (change.rules) void read()
  })

  /** Puts weights in force and keeps them; false (nothing changed) when they cannot be used. */
  async function save(next: FocusWeights): Promise<boolean> {
    if (focusWeightsProblem(next) !== null) return false
    await loaded
    weights.value = { ...next }
    await repositories.settings.set(FOCUS_WEIGHTS_KEY, { ...next })
    return true
  }

  /** Back to the default weights. */
  async function reset(): Promise<void> {
    await save({ ...DEFAULT_FOCUS_WEIGHTS })
  }

  return { weights, loaded, save, reset }
})
