import type { JixiaoDatabase } from './database'

/** The setting the 重点监控 weights are kept under (travels in a backup beside the rules). */
export const FOCUS_WEIGHTS_KEY = 'focusWeights'

/** Typed access to remembered preferences and view state. */
export class SettingsRepository {
  constructor(private readonly db: JixiaoDatabase) {}

  async get<T>(key: string): Promise<T | undefined> {
    return (await this.db.settings.get(key))?.value as T | undefined
  }

  async set(key: string, value: unknown): Promise<void> {
    await this.db.settings.put({ key, value })
  }
}
