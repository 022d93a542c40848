/**
 * Documents and batch records as IndexedDB holds them: each table's rows as columns
 * (columns.ts). Only the repositories see this form; everything else gets rows.
 */
import type { Rules } from '@/domain/engine/rules'
import type { DataTableName, UnitYearDocument, UnitYearKey } from '@/domain/model'
import { fromColumns, toColumns, type Columns } from './columns'
import type { BatchBeforeRecord, DocumentParts } from '@/domain/storedRecords'

/** A document as IndexedDB holds it: each table's rows as columns. */
export interface StoredDocument {
  year: number
  unit: string
  targets: Columns
  budgets: Columns
  actuals: Columns
  spending: Columns
  /** The 主管部门, when one was named (documents written before it was kept have none). */
  parent?: string
  /** The 整改 items as columns, when it has any (an optional field: no schema version). */
  rectify?: Columns
  /** The periods' reviews as columns, when it has any (an optional field: no schema version). */
  review?: Columns
}

/** The same as stored: the tables as columns, the 主管部门 as it was. */
export interface StoredBatchBefore {
  batchId: number
  documents: { key: UnitYearKey; parts: StoredParts | null }[]
  /** For a change of rules: the rules it replaced (null: the defaults). */
  rules?: Rules | null
}

/** What a batch may keep of a document besides the 主管部门: its tables, its 整改 items and its reviews. */
type Listed = DataTableName | 'rectify' | 'review'

/** A document's parts as a batch keeps them: tables and 整改 items as columns, and the 主管部门 it had (null: none). */
type StoredParts = Partial<Record<Listed, Columns>> & { parent?: string | null }

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
  const { year, unit, parent, rectify, review } = document
  return {
    year,
    unit,
    targets: encoded(document.targets),
    budgets: encoded(document.budgets),
    actuals: encoded(document.actuals),
    spending: encoded(document.spending),
    ...(parent !== undefined && { parent }),
    ...(rectify !== undefined && rectify.length > 0 && { rectify: encoded(rectify) }),
    ...(review !== undefined && review.length > 0 && { review: encoded(review) }),
  }
}

/** A stored document as rows. */
export function decodeDocument(stored: StoredDocument): UnitYearDocument {
  const { year, unit, parent, rectify, review } = stored
  return {
    year,
    unit,
    targets: decoded(stored.targets),
    budgets: decoded(stored.budgets),
    actuals: decoded(stored.actuals),
    spending: decoded(stored.spending),
    ...(parent !== undefined && { parent }),
    ...(rectify !== undefined && { rectify: decoded(rectify) }),
    ...(review !== undefined && { review: decoded(review) }),
  }
}

/** The parts' tables and 整改 items changed by `change`; the 主管部门 as it is. */
const mapParts = <A, B>(
  { parent, ...tables }: Partial<Record<Listed, A>> & { parent?: string | null },
  change: (value: A) => B,
) =>
  ({
    ...Object.fromEntries(Object.entries(tables).map(([table, value]) => [table, change(value as A)])),
    ...(parent !== undefined && { parent }),
  }) as Partial<Record<Listed, B>> & { parent?: string | null }

/** What a batch changed, as stored. */
export function encodeBefore(record: BatchBeforeRecord): StoredBatchBefore {
  return {
    batchId: record.batchId,
    documents: record.documents.map(({ key, parts }) => ({
      key,
      parts: parts && mapParts(parts as Partial<Record<Listed, object[]>> & { parent?: string | null }, toColumns),
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
      parts: parts && (mapParts(parts, (columns) => fromColumns(columns)) as DocumentParts),
    })),
    ...(stored.rules !== undefined && { rules: stored.rules }),
  }
}
