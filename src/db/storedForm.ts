/**
 * Documents and batch records as IndexedDB holds them: each table's rows as columns
 * (columns.ts). Only the repositories see this form; everything else gets rows.
 */
import type { Rules } from '@/domain/engine/rules'
import type { DataTableName, Dataset, UnitYearDocument, UnitYearKey } from '@/domain/model'
import { fromColumns, toColumns, type Columns } from './columns'
import type { BatchBeforeRecord } from '@/domain/storedRecords'

/** A document as IndexedDB holds it: each table's rows as columns. */
export interface StoredDocument {
  year: number
  unit: string
  targets: Columns
  budgets: Columns
  actuals: Columns
  spending: Columns
}

/** The same as stored: the tables as columns. */
export interface StoredBatchBefore {
  batchId: number
  documents: { key: UnitYearKey; parts: Partial<Record<DataTableName, Columns>> | null }[]
  /** For a change of rules: the rules it replaced (null: the defaults). */
  rules?: Rules | null
}

/**
 * The columns a table's rows were read from. Documents are never changed in place, so a
 * table an import did not write is stored again as it was read, without encoding it anew.
 */
const readFrom = new WeakMap<readonly object[], Columns>()

const encoded = (rows: readonly object[]) => readFrom.get(rows) ?? toColumns(rows)

function decoded<T extends object>(columns: Columns): T[] {
  const rows = fromColumns<T>(columns)
  readFrom.set(rows, columns)
  return rows
}

/** A document as stored. */
export function encodeDocument(document: UnitYearDocument): StoredDocument {
  const { year, unit } = document
  return {
    year,
    unit,
    targets: encoded(document.targets),
    budgets: encoded(document.budgets),
    actuals: encoded(document.actuals),
    spending: encoded(document.spending),
  }
}

/** A stored document as rows. */
export function decodeDocument(stored: StoredDocument): UnitYearDocument {
  const { year, unit } = stored
  return {
    year,
    unit,
    targets: decoded(stored.targets),
    budgets: decoded(stored.budgets),
    actuals: decoded(stored.actuals),
    spending: decoded(stored.spending),
  }
}

const mapParts = <A, B>(parts: Partial<Record<DataTableName, A>>, change: (value: A) => B) =>
  Object.fromEntries(Object.entries(parts).map(([table, value]) => [table, change(value as A)])) as Partial<
    Record<DataTableName, B>
  >

/** What a batch changed, as stored. */
export function encodeBefore(record: BatchBeforeRecord): StoredBatchBefore {
  return {
    batchId: record.batchId,
    documents: record.documents.map(({ key, parts }) => ({
      key,
      parts: parts && mapParts(parts as Partial<Record<DataTableName, object[]>>, toColumns),
    })),
    ...(record.rules !== undefined && { rules: record.rules }),
  }
}

/** What a batch changed, as rows. */
export function decodeBefore(stored: StoredBatchBefore): BatchBeforeRecord {
  return {
    batchId: stored.batchId,
    documents: stored.documents.map(({ key, parts }) => ({
      key,
      parts: parts && (mapParts(parts, (columns) => fromColumns(columns)) as Partial<Dataset>),
    })),
    ...(stored.rules !== undefined && { rules: stored.rules }),
  }
}
