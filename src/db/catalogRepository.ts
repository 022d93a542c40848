import Dexie, { type Table } from 'dexie'
import type { ActualRecord, Quarter, TargetRecord } from '@/domain/records'
import type { JixiaoDatabase } from './database'
import { DATA_TABLE_NAMES, type DataTableName, type Dataset } from '@/domain/model'
import { rowsOf } from './unitYears'
import { compareChinese } from '@/domain/summary'

/** A year of one unit that has data, and the latest quarter anything was reported for. */
export interface CatalogYear {
  year: number
  latestQuarter: Quarter | null
}

/** A unit and the years it has data for, newest first. */
export interface CatalogUnit {
  unit: string
  years: CatalogYear[]
}


/** An indicator's values, quarter by quarter: a range of the primary key [year+unit+indicatorCode+quarter]. */
function valuesOf(table: Table<ActualRecord>, target: TargetRecord): Promise<ActualRecord[]> {
  const { year, unit, code } = target
  return table.where('[year+unit+indicatorCode+quarter]').between([year, unit, code, Dexie.minKey], [year, unit, code, Dexie.maxKey], true, true).toArray()
}

/** The tables that hold a unit's data. */
const ALL_DATA_TABLES: ReadonlySet<DataTableName> = new Set(DATA_TABLE_NAMES)

/** Past this many units of one year, reading the whole year by its index beats one read per unit. */
const WHOLE_YEAR_FROM = 20

/** Reads what units, years and quarters exist, and one unit-year's data. */
export class CatalogRepository {
  constructor(private readonly db: JixiaoDatabase) {}

  /** Units in name order (zh-CN collation) with their years and latest reported quarter: one read. */
  async loadCatalog(): Promise<CatalogUnit[]> {
    const yearsByUnit = new Map<string, CatalogYear[]>()
    for (const { unit, year, latestQuarter } of await this.db.unitYears.toArray()) {
      const years = yearsByUnit.get(unit) ?? []
      years.push({ year, latestQuarter })
      yearsByUnit.set(unit, years)
    }
    return [...yearsByUnit]
      .sort(([a], [b]) => compareChinese(a, b))
      .map(([unit, years]) => ({ unit, years: years.sort((a, b) => b.year - a.year) }))
  }

  /** Every unit's data for one year: four indexed reads, for the ranking of all units. */
  async loadYear(year: number): Promise<Dataset> {
    const { targets, budgets, actuals, spending } = this.db
    return this.db.transaction('r', [targets, budgets, actuals, spending], async () => {
      const [t, b, a, s] = await Promise.all([targets, budgets, actuals, spending].map((table) => rowsOf(table as Table<unknown>, year).toArray()))
      return { targets: t, budgets: b, actuals: a, spending: s } as Dataset
    })
  }

  /**
   * A year's ranking: the one kept since the data last changed, or `compute` over the
   * year's rows, kept for next time. Read, computed and kept in one transaction, so a
   * write cannot slip between the rows read and the ranking kept.
   */
  async standingsOf<T>(year: number, version: string, compute: (rows: Dataset) => T[]): Promise<T[]> {
    const kept = await this.db.standings.get(year)
    if (kept && kept.version === version) return kept.standings as T[]
    const { targets, budgets, actuals, spending, standings } = this.db
    return this.db.transaction('rw', [targets, budgets, actuals, spending, standings], async () => {
      const computed = compute(await this.loadYear(year))
      await standings.put({ year, version, standings: computed })
      return computed
    })
  }

  /** Everything stored for one unit and year, read in one transaction. */
  loadUnitYear(unit: string, year: number): Promise<Dataset> {
    return this.loadUnitYears([[unit, year]])
  }

  /** One indicator and its quarterly values, or null when no indicator has the code. */
  async loadIndicator(code: string): Promise<{ target: TargetRecord; actuals: ActualRecord[] } | null> {
    const { targets, actuals } = this.db
    return this.db.transaction('r', [targets, actuals], async () => {
      const target = await targets.get({ code })
      if (!target) return null
      return { target, actuals: await valuesOf(actuals, target) }
    })
  }

  /** Every stored row of every unit and year, read in one transaction (for exports). */
  async loadEverything(): Promise<Dataset> {
    const { targets, budgets, actuals, spending } = this.db
    return this.db.transaction('r', [targets, budgets, actuals, spending], async () => ({
      targets: await targets.toArray(),
      budgets: await budgets.toArray(),
      actuals: await actuals.toArray(),
      spending: await spending.toArray(),
    }))
  }

  /**
   * Everything stored for several unit-years at once (an import's context), from the
   * tables named (all four unless told). Each table is read with getAll, never a cursor:
   * a few unit-years by their [year, unit] prefix, many of one year by the [year]
   * prefix, then kept to the units asked for.
   */
  async loadUnitYears(unitYears: readonly (readonly [string, number])[], only: ReadonlySet<DataTableName> = ALL_DATA_TABLES): Promise<Dataset> {
    const { targets, budgets, actuals, spending } = this.db
    // The four tables differ in row type and key; all can be read by unit-year and by year.
    const all = [targets, budgets, actuals, spending] as unknown as Table<{ unit: string }>[]
    const tables = all.filter((table) => only.has(table.name as DataTableName))
    if (tables.length === 0) return { targets: [], budgets: [], actuals: [], spending: [] }
    const unitsByYear = new Map<number, Set<string>>()
    for (const [unit, year] of unitYears) (unitsByYear.get(year) ?? unitsByYear.set(year, new Set()).get(year)!).add(unit)
    const read = (table: Table<{ unit: string }>, year: number, units: Set<string>) =>
      units.size > WHOLE_YEAR_FROM
        ? rowsOf(table, year).toArray().then((rows) => rows.filter((row) => units.has(row.unit)))
        : Promise.all([...units].map((unit) => rowsOf(table, year, unit).toArray())).then((lists) => lists.flat())
    const perTable = await this.db.transaction('r', tables, () =>
      Promise.all(tables.map(async (table) => (await Promise.all([...unitsByYear].map(([year, units]) => read(table, year, units)))).flat())),
    )
    const byName = new Map(tables.map((table, i) => [table.name, perTable[i] ?? []]))
    const of = (name: DataTableName) => byName.get(name) ?? []
    return { targets: of('targets'), budgets: of('budgets'), actuals: of('actuals'), spending: of('spending') } as unknown as Dataset
  }

  /**
   * The same indicator (单位, 类别, 三级指标) in the given years, each with its values,
   * newest year first: the drill-down's history across years.
   */
  async loadAcrossYears(unit: string, scope: string, name: string, years: readonly number[]): Promise<{ target: TargetRecord; actuals: ActualRecord[] }[]> {
    const { targets, actuals } = this.db
    return this.db.transaction('r', [targets, actuals], async () => {
      const found = (await targets.bulkGet(years.map((year) => [year, unit, scope, name]))).filter((t) => t !== undefined)
      const withValues = await Promise.all(
        found.map(async (target) => ({ target, actuals: await valuesOf(actuals, target) })),
      )
      return withValues.sort((a, b) => b.target.year - a.target.year)
    })
  }
}
