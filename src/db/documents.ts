/**
 * Unit-year documents (schema v7): how rows are grouped into them and merged into them by
 * an import. Pure functions over plain objects; a document read from the database is never
 * changed in place, so a copy made before a write is exactly what was stored. Their stored
 * form is in storedForm.ts, their catalog lines in catalogLines.ts, what a batch keeps of
 * them (`BatchBeforeRecord`) in domain/storedRecords.ts.
 */
import {
  DATA_TABLE_NAMES,
  emptyDataset,
  type DataTableName,
  type Dataset,
  type RowOf,
  type UnitYearDocument,
  type UnitYearKey,
} from '@/domain/model'
import { unitYearIdOf, unitYearKeyOf } from '@/domain/unitYears'
import { rowIdOf } from '@/domain/rowKeys'
import type { DocumentParts } from '@/domain/storedRecords'
import type { RectifyItem } from '@/domain/rectify'
import type { PeriodReview } from '@/domain/review'

/** A unit-year's indicator codes (a multi-entry index finds the document of a code); written only when its targets change. */
export interface CodeRecord {
  year: number
  unit: string
  codes: string[]
}

/** Documents an import read, by unit-year (joined key), each with the stamp it had then. */
export type HeldDocuments = ReadonlyMap<string, { document: UnitYearDocument; stamp: number }>

/**
 * The document held for unit-year `k` if its stamp is still the one `stamps` gives now,
 * else undefined: no one has written it since it was read, so it is taken as it was read.
 */
export function unchangedHeld(
  held: HeldDocuments,
  k: string,
  stamps: ReadonlyMap<string, number>,
): { document: UnitYearDocument; stamp: number } | undefined {
  const kept = held.get(k)
  // A unit-year the catalog no longer lists has no stamp, and its held document is stale.
  return kept !== undefined && stamps.has(k) && kept.stamp === stamps.get(k) ? kept : undefined
}

/** The code record of a document's targets. */
export function codesOf({ year, unit, targets }: UnitYearDocument): CodeRecord {
  return { year, unit, codes: targets.map((t) => t.code) }
}

/** A document's 整改 items or reviews when it has none: one list, so that none compares equal to none. */
export const NO_ITEMS: readonly never[] = []

/** An empty document for a unit-year. */
export function emptyDocument([year, unit]: UnitYearKey): UnitYearDocument {
  return { year, unit, ...emptyDataset() }
}

/** The document with its 主管部门 set, or taken away (null). */
export function withParent(document: UnitYearDocument, parent: string | null): UnitYearDocument {
  const { parent: _was, ...rest } = document
  return parent === null ? rest : { ...rest, parent }
}

/** The document with these 整改 items (none: the field left out, as a document that never had any). */
export function withRectify(document: UnitYearDocument, items: readonly RectifyItem[]): UnitYearDocument {
  const { rectify: _was, ...rest } = document
  return items.length === 0 ? rest : { ...rest, rectify: items }
}

/** The document with these reviews (none: the field left out). */
export function withReviews(document: UnitYearDocument, reviews: readonly PeriodReview[]): UnitYearDocument {
  const { review: _was, ...rest } = document
  return reviews.length === 0 ? rest : { ...rest, review: reviews }
}

/** The document with parts a batch kept put back: those tables, and the 主管部门, 整改 items and reviews when the batch changed them. */
export function withParts(
  document: UnitYearDocument,
  { parent, rectify, review, ...tables }: DocumentParts,
): UnitYearDocument {
  const next = { ...document, ...tables }
  const reviewed = review === undefined ? next : withReviews(next, review)
  const items = rectify === undefined ? reviewed : withRectify(reviewed, rectify)
  return parent === undefined ? items : withParent(items, parent)
}

/** Rows of any tables, grouped into documents by unit-year (a seed, a restore, an upgrade). */
export function documentsOf(data: Dataset): UnitYearDocument[] {
  const byKey = new Map<string, UnitYearDocument>()
  for (const table of DATA_TABLE_NAMES) {
    for (const row of data[table]) {
      const key = unitYearIdOf(row)
      let document = byKey.get(key)
      if (!document) byKey.set(key, (document = emptyDocument(unitYearKeyOf(row))))
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
export function mergeRows(
  document: UnitYearDocument,
  rows: readonly { table: DataTableName; record: object }[],
): { merged: UnitYearDocument; tables: DataTableName[] } {
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
