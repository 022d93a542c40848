import Dexie from 'dexie'
import {
  datasetOf,
  DATA_TABLE_NAMES,
  emptyDataset,
  type Dataset,
  type UnitYearDocument,
  type UnitYearKey,
} from '@/domain/model'
import type { Period } from '@/domain/period'
import { compareChinese } from '@/domain/summary'
import type { JixiaoDatabase } from './database'
import type { HeldDocuments } from './documents'
import { decodeDocument } from './storedForm'
import type { RowCounts } from './catalogLines'
import { loadForImport, readAheadForImport } from './importReads'
import { loadAcrossYears, loadIndicator, type IndicatorValues } from './indicatorReads'
import { parentsOf } from '@/domain/unitYears'
import { rankUnits, type UnitStanding } from '@/domain/engine/ranking'
import type { EngineSettings } from '@/domain/engine/settings'
import { standingsVersion } from './rulesRepository'
import { readDataVersion } from './dataWrite'

/** A year of one unit that has data, and the periods values were reported for. */
export interface CatalogYear {
  year: number
  /** In month order, named as given; empty when nothing was reported yet. */
  periods: Period[]
  /** The unit's 主管部门 that year, when a form or file named one. */
  parent?: string
}

/** A unit and the years it has data for, newest first. */
export interface CatalogUnit {
  unit: string
  years: CatalogYear[]
}

/** One unit's year. */
export interface UnitYear {
  unit: string
  year: number
}

/** A unit-year read with the catalog: its data and the year before's (empty tables when none). */
export interface ReadAhead extends UnitYear {
  current: Dataset
  previous: Dataset
}

/** Reads what units, years and periods exist, and the documents of unit-years. */
export class CatalogRepository {
  constructor(private readonly db: JixiaoDatabase) {}

  /** Units in name order (zh-CN collation) with their years and reported periods: one read. */
  async loadCatalog(): Promise<CatalogUnit[]> {
    const yearsByUnit = new Map<string, CatalogYear[]>()
    for (const { unit, year, periods, parent } of (await this.db.catalog.toArray()).flatMap((record) => record.lines)) {
      const years = yearsByUnit.get(unit) ?? []
      years.push({ year, periods, ...(parent !== undefined && { parent }) })
      yearsByUnit.set(unit, years)
    }
    return [...yearsByUnit]
      .sort(([a], [b]) => compareChinese(a, b))
      .map(([unit, years]) => ({ unit, years: years.sort((a, b) => b.year - a.year) }))
  }

  /**
   * The catalog (see `loadCatalog`) and the data version it shows, read together; with
   * `ahead`, that unit's year and the year before (see `loadUnitYear`) in the same read, as
   * start-up knows from the link or the last visit which unit-year the first screen shows.
   */
  async loadCatalogAt(ahead?: UnitYear): Promise<{ units: CatalogUnit[]; version: number; ahead?: ReadAhead }> {
    const { catalog, settings, documents } = this.db
    return this.db.transaction('r', [catalog, settings, documents], async () => {
      const [units, version, current, previous] = await Promise.all([
        this.loadCatalog(),
        readDataVersion(this.db),
        ahead && this.loadUnitYear(ahead.unit, ahead.year),
        ahead && this.loadUnitYear(ahead.unit, ahead.year - 1),
      ])
      return ahead && current && previous
        ? { units, version, ahead: { ...ahead, current, previous } }
        : { units, version }
    })
  }

  /** The data version: every change of units' data committed so far moved it on. */
  dataVersion(): Promise<number> {
    return readDataVersion(this.db)
  }

  /** Rows stored per table, summed from the catalog lines (no document is read). */
  async counts(): Promise<RowCounts> {
    const counts: RowCounts = { targets: 0, budgets: 0, actuals: 0, spending: 0 }
    for (const { lines } of await this.db.catalog.toArray())
      for (const line of lines) for (const table of DATA_TABLE_NAMES) counts[table] += line.counts[table]
    return counts
  }

  /** Every unit's document for one year: one range of the primary key. */
  async loadYearDocuments(year: number): Promise<UnitYearDocument[]> {
    return (
      await this.db.documents.where(':id').between([year, Dexie.minKey], [year, Dexie.maxKey], true, true).toArray()
    ).map(decodeDocument)
  }

  /** A year's ranking under the rules whose settings and fingerprint are given, kept until the data or the rules change. */
  rankingOf(year: number, settings: EngineSettings, fingerprint: string): Promise<UnitStanding[]> {
    return this.standingsOf(year, standingsVersion(fingerprint), (documents) => rankUnits(documents, settings))
  }

  /**
   * A year's standings: the ones kept since the data last changed, or `compute` over the
   * year's documents, kept for next time. Read, computed and kept in one transaction, so
   * a write cannot slip between the documents read and the standings kept.
   */
  async standingsOf<T>(year: number, version: string, compute: (documents: UnitYearDocument[]) => T[]): Promise<T[]> {
    const kept = await this.db.standings.get(year)
    if (kept && kept.version === version) return kept.standings as T[]
    const { documents, standings } = this.db
    return this.db.transaction('rw', [documents, standings], async () => {
      const computed = compute(await this.loadYearDocuments(year))
      await standings.put({ year, version, standings: computed })
      return computed
    })
  }

  /** Everything stored for one unit and year: its document (with its 主管部门, 整改 items and reviews), or empty tables. */
  async loadUnitYear(unit: string, year: number): Promise<Dataset> {
    const stored = await this.db.documents.get([year, unit])
    if (!stored) return emptyDataset()
    const document = decodeDocument(stored)
    const { parent, rectify, review } = document
    if (parent === undefined && rectify === undefined && review === undefined) return datasetOf([document])
    return {
      ...datasetOf([document]),
      ...(parent !== undefined && { parents: parentsOf([document]) }),
      ...(rectify !== undefined && { rectify }),
      ...(review !== undefined && { review }),
    }
  }

  /** One indicator and its values by period, or null when no indicator has the code. */
  loadIndicator(code: string): Promise<IndicatorValues | null> {
    return loadIndicator(this.db, code)
  }

  /** Every stored row of every unit and year, with each unit-year's 主管部门 and 整改 items (for exports). */
  async loadEverything(): Promise<Dataset> {
    const documents = (await this.db.documents.toArray()).map(decodeDocument)
    const rectify = documents.flatMap((d) => d.rectify ?? [])
    const review = documents.flatMap((d) => d.review ?? [])
    return {
      ...datasetOf(documents),
      parents: parentsOf(documents),
      ...(rectify.length > 0 && { rectify }),
      ...(review.length > 0 && { review }),
    }
  }

  /**
   * The documents of several unit-years with the stamps of their last writes, read
   * together (see `loadForImport` in `./importReads`).
   */
  loadForImport(keys: readonly UnitYearKey[], known: HeldDocuments = new Map()): Promise<HeldDocuments> {
    return loadForImport(this.db, keys, known)
  }

  /** Opens the database if it is not open yet, so that a read ahead can start at once; a failure is left for the reads to meet. */
  async opened(): Promise<void> {
    await this.db.open().catch(() => undefined)
  }

  /** `loadForImport`, its reads started before this call returns (see `readAheadForImport` in `./importReads`). */
  readAheadForImport(keys: readonly UnitYearKey[]): Promise<HeldDocuments> {
    return readAheadForImport(this.db, keys)
  }

  /** The same indicator (单位, 类别, 三级指标) in the given years, newest year first. */
  loadAcrossYears(unit: string, scope: string, name: string, years: readonly number[]): Promise<IndicatorValues[]> {
    return loadAcrossYears(this.db, unit, scope, name, years)
  }
}
