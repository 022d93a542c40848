import type { CatalogUnit } from '@/db/catalogRepository'
import { parseQuarter } from '@/domain/quarter'
import { monthOfQuarter, parseMonth, quarterClosedBy, type Month } from '@/domain/period'

/** Which unit, year and period (the month values are as of) the screens show. */
export interface ViewSelection {
  unit: string
  year: number
  month: Month
}

/** Whether two selections show the same unit, year and period. */
export function sameSelection(a: ViewSelection, b: ViewSelection): boolean {
  return a.unit === b.unit && a.year === b.year && a.month === b.month
}

/**
 * The URL query that carries a selection (SPEC §7): `?unit=…&year=2024&q=3` for a
 * quarter, `&month=7` for a period given as a month (1-7月).
 */
export type ViewQuery = { unit: string; year: string; q?: string; month?: string }

const first = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : Array.isArray(value) && typeof value[0] === 'string' ? value[0] : undefined

/**
 * The selection a route query asks for, completed and corrected against what exists:
 * each missing or unknown part comes from the last viewed selection when it fits,
 * else the first unit, its latest year, and that year's latest reported period.
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

  const month = periodOf(query) ?? sameYear?.month ?? yearEntry.periods.at(-1)?.month ?? 3
  return { unit: entry.unit, year: yearEntry.year, month }
}

/**
 * The unit-year a start will most likely show, before the catalog is read: the link's
 * unit and year, else the last viewed one's where the link does not name another.
 * Undefined when neither says both; a guess only, which `resolveView` confirms or not.
 */
export function likelyUnitYear(
  query: Record<string, unknown>,
  lastViewed?: ViewSelection,
): { unit: string; year: number } | undefined {
  const unit = first(query.unit) ?? lastViewed?.unit
  const linkYear = Number(first(query.year))
  const year = Number.isInteger(linkYear) ? linkYear : lastViewed?.unit === unit ? lastViewed?.year : undefined
  return unit === undefined || year === undefined ? undefined : { unit, year }
}

/**
 * The month a query names: `q=3`, `quarter=3` (or `第三季度`) for a quarter's end, or
 * `month=7` / `month=7月` / `month=1-7月`. Null when none is given or none can be read.
 */
export function periodOf(query: Record<string, unknown>): Month | null {
  const quarter = first(query.q) ?? first(query.quarter)
  if (quarter !== undefined) {
    const q = parseQuarter(quarter)
    return q === null ? null : monthOfQuarter(q)
  }
  const month = first(query.month)
  return month === undefined ? null : parseMonth(month)
}

/**
 * The query for a selection, to put in the URL: a quarter's end as `q`, unless the
 * unit-year's values for it were given by month; any other month as `month`.
 */
export function toViewQuery(selection: ViewSelection, byMonth = false): ViewQuery {
  const q = quarterClosedBy(selection.month)
  const base = { unit: selection.unit, year: String(selection.year) }
  return q !== null && !byMonth ? { ...base, q: String(q) } : { ...base, month: String(selection.month) }
}

/** Whether a route query already says exactly this selection. */
export function queryMatches(query: Record<string, unknown>, selection: ViewSelection, byMonth = false): boolean {
  const wanted = toViewQuery(selection, byMonth)
  return (
    first(query.unit) === wanted.unit &&
    first(query.year) === wanted.year &&
    first(query.q) === wanted.q &&
    first(query.month) === wanted.month
  )
}
