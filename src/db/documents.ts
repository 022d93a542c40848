/**
 * Unit-year documents (schema v7): how rows are grouped into them, merged into them by an
 * import, stored (as columns), and summed up for the catalog. Pure functions over plain
 * objects; a document read from the database is never changed in place, so a copy made
 * before a write is exactly what was stored.
 */
import { DATA_TABLE_NAMES, type DataTableName, type Dataset, type RowOf, type UnitYearDocument, type UnitYearKey } from '@/domain/model'
import { periodsOf, type Period } from '@/domain/period'
import { joinKey } from '@/domain/keys'
import { fromColumns, toColumns, type Columns } from './columns'

/** A document as IndexedDB holds it: each table's rows as columns. */
export interface StoredDocument {
  year: number
  unit: string
  targets: Columns
  budgets: Columns
  actuals: Columns
  spending: Columns
}

/** A unit-year's indicator codes (a multi-entry index finds the document of a code); written only when its targets change. */
export interface CodeRecord {
  year: number
  unit: string
  codes: string[]
}

/** Documents an import read, by unit-year (joined key), each with the stamp it had then. */
export type HeldDocuments = ReadonlyMap<string, { document: UnitYearDocument; stamp: number }>

/** A year's catalog lines, in one record: the catalog is always read whole. */
export interface CatalogRecord {
  year: number
  lines: UnitYearRecord[]
}

/** Rows per table. */
export type RowCounts = Record<DataTableName, number>

/** A catalog line: one unit-year that has data, its periods with values, and its rows per table. */
export interface UnitYearRecord {
  unit: string
  year: number
  /** The periods anything was reported for, in month order, named as given. */
  periods: Period[]
  counts: RowCounts
  /**
   * Changes with every write of the document: an import checked against documents it
   * read may write them from memory as long as their stamps are still the same.
   */
  stamp: number
}

/**
 * What a batch changed, as it was before: per document it touched, the tables it wrote
 * (their rows as they were), or null when the batch created the document. Undo puts
 * these back; they stay after an undo, as the trail of what the batch did.
 */
export interface BatchBeforeRecord {
  batchId: number
  documents: { key: UnitYearKey; parts: Partial<Dataset> | null }[]
}

/** The same as stored: the tables as columns. */
export interface StoredBatchBefore {
  batchId: number
  documents: { key: UnitYearKey; parts: Partial<Record<DataTableName, Columns>> | null }[]
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
  return { year, unit, targets: encoded(document.targets), budgets: encoded(document.budgets), actuals: encoded(document.actuals), spending: encoded(document.spending) }
}

/** A stored document as rows. */
export function decodeDocument(stored: StoredDocument): UnitYearDocument {
  const { year, unit } = stored
  return { year, unit, targets: decoded(stored.targets), budgets: decoded(stored.budgets), actuals: decoded(stored.actuals), spending: decoded(stored.spending) }
}

const mapParts = <A, B>(parts: Partial<Record<DataTableName, A>>, change: (value: A) => B) =>
  Object.fromEntries(Object.entries(parts).map(([table, value]) => [table, change(value as A)])) as Partial<Record<DataTableName, B>>

/** What a batch changed, as stored. */
export function encodeBefore(record: BatchBeforeRecord): StoredBatchBefore {
  return { batchId: record.batchId, documents: record.documents.map(({ key, parts }) => ({ key, parts: parts && mapParts(parts as Partial<Record<DataTableName, object[]>>, toColumns) })) }
}

/** What a batch changed, as rows. */
export function decodeBefore(stored: StoredBatchBefore): BatchBeforeRecord {
  return { batchId: stored.batchId, documents: stored.documents.map(({ key, parts }) => ({ key, parts: parts && (mapParts(parts, (columns) => fromColumns(columns)) as Partial<Dataset>) })) }
}

/** The code record of a document's targets. */
export function codesOf({ year, unit, targets }: UnitYearDocument): CodeRecord {
  return { year, unit, codes: targets.map((t) => t.code) }
}

/**
 * The catalog records of some years with the lines of `documents` put in (a document
 * without targets or budget lines, or null for a key, takes its line out). `stored` are
 * the years' records as read; years no document touches are not returned.
 */
export function catalogWith(stored: readonly (CatalogRecord | undefined)[], changes: readonly { key: UnitYearKey; document: UnitYearDocument | null }[]): CatalogRecord[] {
  const years = new Map<number, Map<string, UnitYearRecord>>()
  for (const record of stored) if (record) years.set(record.year, new Map(record.lines.map((line) => [line.unit, line])))
  for (const { key: [year, unit], document } of changes) {
    const lines = years.get(year) ?? years.set(year, new Map()).get(year)!
    const line = document && catalogLineOf(document)
    if (line) lines.set(unit, line)
    else lines.delete(unit)
  }
  const touched = new Set(changes.map(({ key }) => key[0]))
  return [...years].filter(([year]) => touched.has(year)).map(([year, lines]) => ({ year, lines: [...lines.values()] }))
}

/** A row's identity within its document, per table (the document holds year and unit). */
export function rowIdOf<T extends DataTableName>(table: T, row: RowOf[T]): string {
  switch (table) {
    case 'targets': {
      const t = row as RowOf['targets']
      return joinKey(t.scope, t.name)
    }
    case 'budgets':
      return (row as RowOf['budgets']).id
    case 'actuals': {
      const a = row as RowOf['actuals']
      return joinKey(a.indicatorCode, a.month)
    }
    default: {
      const s = row as RowOf['spending']
      return joinKey(s.budgetId, s.month)
    }
  }
}

/** The key of the document a row belongs to. */
export const keyOfRow = (row: { year: number; unit: string }): UnitYearKey => [row.year, row.unit]

/** An empty document for a unit-year. */
export function emptyDocument([year, unit]: UnitYearKey): UnitYearDocument {
  return { year, unit, targets: [], budgets: [], actuals: [], spending: [] }
}

/** Rows of any tables, grouped into documents by unit-year (a seed, a restore, an upgrade). */
export function documentsOf(data: Dataset): UnitYearDocument[] {
  const byKey = new Map<string, UnitYearDocument>()
  for (const table of DATA_TABLE_NAMES) {
    for (const row of data[table]) {
      const key = joinKey(row.year, row.unit)
      let document = byKey.get(key)
      if (!document) byKey.set(key, (document = emptyDocument(keyOfRow(row))))
      ;(document[table] as object[]).push(row)
    }
  }
  return [...byKey.values()]
}

/**
 * A document with `rows` written into it: each replaces the row of the same identity in
 * its table, in place, or is added at the end. Returns a new document and the tables it
 * wrote; `document` is left as it was.
 */
export function mergeRows(document: UnitYearDocument, rows: readonly { table: DataTableName; record: object }[]): { merged: UnitYearDocument; tables: DataTableName[] } {
  const next: UnitYearDocument = { ...document }
  const written: DataTableName[] = []
  for (const table of DATA_TABLE_NAMES) {
    const incoming = rows.filter((r) => r.table === table)
    if (incoming.length === 0) continue
    written.push(table)
    const list = [...document[table]] as RowOf[typeof table][]
    const at = new Map(list.map((row, i) => [rowIdOf(table, row), i]))
    for (const { record } of incoming) {
      const row = record as RowOf[typeof table]
      const id = rowIdOf(table, row)
      const i = at.get(id)
      if (i === undefined) at.set(id, list.push(row) - 1)
      else list[i] = row
    }
    ;(next[table] as object[]) = list
  }
  return { merged: next, tables: written }
}

/** The catalog line of a document; null when it holds no target and no budget line (nothing to show). */
export function catalogLineOf(document: UnitYearDocument, stamp = newStamp()): UnitYearRecord | null {
  if (document.targets.length === 0 && document.budgets.length === 0) return null
  const counts = Object.fromEntries(DATA_TABLE_NAMES.map((table) => [table, document[table].length])) as RowCounts
  return { unit: document.unit, year: document.year, periods: periodsOf(document), counts, stamp }
}

/** A stamp no earlier write of any document had (53 random bits). */
export function newStamp(): number {
  return Math.floor(Math.random() * Number.MAX_SAFE_INTEGER)
}
