/**
 * Unit-years of rows: the key of the document a row belongs to, the unit-years some rows
 * name, and rows grouped by unit-year. Rows come in runs of one unit-year (a file lists a
 * unit's rows together), so a key is joined once per run, not once per row.
 */
import type { UnitYearKey } from './model'
import { joinKey } from './keys'

/** Anything that belongs to one unit in one year. */
export interface UnitYear {
  readonly year: number
  readonly unit: string
}

/** The key of the document a row belongs to. */
export function unitYearKeyOf(row: UnitYear): UnitYearKey {
  return [row.year, row.unit]
}

/** The unit-year of a row as one string, for a map. */
export function unitYearIdOf(row: UnitYear): string {
  return joinKey(row.year, row.unit)
}

/**
 * The unit-years some rows name, each once, in the order first met. `read` gives a row's
 * unit-year, or null to leave the row out (a year that does not read).
 */
export function unitYearsOf<T>(rows: readonly T[], read: (row: T) => UnitYear | null): UnitYearKey[] {
  const keys = new Map<string, UnitYearKey>()
  let last: UnitYear | undefined
  for (const row of rows) {
    const at = read(row)
    if (at === null || (last && last.year === at.year && last.unit === at.unit)) continue
    last = at
    keys.set(unitYearIdOf(at), unitYearKeyOf(at))
  }
  return [...keys.values()]
}

/** The 主管部门 of the documents that name one, by unit-year (joined key): a data set's `parents`. */
export function parentsOf(documents: readonly (UnitYear & { readonly parent?: string })[]): Map<string, string> {
  return new Map(documents.flatMap((d) => (d.parent === undefined ? [] : [[unitYearIdOf(d), d.parent] as const])))
}

/** Items by the unit-year `read` gives (joined key), in the order first met; each group keeps the items' order. */
export function groupByUnitYear<T>(items: readonly T[], read: (item: T) => UnitYear): Map<string, T[]> {
  const groups = new Map<string, T[]>()
  let last: UnitYear | undefined
  let group: T[] = []
  for (const item of items) {
    const at = read(item)
    if (!last || last.year !== at.year || last.unit !== at.unit) {
      last = at
      const key = unitYearIdOf(at)
      group = groups.get(key) ?? groups.set(key, []).get(key)!
    }
    group.push(item)
  }
  return groups
}
