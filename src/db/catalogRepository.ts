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

  /** Everything stored for several unit-years at once (an import's context, a year's ranking). */
  async loadUnitYears(unitYears: readonly (readonly [string, number])[]): Promise<Dataset> {
    const { targets, budgets, actuals, spending } = this.db
    const keys = unitYears.map(([unit, year]) => [unit, year])
    if (keys.length === 0) return { targets: [], budgets: [], actuals: [], spending: [] }
    return this.db.transaction('r', [targets, budgets, actuals, spending], async () => ({
      targets: await targets.where('[unit+year]').anyOf(keys).toArray(),
      budgets: await budgets.where('[unit+year]').anyOf(keys).toArray(),
      actuals: await actuals.where('[unit+year]').anyOf(keys).toArray(),
      spending: await spending.where('[unit+year]').anyOf(keys).toArray(),
    }))
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
