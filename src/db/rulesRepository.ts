import { DEFAULT_RULES, DEFAULT_RULES_NAME, readRules, sameValues, type Rules } from '@/domain/engine/rules'
import { batchRecord, importCounts } from '@/domain/batchRecord'
import type { JixiaoDatabase } from './database'
import { encodeBefore } from './storedForm'
import { failure } from './errors'
import { writeData } from './dataWrite'

/** Where the rules in force and the user's presets are kept, in the settings table. */
export const RULES_KEY = 'rules'
export const PRESETS_KEY = 'rulePresets'

/** The version the stored ranking is kept under: the engine's build and the rules it was ranked by. */
export function standingsVersion(fingerprint: string): string {
  return `${__ENGINE_VERSION__}|${fingerprint}`
}

/** The scoring rules: those in force (a line of the trail each time they change) and the named presets. */
export class RulesRepository {
  constructor(private readonly db: JixiaoDatabase) {}

  /** The rules in force: the stored ones, else the defaults. */
  async current(): Promise<Rules> {
    return readRules((await this.db.settings.get(RULES_KEY))?.value) ?? DEFAULT_RULES
  }

  /** The user's presets, in the order they were first saved. */
  async presets(): Promise<Rules[]> {
    const stored = (await this.db.settings.get(PRESETS_KEY))?.value
    return Array.isArray(stored) ? stored.flatMap((p) => readRules(p) ?? []) : []
  }

  /** Saves a preset under its name, replacing one of the same name; the defaults' name is taken. */
  async savePreset(preset: Rules): Promise<Rules[]> {
    if (preset.name === DEFAULT_RULES_NAME)
      throw failure('presetReserved', `${DEFAULT_RULES_NAME} is the defaults' name`)
    return writeData(this.db, { tables: [this.db.settings], changes: { rules: true } }, async () => {
      const presets = await this.presets()
      const at = presets.findIndex((p) => p.name === preset.name)
      const next = at < 0 ? [...presets, preset] : presets.map((p, i) => (i === at ? preset : p))
      await this.db.settings.put({ key: PRESETS_KEY, value: next })
      return next
    })
  }

  async deletePreset(name: string): Promise<Rules[]> {
    return writeData(this.db, { tables: [this.db.settings], changes: { rules: true } }, async () => {
      const next = (await this.presets()).filter((p) => p.name !== name)
      await this.db.settings.put({ key: PRESETS_KEY, value: next })
      return next
    })
  }

  /**
   * Puts `next` in force as one line of the trail, in one transaction: the batch (who, when,
   * from which rules to which), the rules it replaced (so undo restores them), the rules.
   * Returns the batch id, or null when `next` is what is in force already.
   */
  async change(next: Rules, options: { at?: number; by?: string } = {}): Promise<number | null> {
    const { db } = this
    const { at = Date.now(), by } = options
    return writeData(
      db,
      { tables: [db.settings, db.batches, db.before], changes: { rules: true }, wrote: (batchId) => batchId !== null },
      async () => {
        const stored = readRules((await db.settings.get(RULES_KEY))?.value)
        const was = stored ?? DEFAULT_RULES
        if (was.name === next.name && sameValues(was.values, next.values)) return null
        const batchId = (await db.batches.add(
          batchRecord({
            kind: 'rules',
            fileName: `${was.name} → ${next.name}`,
            importedAt: at,
            counts: importCounts({ updated: 1 }),
            by,
          }),
        )) as number
        await db.before.add(encodeBefore({ batchId, documents: [], rules: stored }))
        await db.settings.put({ key: RULES_KEY, value: next })
        return batchId
      },
    )
  }
}
