import { defineStore } from 'pinia'
import { computed, shallowRef } from 'vue'
import { repositories } from '@/db'
import { DEFAULT_RULES, rulesFingerprint, settingsOf, type Rules } from '@/domain/engine/rules'
import { rulesLine } from '@/domain/engine/rulesText'
import { downloadText } from '@/io/download'

/**
 * The scoring rules in force (SPEC §4, §5 数据) and the user's presets. Every screen and
 * export evaluates with `settings`, so a change recomputes them all at once.
 */
export const useRulesStore = defineStore('rules', () => {
  const current = shallowRef<Rules>(DEFAULT_RULES)
  const presets = shallowRef<Rules[]>([])
  /** One settings object per rules in force: the engine's memos are kept per settings object. */
  const settings = computed(() => settingsOf(current.value.values))
  /** Keys what was computed under these rules (the stored ranking). */
  const fingerprint = computed(() => rulesFingerprint(current.value.values))
  /** `评分规则：…`, as every print and export names the rules. */
  const line = computed(() => rulesLine(current.value))

  /** Reads the rules in force and the presets; again whenever the data-changed signal says they may have changed. */
  async function load(): Promise<void> {
    const [stored, named] = await Promise.all([repositories.rules.current(), repositories.rules.presets()])
    current.value = stored
    presets.value = named
  }

  /** Puts rules in force as a line of the trail; false when they were in force already. */
  async function apply(next: Rules, by?: string): Promise<boolean> {
    const batchId = await repositories.rules.change(next, by ? { by } : {})
    current.value = next
    return batchId !== null
  }

  async function savePreset(preset: Rules): Promise<void> {
    presets.value = await repositories.rules.savePreset(preset)
  }

  async function deletePreset(name: string): Promise<void> {
    presets.value = await repositories.rules.deletePreset(name)
  }

  /** The rules in force as a file: what `npm run publish -- --rules` puts in a published folder's manifest. */
  function downloadRules(): void {
    const { name, values } = current.value
    downloadText(`评分规则-${name}.json`, `${JSON.stringify({ name, values }, null, 2)}\n`, 'application/json')
  }

  return { current, presets, settings, fingerprint, line, load, apply, savePreset, deletePreset, downloadRules }
})
