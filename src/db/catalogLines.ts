/**
 * The catalog: per year, one record with a line per unit-year — the periods reported,
 * the rows per table, and the stamp of the document's last write.
 */
import { DATA_TABLE_NAMES, type DataTableName, type UnitYearDocument, type UnitYearKey } from '@/domain/model'
import { periodsOf, type Period } from '@/domain/period'
import { unitYearIdOf } from '@/domain/unitYears'

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
  /** The document's 主管部门, for the units page (no document is read to show it). */
  parent?: string
  /** How many 整改 items it holds, when any: the 整改 page reads only those documents. */
  rectify?: number
  /**
   * Changes with every write of the document: an import checked against documents it
   * read may write them from memory as long as their stamps are still the same.
   */
  stamp: number
}

/**
 * The catalog records of some years with the lines of `documents` put in (a document
 * without targets or budget lines, or null for a key, takes its line out). `stored` are
 * the years' records as read; years no document touches are not returned.
 */
export function catalogWith(
  stored: readonly (CatalogRecord | undefined)[],
  changes: readonly { key: UnitYearKey; document: UnitYearDocument | null }[],
): CatalogRecord[] {
  const years = new Map<number, Map<string, UnitYearRecord>>()
  for (const record of stored)
    if (record) years.set(record.year, new Map(record.lines.map((line) => [line.unit, line])))
  for (const {
    key: [year, unit],
    document,
  } of changes) {
    const lines = years.get(year) ?? years.set(year, new Map()).get(year)!
    const line = document && catalogLineOf(document)
    if (line) lines.set(unit, line)
    else lines.delete(unit)
  }
  const touched = new Set(changes.map(({ key }) => key[0]))
  return [...years].filter(([year]) => touched.has(year)).map(([year, lines]) => ({ year, lines: [...lines.values()] }))
}

/** The catalog line of a document; null when it holds no target and no budget line (nothing to show). */
export function catalogLineOf(document: UnitYearDocument): UnitYearRecord | null {
  if (document.targets.length === 0 && document.budgets.length === 0) return null
  const counts = Object.fromEntries(DATA_TABLE_NAMES.map((table) => [table, document[table].length])) as RowCounts
  const { unit, year, parent, rectify } = document
  return {
    unit,
    year,
    periods: periodsOf(document),
    counts,
    ...(parent !== undefined && { parent }),
    ...(rectify !== undefined && rectify.length > 0 && { rectify: rectify.length }),
    stamp: newStamp(),
  }
}

/** A stamp no earlier write of any document had (53 random bits). */
function newStamp(): number {
  return Math.floor(Math.random() * Number.MAX_SAFE_INTEGER)
}

/** The stamp of each unit-year (joined key) in some years' catalog records. */
export function stampsOf(records: readonly (CatalogRecord | undefined)[]): Map<string, number> {
  return new Map(
    records.flatMap((record) => record?.lines.map((line): [string, number] => [unitYearIdOf(line), line.stamp]) ?? []),
  )
}
