import type { CatalogUnit } from '@/db/catalogRepository'
import { parseQuarter, quarterOfMonth } from '@/domain/quarter'
import type { Quarter } from '@/domain/records'

/** Which unit, year and quarter the screens show. */
export interface ViewSelection {
  unit: string
  year: number
  quarter: Quarter
}

/** Whether two selections show the same unit, year and quarter. */
export function sameSelection(a: ViewSelection, b: ViewSelection): boolean {
  return a.unit === b.unit && a.year === b.year && a.quarter === b.quarter
}

/** The URL query that carries a selection: `?unit=…&year=2024&q=3` (SPEC §7). */
export type ViewQuery = Record<'unit' | 'year' | 'q', string>

const first = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : Array.isArray(value) && typeof value[0] === 'string' ? value[0] : undefined

/**
 * The selection a route query asks for, completed and corrected against what exists:
 * each missing or unknown part comes from the last viewed selection when it fits,
 * else the first unit, its latest year, and that year's latest reported quarter.
 * Returns null when the database holds no unit.
 */
export function resolveView(
  query: Record<string, unknown>,
  catalog: readonly CatalogUnit[],
  lastViewed?: ViewSelection,
): ViewSelection | null {
  const byName = (name: string | undefined) => catalog.find((u) => u.unit === name)
  const entry = byName(first(query.unit)) ?? byName(lastViewed?.unit) ?? catalog[0]
  if (!entry) return null
  const sameUnit = lastViewed?.unit === entry.unit ? lastViewed : undefined

  const yearOf = (year: number | undefined) => entry.years.find((y) => y.year === year)
  const queryYear = Number(first(query.year))
  const yearEntry = yearOf(queryYear) ?? yearOf(sameUnit?.year) ?? entry.years[0]
  if (!yearEntry) return null
  const sameYear = sameUnit?.year === yearEntry.year ? sameUnit : undefined

  const quarter =
    periodOf(query) ??
    sameYear?.quarter ??
    yearEntry.latestQuarter ??
    1
  return { unit: entry.unit, year: yearEntry.year, quarter }
}

/**
 * The quarter a query names: `q=3`, `quarter=3` (or `第三季度`), or `month=9` / `month=7月`
 * (a month inside a quarter stands for the last quarter ended by then). Null when none is
 * given or none can be read.
 */
export function periodOf(query: Record<string, unknown>): Quarter | null {
  const quarter = first(query.q) ?? first(query.quarter)
  if (quarter !== undefined) return parseQuarter(quarter)
  const month = first(query.month)
  return month === undefined ? null : quarterOfMonth(Number(month.trim().replace(/月$/, '')))
}

/** The query for a selection, to put in the URL. */
export function toViewQuery(selection: ViewSelection): ViewQuery {
  return { unit: selection.unit, year: String(selection.year), q: String(selection.quarter) }
}

/** Whether a route query already says exactly this selection. */
export function queryMatches(query: Record<string, unknown>, selection: ViewSelection): boolean {
  const wanted = toViewQuery(selection)
  return first(query.unit) === wanted.unit && first(query.year) === wanted.year && first(query.q) === wanted.q
}
