import Dexie, { type EntityTable, type Table } from 'dexie'
import type { ActualRecord, BudgetRecord, Quarter, SpendingRecord, TargetRecord } from '@/domain/records'
import { SCHEMA_VERSIONS, type BatchRecord, type ChangeRecord, type SettingRecord, type StandingsRecord } from './schema'
import type { UnitYearRecord, UnitYearSources } from './unitYears'

/** The app's one IndexedDB database. */
export class JixiaoDatabase extends Dexie {
  targets!: Table<TargetRecord, [number, string, string, string]>
  budgets!: EntityTable<BudgetRecord, 'id'>
  actuals!: Table<ActualRecord, [number, string, string, Quarter]>
  spending!: Table<SpendingRecord, [string, Quarter]>
  batches!: EntityTable<BatchRecord, 'id'>
  changes!: EntityTable<ChangeRecord, 'id'>
  settings!: EntityTable<SettingRecord, 'key'>
  unitYears!: Table<UnitYearRecord, [string, number]>
  standings!: Table<StandingsRecord, number>

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
   * upgrade that moves rows can take a minute at city scale, and the page should say so.
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

  /** The tables that hold a unit's data (everything but history and settings). */
  get dataTables() {
    return [this.targets, this.budgets, this.actuals, this.spending] as const
  }

  /** Every table a change to the data writes: the data, what is derived from it, and the history. */
  get writeScope() {
    return [...this.dataTables, this.unitYears, this.standings, ...this.historyTables] as const
  }

  /** The tables the catalog lines are computed from and kept in. */
  get unitYearSources(): UnitYearSources {
    return this as unknown as UnitYearSources
  }

  /** The import history: batches and the changes each made. */
  get historyTables() {
    return [this.batches, this.changes] as const
  }
}

/** The database the app uses; tests construct their own under fake-indexeddb. */
export const db = new JixiaoDatabase()
