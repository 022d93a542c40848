import type { Table } from 'dexie'
import type { ActualRecord, Quarter, TargetRecord } from '@/domain/records'
import type { JixiaoDatabase } from './database'
import type { Dataset } from './datasetRepository'

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

/** Past this many units of one year, reading the whole year by its index beats one read per unit. */
const WHOLE_YEAR_FROM = 20

/** Reads what units, years and quarters exist, and one unit-year's data. */
export class CatalogRepository {
  constructor(private readonly db: JixiaoDatabase) {}

  /** Units in name order (zh-CN collation) with their years; built from index keys only. */
  async loadCatalog(): Promise<CatalogUnit[]> {
    const { targets, budgets, actuals, spending } = this.db
    const [targetKeys, budgetKeys, actualKeys, spendingKeys] = await this.db.transaction(
      'r',
      [targets, budgets, actuals, spending],
      () =>
        Promise.all([
          targets.orderBy('[unit+year]').uniqueKeys(),
          budgets.orderBy('[unit+year]').uniqueKeys(),
          actuals.orderBy('[unit+year+quarter]').uniqueKeys(),
          spending.orderBy('[unit+year+quarter]').uniqueKeys(),
        ]),
    )
    const years = new Map<string, Map<number, Quarter | null>>()
    const note = (unit: string, year: number, quarter: Quarter | null) => {
      const byYear = years.get(unit) ?? years.set(unit, new Map()).get(unit)!
      const known = byYear.get(year) ?? null
      byYear.set(year, quarter !== null && (known === null || quarter > known) ? quarter : known)
    }
    // Compound index keys come back untyped; their shape is fixed by the schema.
    for (const [unit, year] of [...targetKeys, ...budgetKeys] as unknown as [string, number][]) {
      note(unit, year, null)
    }
    for (const [unit, year, quarter] of [...actualKeys, ...spendingKeys] as unknown as [string, number, Quarter][]) {
      note(unit, year, quarter)
    }
    return [...years.entries()]
      .sort(([a], [b]) => a.localeCompare(b, 'zh-CN'))
      .map(([unit, byYear]) => ({
        unit,
        years: [...byYear.entries()]
          .sort(([a], [b]) => b - a)
          .map(([year, latestQuarter]) => ({ year, latestQuarter })),
      }))
  }

  /** Every unit's data for one year: four indexed reads, for the ranking of all units. */
  async loadYear(year: number): Promise<Dataset> {
    const { targets, budgets, actuals, spending } = this.db
    return this.db.transaction('r', [targets, budgets, actuals, spending], async () => {
      const [t, b, a, s] = await Promise.all([targets, budgets, actuals, spending].map((table) => table.where('year').equals(year).toArray()))
      return { targets: t, budgets: b, actuals: a, spending: s } as Dataset
    })
  }

  /** Everything stored for one unit and year, read in one transaction. */
  async loadUnitYear(unit: string, year: number): Promise<Dataset> {
    const { targets, budgets, actuals, spending } = this.db
    const key = [unit, year]
    return this.db.transaction('r', [targets, budgets, actuals, spending], async () => ({
      targets: await targets.where('[unit+year]').equals(key).toArray(),
      budgets: await budgets.where('[unit+year]').equals(key).toArray(),
      actuals: await actuals.where('[unit+year]').equals(key).toArray(),
      spending: await spending.where('[unit+year]').equals(key).toArray(),
    }))
  }

  /** One indicator and its quarterly values, or null when no indicator has the code. */
  async loadIndicator(code: string): Promise<{ target: TargetRecord; actuals: ActualRecord[] } | null> {
    const { targets, actuals } = this.db
    return this.db.transaction('r', [targets, actuals], async () => {
      const target = await targets.get(code)
      if (!target) return null
      return { target, actuals: await actuals.where('indicatorCode').equals(code).sortBy('quarter') }
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
   * Everything stored for several unit-years at once (an import's context). Each table
   * is read with getAll, never a cursor: a few unit-years by their [unit+year] key, many
   * of one year by the year index, then kept to the units asked for.
   */
  async loadUnitYears(unitYears: readonly (readonly [string, number])[]): Promise<Dataset> {
    const { targets, budgets, actuals, spending } = this.db
    // The four tables differ in row type and key; all have the [unit+year] and year indexes.
    const tables = [targets, budgets, actuals, spending] as unknown as Table<{ unit: string }>[]
    const unitsByYear = new Map<number, Set<string>>()
    for (const [unit, year] of unitYears) (unitsByYear.get(year) ?? unitsByYear.set(year, new Set()).get(year)!).add(unit)
    const read = (table: Table<{ unit: string }>, year: number, units: Set<string>) =>
      units.size > WHOLE_YEAR_FROM
        ? table.where('year').equals(year).toArray().then((rows) => rows.filter((row) => units.has(row.unit)))
        : Promise.all([...units].map((unit) => table.where('[unit+year]').equals([unit, year]).toArray())).then((lists) => lists.flat())
    const perTable = await this.db.transaction('r', tables, () =>
      Promise.all(tables.map(async (table) => (await Promise.all([...unitsByYear].map(([year, units]) => read(table, year, units)))).flat())),
    )
    const [t = [], b = [], a = [], s = []] = perTable
    return { targets: t, budgets: b, actuals: a, spending: s } as unknown as Dataset
  }

  /**
   * The same indicator (单位, 类别, 三级指标) in the given years, each with its values,
   * newest year first: the drill-down's history across years.
   */
  async loadAcrossYears(unit: string, scope: string, name: string, years: readonly number[]): Promise<{ target: TargetRecord; actuals: ActualRecord[] }[]> {
    const { targets, actuals } = this.db
    return this.db.transaction('r', [targets, actuals], async () => {
      const found = await targets.where('[year+unit+scope+name]').anyOf(years.map((year) => [year, unit, scope, name])).toArray()
      const withValues = await Promise.all(
        found.map(async (target) => ({ target, actuals: await actuals.where('indicatorCode').equals(target.code).sortBy('quarter') })),
      )
      return withValues.sort((a, b) => b.target.year - a.target.year)
    })
  }
}
