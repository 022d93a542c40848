import type { Dataset } from '@/domain/model'
import type { JixiaoDatabase } from './database'
import { rekeyChanges } from './rowKeys'
import { unitYearsOf } from './unitYears'
import type { BackupData, BatchRecord } from './schema'

/** Settings key that records when the first start seeded (or found) data. */
const FIRST_START_KEY = 'firstStartAt'

/** Rows stored per table, for the data page. */
export type TableCounts = Record<keyof Dataset | 'batches', number>

/** Reads and writes whole data sets; every multi-table write is one transaction. */
export class DatasetRepository {
  constructor(private readonly db: JixiaoDatabase) {}

  /** True when no unit's data is stored (settings don't count). */
  async isEmpty(): Promise<boolean> {
    // One key per table, not a count: counting walks every row (docs/benchmarks.md, round four).
    const firstKeys = await Promise.all(this.db.dataTables.map((table) => table.limit(1).primaryKeys()))
    return firstKeys.every((keys) => keys.length === 0)
  }

  /** Rows per table. Walks every row of each: for the data page, not for start-up. */
  async counts(): Promise<TableCounts> {
    const { targets, budgets, actuals, spending, batches } = this.db
    return this.db.transaction('r', [targets, budgets, actuals, spending, batches], async () => ({
      targets: await targets.count(),
      budgets: await budgets.count(),
      actuals: await actuals.count(),
      spending: await spending.count(),
      batches: await batches.count(),
    }))
  }

  /**
   * First start: writes `dataset` as the sample batch when nothing is stored and no
   * earlier start did so. A database the user cleared stays empty on reload. The
   * check sits inside the write transaction, so two tabs starting at once seed once.
   * Returns whether it wrote.
   */
  async seedOnFirstStart(dataset: Dataset, batch: Omit<BatchRecord, 'id'>): Promise<boolean> {
    const { settings } = this.db
    return this.db.transaction('rw', [...this.db.writeScope, settings], async () => {
      if (await settings.get(FIRST_START_KEY)) return false
      await settings.put({ key: FIRST_START_KEY, value: batch.importedAt })
      if (!(await this.isEmpty())) return false
      await this.write(dataset, batch)
      return true
    })
  }

  /** Clears every unit's data and import history, then writes `dataset`: all or nothing. */
  async replaceAll(dataset: Dataset, batch: Omit<BatchRecord, 'id'>): Promise<void> {
    await this.db.transaction('rw', this.db.writeScope, async () => {
      await this.clearData()
      await this.write(dataset, batch)
    })
  }

  /** Every row of data and history, read in one transaction, for a backup. */
  async exportAll(): Promise<BackupData> {
    const { targets, budgets, actuals, spending, batches, changes } = this.db
    return this.db.transaction('r', this.db.writeScope, async () => ({
      targets: await targets.toArray(),
      budgets: await budgets.toArray(),
      actuals: await actuals.toArray(),
      spending: await spending.toArray(),
      batches: await batches.toArray(),
      changes: await changes.toArray(),
    }))
  }

  /** Replaces everything with a validated backup: all of it, or nothing. */
  async restoreAll(data: BackupData): Promise<void> {
    const { targets, budgets, actuals, spending, batches, changes } = this.db
    await this.db.transaction('rw', this.db.writeScope, async () => {
      await this.clearData()
      await targets.bulkAdd(data.targets)
      await budgets.bulkAdd(data.budgets)
      await actuals.bulkAdd(data.actuals)
      await spending.bulkAdd(data.spending)
      await batches.bulkAdd(data.batches)
      // A backup from before schema v6 names undone rows by their old keys.
      await changes.bulkAdd(rekeyChanges(data.changes, data))
      await this.db.unitYears.bulkPut(unitYearsOf(data))
    })
  }

  /** Removes every unit's data and the import history; settings stay. */
  async clearAll(): Promise<void> {
    await this.db.transaction('rw', this.db.writeScope, () => this.clearData())
  }

  private async clearData(): Promise<void> {
    await Promise.all(this.db.writeScope.map((table) => table.clear()))
  }

  private async write(dataset: Dataset, batch: Omit<BatchRecord, 'id'>): Promise<void> {
    const batchId = await this.db.batches.add(batch)
    const stamp = <T extends object>(rows: T[]) => rows.map((row) => ({ ...row, batchId }))
    await this.db.targets.bulkAdd(stamp(dataset.targets))
    await this.db.budgets.bulkAdd(stamp(dataset.budgets))
    await this.db.actuals.bulkAdd(stamp(dataset.actuals))
    await this.db.spending.bulkAdd(stamp(dataset.spending))
    await this.db.unitYears.bulkPut(unitYearsOf(dataset))
    await this.db.standings.clear()
  }
}
