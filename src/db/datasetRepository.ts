import type { Dataset } from '@/domain/model'
import type { JixiaoDatabase } from './database'
import { CatalogRepository } from './catalogRepository'
import { catalogLineOf, documentsOf, type RowCounts, type UnitYearRecord } from './documents'
import type { BackupData, BatchRecord } from './schema'

/** Settings key that records when the first start seeded (or found) data. */
const FIRST_START_KEY = 'firstStartAt'

/** Rows stored per table and the batches in the history, for the data page. */
export type TableCounts = RowCounts & { batches: number }

const linesOf = (documents: readonly Parameters<typeof catalogLineOf>[0][]) => documents.map(catalogLineOf).filter((line): line is UnitYearRecord => line !== null)

/** Reads and writes whole data sets; every multi-table write is one transaction. */
export class DatasetRepository {
  constructor(private readonly db: JixiaoDatabase) {}

  /** True when no unit's data is stored (settings don't count). */
  async isEmpty(): Promise<boolean> {
    return (await this.db.documents.limit(1).primaryKeys()).length === 0
  }

  /** Rows per table, from the catalog lines, and the batches in the history. */
  async counts(): Promise<TableCounts> {
    const { unitYears, batches } = this.db
    return this.db.transaction('r', [unitYears, batches], async () => ({
      ...(await new CatalogRepository(this.db).counts()),
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

  /** Every document and the whole history, read in one transaction, for a backup. */
  async exportAll(): Promise<BackupData> {
    const { documents, batches, before } = this.db
    return this.db.transaction('r', this.db.writeScope, async () => ({
      documents: await documents.toArray(),
      batches: await batches.toArray(),
      before: await before.toArray(),
    }))
  }

  /** Replaces everything with a validated backup: all of it, or nothing. */
  async restoreAll(data: BackupData): Promise<void> {
    const { documents, batches, before, unitYears } = this.db
    await this.db.transaction('rw', this.db.writeScope, async () => {
      await this.clearData()
      await documents.bulkAdd(data.documents)
      await batches.bulkAdd(data.batches)
      await before.bulkAdd(data.before)
      await unitYears.bulkPut(linesOf(data.documents))
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
    const documents = documentsOf(dataset)
    await this.db.batches.add(batch)
    await this.db.documents.bulkAdd(documents)
    await this.db.unitYears.bulkPut(linesOf(documents))
    await this.db.standings.clear()
  }
}
