import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import { onUpgradeElsewhere, repositories, upgradePending } from '@/db'
import type { CatalogUnit } from '@/db/catalogRepository'
import type { TableCounts } from '@/db/datasetRepository'
import type { Dataset } from '@/domain/model'
import type { BatchRecord } from '@/domain/storedRecords'
import { batchRecord, importCounts } from '@/domain/batchRecord'
import { nextTask } from '@/io/nextTask'
import { loadSampleDataset, SAMPLE_BATCH_NAME } from '@/io/sampleData'

type Status = 'loading' | 'ready' | 'error'

/** The batch record of a sample load: every row is new. */
function sampleBatch(dataset: Dataset): Omit<BatchRecord, 'id'> {
  const added = dataset.targets.length + dataset.budgets.length + dataset.actuals.length + dataset.spending.length
  return batchRecord({ kind: 'sample', fileName: SAMPLE_BATCH_NAME, importedAt: Date.now(), counts: importCounts({ added }) })
}

/** What units and years exist; loads the sample into an empty database on first start. */
export const useCatalogStore = defineStore('catalog', () => {
  const units = shallowRef<CatalogUnit[]>([])
  const counts = shallowRef<TableCounts | null>(null)
  const status = ref<Status>('loading')
  const error = ref<unknown>(null)
  /** Bumped after every change to stored data, so views reload what they show. */
  const revision = ref(0)
  /** Another tab upgraded the database: this one must reload before it can read or write. */
  const upgradedElsewhere = ref(false)
  /** This start first upgrades what an older version of the app stored (once; can take a minute). */
  const upgrading = ref(false)
  onUpgradeElsewhere(() => (upgradedElsewhere.value = true))

  /**
   * Rereads the catalog; every screen showing stored data reloads after it. After a large
   * change (`handOverLater`) the screens take the new catalog in a task after the one that
   * read and sorted it: a province's thousands of units would block the page for both at once.
   */
  async function refresh(handOverLater = false): Promise<void> {
    const next = await repositories.catalog.loadCatalog()
    if (handOverLater) await nextTask()
    units.value = next
    revision.value += 1
    status.value = 'ready'
  }

  /**
   * Counts the rows of each table, for the data page only: counting walks every row, a
   * third of a second at city scale, which start-up must not wait behind.
   */
  async function countRows(): Promise<void> {
    const atRevision = revision.value
    const tableCounts = await repositories.dataset.counts()
    // A change finished meanwhile counts again; this answer is already stale.
    if (atRevision === revision.value) counts.value = tableCounts
  }

  /** First start: an empty, never-used database gets the seed department; then the catalog is read. */
  async function initialise(): Promise<void> {
    status.value = 'loading'
    try {
      upgrading.value = await upgradePending()
      if (await repositories.dataset.isEmpty()) {
        const dataset = await loadSampleDataset()
        await repositories.dataset.seedOnFirstStart(dataset, sampleBatch(dataset))
      }
      await refresh()
    } catch (cause) {
      error.value = cause
      status.value = 'error'
    } finally {
      upgrading.value = false
    }
  }

  /** Replaces everything stored with the sample, in one transaction. */
  async function reloadSample(): Promise<void> {
    const dataset = await loadSampleDataset()
    await repositories.dataset.replaceAll(dataset, sampleBatch(dataset))
    await refresh()
  }

  /** Removes every unit's data and the import history. */
  async function clearAll(): Promise<void> {
    await repositories.dataset.clearAll()
    await refresh()
  }

  return { units, counts, status, error, revision, upgradedElsewhere, upgrading, initialise, refresh, countRows, reloadSample, clearAll }
})
