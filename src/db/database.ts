import Dexie, { type EntityTable, type Table } from 'dexie'
import type { ActualRecord, BudgetRecord, Quarter, SpendingRecord, TargetRecord } from '@/domain/records'
import { SCHEMA_VERSIONS, type BatchRecord, type ChangeRecord, type SettingRecord } from './schema'

/** The app's one IndexedDB database. */
export class JixiaoDatabase extends Dexie {
  targets!: EntityTable<TargetRecord, 'code'>
  budgets!: EntityTable<BudgetRecord, 'id'>
  actuals!: Table<ActualRecord, [string, Quarter]>
  spending!: Table<SpendingRecord, [string, Quarter]>
  batches!: EntityTable<BatchRecord, 'id'>
  changes!: EntityTable<ChangeRecord, 'id'>
  settings!: EntityTable<SettingRecord, 'key'>

  constructor(name = 'jixiao-board') {
    super(name)
    for (const { version, stores } of SCHEMA_VERSIONS) this.version(version).stores(stores)
  }

  /** The tables that hold a unit's data (everything but history and settings). */
  get dataTables() {
    return [this.targets, this.budgets, this.actuals, this.spending] as const
  }

  /** The import history: batches and the changes each made. */
  get historyTables() {
    return [this.batches, this.changes] as const
  }
}

/** The database the app uses; tests construct their own under fake-indexeddb. */
export const db = new JixiaoDatabase()
