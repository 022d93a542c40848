/**
 * Unit-year documents (schema v7): how rows are grouped into them, merged into them by an
 * import, and summed up for the catalog. Pure functions over plain objects; a document
 * read from the database is never changed in place, so a copy made before a write is
 * exactly what was stored.
 */
import { DATA_TABLE_NAMES, type DataTableName, type Dataset, type RowOf, type UnitYearDocument, type UnitYearKey } from '@/domain/model'
import { periodsOf, type Period } from '@/domain/period'
import { joinKey } from '@/domain/keys'

/** A document as stored: the unit-year, and its indicators' codes for finding one by code. */
export interface DocumentRecord extends UnitYearDocument {
  /** Every target's 指标编码 (a multi-entry index). */
  codes: string[]
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
export function emptyDocument([year, unit]: UnitYearKey): DocumentRecord {
  return { year, unit, targets: [], budgets: [], actuals: [], spending: [], codes: [] }
}

/** A document with its codes recomputed from its targets. */
export function withCodes(document: UnitYearDocument): DocumentRecord {
  return { ...document, codes: [...new Set(document.targets.map((t) => t.code))] }
}

/** Rows of any tables, grouped into documents by unit-year (a seed, a restore, an upgrade). */
export function documentsOf(data: Dataset): DocumentRecord[] {
  const byKey = new Map<string, DocumentRecord>()
  for (const table of DATA_TABLE_NAMES) {
    for (const row of data[table]) {
      const key = joinKey(row.year, row.unit)
      let document = byKey.get(key)
      if (!document) byKey.set(key, (document = emptyDocument(keyOfRow(row))))
      ;(document[table] as object[]).push(row)
    }
  }
  return [...byKey.values()].map(withCodes)
}

/**
 * A document with `rows` written into it: each replaces the row of the same identity in
 * its table, in place, or is added at the end. Returns a new document and the tables it
 * wrote; `document` is left as it was.
 */
export function mergeRows(document: DocumentRecord, rows: readonly { table: DataTableName; record: object }[]): { merged: DocumentRecord; tables: DataTableName[] } {
  const next: DocumentRecord = { ...document }
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
  return { merged: written.includes('targets') ? withCodes(next) : next, tables: written }
}

/** The catalog line of a document; null when it holds no target and no budget line (nothing to show). */
export function catalogLineOf(document: UnitYearDocument): UnitYearRecord | null {
  if (document.targets.length === 0 && document.budgets.length === 0) return null
  const counts = Object.fromEntries(DATA_TABLE_NAMES.map((table) => [table, document[table].length])) as RowCounts
  return { unit: document.unit, year: document.year, periods: periodsOf(document), counts }
}
