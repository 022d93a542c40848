import type { Dataset, UnitYearDocument } from '@/domain/model'
import type { JixiaoDatabase } from './database'
import { CatalogRepository } from './catalogRepository'
import { codesOf, documentsOf } from './documents'
import { catalogWith, type RowCounts } from './catalogLines'
import { decodeBefore, decodeDocument, encodeBefore, encodeDocument } from './storedForm'
import type { BackupData, BatchRecord } from '@/domain/storedRecords'
import type { BackupContents } from '@/domain/legacyRecords'
import { backupOf } from './legacy'
import { batchRecord, importCounts } from '@/domain/batchRecord'
import { PRESETS_KEY, RULES_KEY, RulesRepository } from './rulesRepository'
import { writeData } from './dataWrite'
import { FOCUS_WEIGHTS_KEY } from './settingsRepository'
import { readFocusWeights } from '@/domain/focusList'

/** Settings key that records when the first start seeded (or found) data. */
const FIRST_START_KEY = 'firstStartAt'

/** Rows stored per table and the batches in the history, for the data page. */
export type TableCounts = RowCounts & { batches: number }

const catalogOf = (documents: readonly UnitYearDocument[]) =>
  catalogWith(
    [],
    documents.map((document) => ({ key: [document.year, document.unit], document })),
  )

/** Reads and writes whole data sets; every multi-table write is one transaction. */
export class DatasetRepository {
  constructor(private readonly db: JixiaoDatabase) {}

  /** True when no unit's data is stored (settings don't count). */
  async isEmpty(): Promise<boolean> {
    return (await this.db.documents.limit(1).primaryKeys()).length === 0
  }

  /** Rows per table, from the catalog lines, and the batches in the history. */
  async counts(): Promise<TableCounts> {
    const { catalog, batches } = this.db
    return this.db.transaction('r', [catalog, batches], async () => ({
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
    return writeData(
      this.db,
      { tables: [...this.db.writeScope, settings], changes: { documents: true }, wrote: (seeded) => seeded },
      async () => {
        if (await settings.get(FIRST_START_KEY)) return false
        await settings.put({ key: FIRST_START_KEY, value: batch.importedAt })
        if (!(await this.isEmpty())) return false
        await this.write(dataset, batch)
        return true
      },
    )
  }

  /** Clears every unit's data and import history, then writes `dataset`: all or nothing. */
  async replaceAll(dataset: Dataset, batch: Omit<BatchRecord, 'id'>): Promise<void> {
    await writeData(this.db, { tables: this.db.writeScope, changes: { documents: true } }, async () => {
      await this.clearData()
      await this.write(dataset, batch)
    })
  }

  /** Every document and the whole history, read in one transaction, for a backup. */
  async exportAll(): Promise<BackupData> {
    const { documents, batches, before, settings } = this.db
    const rules = new RulesRepository(this.db)
    return this.db.transaction('r', [...this.db.writeScope, settings], async () => {
      const weights = readFocusWeights((await settings.get(FOCUS_WEIGHTS_KEY))?.value)
      return {
        documents: (await documents.toArray()).map(decodeDocument),
        batches: await batches.toArray(),
        before: (await before.toArray()).map(decodeBefore),
        rules: await rules.current(),
        rulePresets: await rules.presets(),
        ...(weights && { focusWeights: weights }),
      }
    })
  }

  /**
   * Replaces everything with a validated backup: all of it, or nothing. With `trail`, the
   * restore is listed in the history after the backup's own batches (who, when, which file,
   * how many rows); it cannot be undone, since what it replaced is gone. A version 1
   * file's tables are made documents first.
   */
  async restoreAll(contents: BackupContents, trail?: { fileName: string; at: number; by?: string }): Promise<void> {
    const data = backupOf(contents)
    const { documents, codes, batches, before, catalog, settings } = this.db
    await writeData(
      this.db,
      { tables: [...this.db.writeScope, settings], changes: { documents: true, rules: true } },
      async () => {
        await this.clearData()
        // The backup's rules are those its scores were made under: a backup without any is of the defaults.
        if (data.rules) await settings.put({ key: RULES_KEY, value: data.rules })
        else await settings.delete(RULES_KEY)
        if (data.rulePresets) await settings.put({ key: PRESETS_KEY, value: data.rulePresets })
        // The weights the backup's list was ranked by; none in it: the defaults.
        if (data.focusWeights) await settings.put({ key: FOCUS_WEIGHTS_KEY, value: data.focusWeights })
        else await settings.delete(FOCUS_WEIGHTS_KEY)
        await documents.bulkAdd(data.documents.map(encodeDocument))
        await codes.bulkAdd(data.documents.map(codesOf))
        await batches.bulkAdd(data.batches)
        if (trail) {
          const rows = data.documents.reduce(
            (n, d) => n + d.targets.length + d.budgets.length + d.actuals.length + d.spending.length,
            0,
          )
          await batches.add(
            batchRecord({
              kind: 'restore',
              fileName: trail.fileName,
              importedAt: trail.at,
              counts: importCounts({ added: rows }),
              by: trail.by,
            }),
          )
        }
        await before.bulkAdd(data.before.map(encodeBefore))
        await catalog.bulkPut(catalogOf(data.documents))
      },
    )
  }

  /** Removes every unit's data and the import history; settings stay. */
  async clearAll(): Promise<void> {
    await writeData(this.db, { tables: this.db.writeScope, changes: { documents: true } }, () => this.clearData())
  }

  private async clearData(): Promise<void> {
    await Promise.all(this.db.writeScope.map((table) => table.clear()))
  }

  private async write(dataset: Dataset, batch: Omit<BatchRecord, 'id'>): Promise<void> {
    const documents = documentsOf(dataset)
    await this.db.batches.add(batch)
    await this.db.documents.bulkAdd(documents.map(encodeDocument))
    await this.db.codes.bulkAdd(documents.map(codesOf))
    await this.db.catalog.bulkPut(catalogOf(documents))
  }
}
