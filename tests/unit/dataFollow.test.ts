import { createPinia } from 'pinia'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { createApp, defineComponent } from 'vue'
import { JixiaoDatabase } from '@/db/database'
import { DatasetRepository } from '@/db/datasetRepository'
import { RulesRepository } from '@/db/rulesRepository'
import { DEFAULT_RULES } from '@/domain/engine/rules'
import { loadSampleDataset } from '@/io/sampleData'
import { useCatalogStore } from '@/stores/catalog'
import { useRulesStore } from '@/stores/rules'
import type { BatchRecord } from '@/domain/storedRecords'

const UNIT = '九江市柴桑区商务局'
const app = createApp(defineComponent({ render: () => null })).use(createPinia())
const catalog = app.runWithContext(useCatalogStore)
const rules = app.runWithContext(useRulesStore)
/** Another connection to the app's database, as the import worker or another tab holds. */
const elsewhere = new JixiaoDatabase()
const batch: Omit<BatchRecord, 'id'> = {
  kind: 'sample',
  fileName: 's',
  importedAt: 1,
  counts: { added: 0, updated: 0, unchanged: 0, skipped: 0 },
  sample: true,
}
const settle = () => new Promise((resolve) => setTimeout(resolve, 100))

beforeAll(async () => {
  await catalog.initialise()
  await rules.load()
})

describe('the catalog store follows the data-changed signal', () => {
  it('catches up with a write made elsewhere before its signal arrives, and rereads once for it', async () => {
    expect(catalog.units.map((u) => u.unit)).toEqual([UNIT])
    const revision = catalog.revision
    await new DatasetRepository(elsewhere).clearAll()
    // As the importer does when the worker answers: the signal may come later.
    await catalog.caughtUp()
    expect(catalog.units).toEqual([])
    expect(catalog.revision).toBe(revision + 1)
    await settle()
    expect(catalog.revision).toBe(revision + 1)
  })

  it('rereads the catalog when another connection writes, with no one asking', async () => {
    const revision = catalog.revision
    await new DatasetRepository(elsewhere).replaceAll(await loadSampleDataset(), batch)
    await vi.waitFor(() => expect(catalog.units.map((u) => u.unit)).toEqual([UNIT]))
    expect(catalog.revision).toBe(revision + 1)
  })

  it('rereads once for a change made here: the writer awaits the reread the signal started', async () => {
    const revision = catalog.revision
    await catalog.clearAll()
    expect(catalog.units).toEqual([])
    await settle()
    expect(catalog.revision).toBe(revision + 1)
  })

  it('reloads the rules in force when another connection changes them, without rereading the catalog', async () => {
    const revision = catalog.revision
    await new RulesRepository(elsewhere).change({ ...DEFAULT_RULES, name: '省厅规则' })
    await vi.waitFor(() => expect(rules.current.name).toBe('省厅规则'))
    expect(catalog.revision).toBe(revision)
  })
})
