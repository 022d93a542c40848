import Dexie, { type Table } from 'dexie'
import type { Quarter } from '@/domain/records'
import type { Dataset } from '@/domain/model'
import { laterQuarter } from '@/domain/quarter'
import { joinKey } from '@/domain/keys'

/** One unit-year that has data, and the latest quarter anything was reported for: a catalog line. */
export interface UnitYearRecord {
  unit: string
  year: number
  latestQuarter: Quarter | null
}

type Keyed = { unit: string; year: number }
type Quartered = Keyed & { quarter: Quarter }

/** The tables a unit-year summary is computed from. */
export interface UnitYearSources {
  targets: Table<Keyed>
  budgets: Table<Keyed>
  actuals: Table<Quartered>
  spending: Table<Quartered>
  unitYears: Table<UnitYearRecord>
}

/**
 * The key each data table is read by year and unit with: led by the year, then the
 * unit. For targets and actuals it is the primary key, so a range is read straight
 * from the table; budgets and spending go through an index.
 */
const YEAR_INDEX: Record<string, string> = {
  targets: '[year+unit+scope+name]',
  budgets: '[year+unit]',
  actuals: '[year+unit+indicatorCode+quarter]',
  spending: '[year+unit+quarter]',
}

/**
 * A data table's rows of one year, or of one unit in it: a key range on the prefix
 * [year] or [year, unit] of the table's year key.
 */
export function rowsOf<T>(table: Table<T>, year: number, unit?: string) {
  const prefix = unit === undefined ? [year] : [year, unit]
  // [year, unit] sorts before every longer key that starts with it, and every such key before [year, unit, maxKey].
  return table.where(YEAR_INDEX[table.name]!).between(prefix, [...prefix, Dexie.maxKey], true, true)
}



/** The catalog lines of a data set in memory (a seed, a restore). */
export function unitYearsOf(data: Dataset): UnitYearRecord[] {
  const lines = new Map<string, UnitYearRecord>()
  const line = (r: Keyed) => {
    const key = joinKey(r.unit, r.year)
    return lines.get(key) ?? lines.set(key, { unit: r.unit, year: r.year, latestQuarter: null }).get(key)!
  }
  for (const r of [...data.targets, ...data.budgets]) line(r)
  for (const r of [...data.actuals, ...data.spending]) {
    const l = line(r)
    l.latestQuarter = laterQuarter(l.latestQuarter, r.quarter)
  }
  return [...lines.values()]
}

/**
 * Recomputes the catalog lines of some unit-years from the stored rows, inside the
 * caller's write transaction: a unit-year left without targets or budget lines goes.
 */
export async function refreshUnitYears(tables: UnitYearSources, keys: Iterable<readonly [string, number]>): Promise<void> {
  const unique = new Map<string, readonly [string, number]>()
  for (const key of keys) unique.set(joinKey(key[0], key[1]), key)
  const lines = await Promise.all(
    [...unique.values()].map(async ([unit, year]) => {
      const [target, line, actualKeys, spent] = await Promise.all([
        rowsOf(tables.targets, year, unit).first(),
        rowsOf(tables.budgets, year, unit).first(),
        // Actuals run in indicator order: their keys' last part is the quarter.
        rowsOf(tables.actuals, year, unit).primaryKeys(),
        rowsOf(tables.spending, year, unit).last(),
      ])
      const exists = target !== undefined || line !== undefined
      const latestActual = (actualKeys as unknown as [number, string, string, Quarter][]).reduce<Quarter | null>((latest, key) => laterQuarter(latest, key[3]), null)
      return { unit, year, exists, latestQuarter: laterQuarter(latestActual, spent?.quarter ?? null) }
    }),
  )
  await tables.unitYears.bulkDelete(lines.filter((l) => !l.exists).map((l) => [l.unit, l.year]))
  await tables.unitYears.bulkPut(lines.filter((l) => l.exists).map(({ unit, year, latestQuarter }) => ({ unit, year, latestQuarter })))
}

/**
 * Adds the rows an import wrote to the catalog lines, inside its write transaction. An
 * import only adds or replaces rows, and every value it writes refers to a target or a
 * budget line: a unit-year's line can only appear or report a later quarter, so the
 * lines touched are read and merged rather than recomputed from the tables.
 */
export async function mergeUnitYears(unitYears: Table<UnitYearRecord>, rows: Iterable<Keyed & { quarter?: Quarter }>): Promise<void> {
  const touched = new Map<string, UnitYearRecord>()
  let last: UnitYearRecord | undefined
  for (const r of rows) {
    // Rows come in runs of one unit-year: skip the key for those.
    if (last === undefined || last.unit !== r.unit || last.year !== r.year) {
      const key = joinKey(r.unit, r.year)
      last = touched.get(key) ?? touched.set(key, { unit: r.unit, year: r.year, latestQuarter: null }).get(key)!
    }
    last.latestQuarter = laterQuarter(last.latestQuarter, r.quarter ?? null)
  }
  // The whole catalog in one getAll rather than a get per line: it is read whole at every
  // start anyway, and one request beats thousands (docs/benchmarks.md, round five).
  const stored = new Map((await unitYears.toArray()).map((l) => [joinKey(l.unit, l.year), l.latestQuarter]))
  const changed: UnitYearRecord[] = []
  for (const [key, line] of touched) {
    const before = stored.get(key)
    const latestQuarter = laterQuarter(line.latestQuarter, before ?? null)
    if (before === undefined || latestQuarter !== before) changed.push({ ...line, latestQuarter })
  }
  await unitYears.bulkPut(changed)
}
