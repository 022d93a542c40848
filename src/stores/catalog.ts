import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import { onDataChanged, onUpgradeElsewhere, repositories, upgradePending, type DataChange } from '@/db'
import type { CatalogUnit, ReadAhead, UnitYear } from '@/db/catalogRepository'
import type { TableCounts } from '@/db/datasetRepository'
import type { Dataset } from '@/domain/model'
import type { BatchRecord } from '@/domain/storedRecords'
import { batchRecord, importCounts } from '@/domain/batchRecord'
import { nextTask } from '@/io/nextTask'
import { useRulesStore } from './rules'

type Status = 'loading' | 'ready' | 'error'

/**
 * The sample read into one data set, with the batch record of its load (every row is new).
 * Loaded when needed: the CSV reader it takes is no part of an ordinary start.
 */
async function loadSample(): Promise<{ dataset: Dataset; batch: Omit<BatchRecord, 'id'> }> {
  const { loadSampleDataset, SAMPLE_BATCH_NAME } = await import('@/io/sampleData')
  const dataset = await loadSampleDataset()
  const added = dataset.targets.length + dataset.budgets.length + dataset.actuals.length + dataset.spending.length
  const batch = batchRecord({
    kind: 'sample',
    fileName: SAMPLE_BATCH_NAME,
    importedAt: Date.now(),
    counts: importCounts({ added }),
  })
  return { dataset, batch }
}

/**
 * What units and years exist; loads the sample into an empty database on first start. The
 * one place that follows the data-changed signal: every committed change, written here, in
 * the import worker or in another tab, rereads the catalog (and the rules, when they may
 * have changed), and `revision` tells every screen to reload.
 */
export const useCatalogStore = defineStore('catalog', () => {
  const rules = useRulesStore()
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
  /** This first start loads the sample into the empty database. */
  const seeding = ref(false)
  onUpgradeElsewhere(() => (upgradedElsewhere.value = true))

  /** The data version the catalog shown was read at (-1: not read yet). */
  let shownVersion = -1
  /** The unit-year read with the first catalog, until the screens take it (at that catalog's revision only). */
  let readAhead: (ReadAhead & { revision: number }) | null = null
  /** The rereads asked for so far, one after another: a later one never overtakes an earlier one. */
  let rereads: Promise<void> = Promise.resolve()

  /** Runs `step` once the rereads before it are done; its failure is its caller's alone. */
  function queue(step: () => Promise<void>): Promise<void> {
    const run = rereads.catch(() => undefined).then(step)
    // Nobody may be waiting for a reread the signal asked for.
    run.catch(() => undefined)
    rereads = run
    return run
  }

  /**
   * Rereads the catalog; every screen showing stored data reloads after it. After a change
   * (`handOverLater`) the screens take the new catalog in a task after the one that read and
   * sorted it: a province's thousands of units would block the page for both at once.
   */
  async function reread(handOverLater: boolean, ahead?: UnitYear): Promise<void> {
    const read = await repositories.catalog.loadCatalogAt(ahead)
    if (handOverLater) await nextTask()
    units.value = read.units
    shownVersion = read.version
    revision.value += 1
    readAhead = read.ahead ? { ...read.ahead, revision: revision.value } : null
    status.value = 'ready'
  }

  /**
   * The unit-year read with the catalog, if it is `unit`'s `year` and nothing changed
   * since: taken once, so the first screen needs no read of its own.
   */
  function takeReadAhead(unit: string, year: number): ReadAhead | null {
    const taken = readAhead
    readAhead = null
    return taken && taken.unit === unit && taken.year === year && taken.revision === revision.value ? taken : null
  }

  /** A committed change, from anywhere: the catalog is read again unless a later read already shows it. */
  function follow(change: DataChange): Promise<void> {
    return queue(async () => {
      const behind = change.documents && change.version > shownVersion && status.value !== 'loading'
      await Promise.all([change.rules ? rules.load() : undefined, behind ? reread(true) : undefined])
    })
  }
  onDataChanged((change) => void follow(change))

  /**
   * Resolves once every screen can see every change committed before the call, wherever it
   * was written (the import worker's reply can come before its signal does).
   */
  async function caughtUp(): Promise<void> {
    await rereads.catch(() => undefined)
    const version = await repositories.catalog.dataVersion()
    if (version > shownVersion) await queue(async () => (version > shownVersion ? reread(true) : undefined))
  }

  /**
   * Counts the rows of each table, for the data page only: counting walks every row,
   * which start-up must not wait behind (docs/benchmarks.md).
   */
  async function countRows(): Promise<void> {
    const atRevision = revision.value
    const tableCounts = await repositories.dataset.counts()
    // A change finished meanwhile counts again; this answer is already stale.
    if (atRevision === revision.value) counts.value = tableCounts
  }

  /**
   * First start: an empty, never-used database gets the seed department; then the catalog
   * is read, with the unit-year `aheadOf` names (the one the first screen will show), if any.
   */
  async function initialise(aheadOf: () => UnitYear | undefined = () => undefined): Promise<void> {
    status.value = 'loading'
    try {
      upgrading.value = await upgradePending()
      if (await repositories.dataset.isEmpty()) {
        seeding.value = true
        const { dataset, batch } = await loadSample()
        await repositories.dataset.seedOnFirstStart(dataset, batch)
      }
      await queue(() => reread(false, aheadOf()))
    } catch (cause) {
      error.value = cause
      status.value = 'error'
    } finally {
      upgrading.value = false
      seeding.value = false
    }
  }

  /** Replaces everything stored with the sample, in one transaction. */
  async function reloadSample(): Promise<void> {
    const { dataset, batch } = await loadSample()
    await repositories.dataset.replaceAll(dataset, batch)
    await caughtUp()
  }

  /** Removes every unit's data and the import history. */
  async function clearAll(): Promise<void> {
    await repositories.dataset.clearAll()
    await caughtUp()
  }

  return {
    units,
    counts,
    status,
    error,
    revision,
    upgradedElsewhere,
    upgrading,
    seeding,
    initialise,
    takeReadAhead,
    caughtUp,
    countRows,
    reloadSample,
    clearAll,
  }
})
