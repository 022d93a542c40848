/**
 * The data as schema v6 and version 1 backups hold it — a table per kind, values by
 * quarter, undo records per table — and its conversion into unit-year documents with,
 * per batch, what it changed as it was before. Used by the v7 upgrade and by restoring a
 * version 1 backup, so both give the same documents and the same undo.
 */
import {
  DATA_TABLE_NAMES,
  type DataTableName,
  type Dataset,
  type UnitYearDocument,
  type UnitYearKey,
} from '@/domain/model'
import type { ActualRecord, BudgetRecord, SpendingRecord, TargetRecord } from '@/domain/records'
import { monthOfQuarter } from '@/domain/period'
import type { Quarter } from '@/domain/quarter'
import { unitYearIdOf } from '@/domain/unitYears'
import { joinedRowKey, legacyRowKeyOf } from '@/domain/rowKeys'
import { documentsOf } from './documents'
import {
  isVersion1,
  type BackupContents,
  type ChangeRecord,
  type LegacyActual,
  type LegacyDataset,
  type LegacyRow,
  type LegacySpending,
} from '@/domain/legacyRecords'
import type { BackupData, BatchBeforeRecord, BatchRecord } from '@/domain/storedRecords'
import { rekeyChanges } from './rekeyChanges'

/** A legacy row as stored from v7: values as of month 3q, no batch stamp. */
function currentRow(table: DataTableName, row: LegacyRow): Dataset[DataTableName][number] {
  const { batchId: _batch, ...rest } = row
  if (table !== 'actuals' && table !== 'spending') return rest as TargetRecord | BudgetRecord
  const { quarter, ...value } = rest as Omit<LegacyActual | LegacySpending, 'batchId'>
  return { ...value, month: monthOfQuarter(quarter) } as ActualRecord | SpendingRecord
}

/** The rows of one unit-year while the history is replayed, by table and legacy key. */
interface ReplayDocument {
  key: UnitYearKey
  tables: Record<DataTableName, Map<string, LegacyRow>>
}

/**
 * The documents the legacy rows make, and for every batch the tables it changed in each
 * document as they were before it. The undo records are replayed newest batch first —
 * exactly as undo would have run — and each batch's documents are read off just after
 * its own undo. A batch that left no undo record (the sample load) keeps nothing.
 */
export function legacyToDocuments(
  rows: LegacyDataset,
  batches: readonly BatchRecord[],
  changes: readonly ChangeRecord[],
): { documents: UnitYearDocument[]; before: BatchBeforeRecord[] } {
  const documents = documentsOf(convertAll(rows))
  const state = new Map<string, ReplayDocument>()
  // Which document holds each legacy key, per table: undo names rows by key alone.
  const holder = Object.fromEntries(DATA_TABLE_NAMES.map((t) => [t, new Map<string, string>()])) as Record<
    DataTableName,
    Map<string, string>
  >
  const put = (table: DataTableName, row: LegacyRow) => {
    const k = unitYearIdOf(row)
    let document = state.get(k)
    if (!document)
      state.set(
        k,
        (document = {
          key: [row.year, row.unit],
          tables: Object.fromEntries(DATA_TABLE_NAMES.map((t) => [t, new Map()])) as ReplayDocument['tables'],
        }),
      )
    const key = joinedRowKey(legacyRowKeyOf(table, row))
    document.tables[table].set(key, row)
    holder[table].set(key, k)
  }
  const remove = (table: DataTableName, key: string) => {
    const k = holder[table].get(key)
    if (k === undefined) return
    state.get(k)?.tables[table].delete(key)
    holder[table].delete(key)
  }
  for (const table of DATA_TABLE_NAMES) for (const row of rows[table]) put(table, row)

  const changesOf = new Map<number, ChangeRecord[]>()
  for (const change of changes)
    (changesOf.get(change.batchId) ?? changesOf.set(change.batchId, []).get(change.batchId)!).push(change)
  const before: BatchBeforeRecord[] = []
  for (const batch of [...batches].sort((a, b) => b.id! - a.id!)) {
    const own = (changesOf.get(batch.id!) ?? []).sort((a, b) => b.id! - a.id!)
    // The sample load kept no undo record: it cannot be undone, and keeps nothing.
    if (own.length === 0) continue
    const touched = new Map<string, Set<DataTableName>>()
    const touch = (k: string | undefined, table: DataTableName) => {
      if (k !== undefined) (touched.get(k) ?? touched.set(k, new Set()).get(k)!).add(table)
    }
    for (const change of own) {
      const { table } = change
      if (change.after !== undefined) {
        // The per-row form: the row as it was, or gone when the batch added it.
        touch(unitYearIdOf(change.after as LegacyRow), table)
        if (change.before) put(table, change.before as LegacyRow)
        else remove(table, joinedRowKey(legacyRowKeyOf(table, change.after as LegacyRow)))
        continue
      }
      for (const key of change.added ?? []) {
        touch(holder[table].get(joinedRowKey(key)), table)
        remove(table, joinedRowKey(key))
      }
      for (const row of (change.replaced ?? []) as LegacyRow[]) {
        touch(unitYearIdOf(row), table)
        put(table, row)
      }
    }
    const documentsBefore = [...touched].map(([k, tables]) => {
      const document = state.get(k)!
      const empty = DATA_TABLE_NAMES.every((t) => document.tables[t].size === 0)
      if (empty) return { key: document.key, parts: null }
      const parts: Partial<Dataset> = {}
      for (const table of tables)
        (parts as Record<string, unknown>)[table] = [...document.tables[table].values()].map((row) =>
          currentRow(table, row),
        )
      return { key: document.key, parts }
    })
    before.push({ batchId: batch.id!, documents: documentsBefore })
  }
  return { documents, before: before.reverse() }
}

/**
 * A backup's contents as today's data: a version 1 file's tables become documents and,
 * per batch, what it changed, as the v7 upgrade makes them; today's form is as it is.
 */
export function backupOf(contents: BackupContents): BackupData {
  if (!isVersion1(contents)) return contents
  // A backup from before schema v6 names undone rows by their old keys.
  const { documents, before } = legacyToDocuments(contents, contents.batches, rekeyChanges(contents.changes, contents))
  return { documents, batches: contents.batches, before }
}

/** Every legacy row in today's shape. */
function convertAll(rows: LegacyDataset): Dataset {
  const data = {} as Record<DataTableName, unknown[]>
  for (const table of DATA_TABLE_NAMES) data[table] = rows[table].map((row) => currentRow(table, row))
  return data as Dataset
}

/** Schema v3's catalog lines (unit, year, latest quarter), written by its upgrade and replaced in v7. */
export function legacyUnitYearsOf(
  rows: Pick<LegacyDataset, 'targets' | 'budgets' | 'actuals' | 'spending'>,
): { unit: string; year: number; latestQuarter: Quarter | null }[] {
  const lines = new Map<string, { unit: string; year: number; latestQuarter: Quarter | null }>()
  const line = (r: { unit: string; year: number }) => {
    const key = unitYearIdOf(r)
    return lines.get(key) ?? lines.set(key, { unit: r.unit, year: r.year, latestQuarter: null }).get(key)!
  }
  for (const r of [...rows.targets, ...rows.budgets]) line(r)
  for (const r of [...rows.actuals, ...rows.spending]) {
    const l = line(r)
    if (l.latestQuarter === null || r.quarter > l.latestQuarter) l.latestQuarter = r.quarter
  }
  return [...lines.values()]
}
