/**
 * The data as schema v6 and version 1 backups hold it: a table per kind, values by
 * quarter, rows stamped with their batch, undo records per table. Only the upgrade to
 * documents and the restore of a version 1 backup read it (the conversion is db/legacy.ts).
 */
import type { ActualRecord, BudgetRecord, SpendingRecord, TargetRecord } from './records'
import type { Quarter } from './quarter'
import type { DataTableName } from './model'
import type { BackupData, BatchRecord } from './storedRecords'

type Stamped = { batchId?: number }
export type LegacyTarget = TargetRecord & Stamped
export type LegacyBudget = BudgetRecord & Stamped
export type LegacyActual = Omit<ActualRecord, 'month' | 'byMonth'> & Stamped & { quarter: Quarter }
export type LegacySpending = Omit<SpendingRecord, 'month' | 'byMonth'> & Stamped & { quarter: Quarter }

/** The four tables of schema v6 (and of a version 1 backup). */
export interface LegacyDataset {
  targets: LegacyTarget[]
  budgets: LegacyBudget[]
  actuals: LegacyActual[]
  spending: LegacySpending[]
}

/** A row of any of the four legacy tables. */
export type LegacyRow = LegacyDataset[DataTableName][number]

/**
 * A primary key of a data table: a budget line's id, or an array (see `legacyRowKeyOf`). Undo
 * records written before schema v6 also hold a target's code or an actual's [code, quarter].
 */
export type RowKey = string | (string | number)[]

/**
 * Until schema v7 (and in version 1 backups): what a batch did to one table, so it could
 * be undone. One record per batch and table: the keys it added and the rows it replaced,
 * as they were; databases from before the bulk form also hold one record per row, with
 * `before` and `after`. The v7 upgrade turns them into the documents before each batch.
 */
export interface ChangeRecord {
  id?: number
  batchId: number
  table: DataTableName
  /** Keys of the rows the batch added (undo deletes them). */
  added?: RowKey[]
  /** The rows the batch overwrote, as they were (undo puts them back). */
  replaced?: object[]
  /** Per-row form: the row as it was, null when the batch added it. */
  before?: object | null
  /** Per-row form: the row as the batch wrote it. */
  after?: object
}

/**
 * A version 1 backup's contents, as checked: its four tables, its history and its undo
 * records. Restoring it turns them into documents first, as the v7 upgrade does.
 */
export interface Version1Backup extends LegacyDataset {
  batches: BatchRecord[]
  changes: ChangeRecord[]
}

/** What a backup file holds, as read: today's form, or a version 1 file's tables. */
export type BackupContents = BackupData | Version1Backup

/** Whether a backup's contents are a version 1 file's tables (only they hold undo records by table). */
export function isVersion1(contents: BackupContents): contents is Version1Backup {
  return 'changes' in contents
}
