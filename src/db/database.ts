import Dexie, { type EntityTable, type Table } from 'dexie'
import type { UnitYearKey } from '@/domain/model'
import { SCHEMA_VERSIONS } from './schema'
import type { BatchRecord, SettingRecord, StandingsRecord } from '@/domain/storedRecords'
import type { CodeRecord } from './documents'
import type { CatalogRecord } from './catalogLines'
import type { StoredBatchBefore, StoredDocument } from './storedForm'
import { DataChanges } from './dataChanges'

/** The app's one IndexedDB database. */
export class JixiaoDatabase extends Dexie {
  /** One record per unit-year: its targets, budget lines, values and spending (as columns). */
  documents!: Table<StoredDocument, UnitYearKey>
  /** Which unit-year holds each indicator, by its code. */
  codes!: Table<CodeRecord, UnitYearKey>
  batches!: EntityTable<BatchRecord, 'id'>
  /** Per batch, what it changed as it was before (undo, and the trail). */
  before!: Table<StoredBatchBefore, number>
  settings!: EntityTable<SettingRecord, 'key'>
  /** The catalog: per year, a line per unit-year with its periods and row counts. */
  catalog!: Table<CatalogRecord, number>
  standings!: Table<StandingsRecord, number>

  /** The data-changed signal: every committed write of the data, from this context, the import worker or another tab. */
  readonly changes = new DataChanges(this.name)

  private readonly upgradeListeners = new Set<() => void>()

  constructor(name = 'jixiao-board') {
    super(name)
    for (const { version, stores, upgrade } of SCHEMA_VERSIONS) {
      const declared = this.version(version).stores(stores)
      if (upgrade) declared.upgrade(upgrade)
    }
    // Another tab opened a newer schema: close, so this tab never writes with the old one.
    this.on('versionchange', () => {
      this.close()
      for (const listener of this.upgradeListeners) listener()
      return false
    })
  }

  /**
   * Whether opening will first upgrade data stored by an older version of the app: an
   * upgrade that moves rows takes long at city scale (docs/benchmarks.md), and the page should say so.
   * False for a new database, and where the browser cannot list its databases.
   */
  upgradePending(): Promise<boolean> {
    if (this.isOpen()) return Promise.resolve(false)
    // Start-up asks twice (to mount early, and to say so): the databases are listed once.
    return (this.storedVersionIsOlder ??= this.readStoredVersionIsOlder())
  }

  private storedVersionIsOlder?: Promise<boolean>

  private async readStoredVersionIsOlder(): Promise<boolean> {
    if (typeof indexedDB.databases !== 'function') return false
    const stored = (await indexedDB.databases()).find((found) => found.name === this.name)
    // Dexie keeps version n as n × 10 in IndexedDB.
    return stored?.version !== undefined && stored.version > 0 && stored.version < this.verno * 10
  }

  /** Calls `listener` when another tab upgrades the schema; this connection is closed by then. */
  onUpgradeElsewhere(listener: () => void): () => void {
    this.upgradeListeners.add(listener)
    return () => this.upgradeListeners.delete(listener)
  }

  /** Every table a change to the data writes: the documents, what is derived from them, and the history. */
  get writeScope() {
    return [this.documents, this.codes, this.catalog, this.standings, this.batches, this.before] as const
  }
}

/** The database the app uses; tests construct their own under fake-indexeddb. */
export const db = new JixiaoDatabase()
