import Dexie from 'dexie'
import type { ActualRecord, TargetRecord } from '@/domain/records'
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
import { unchangedHeld, type HeldDocuments } from './documents'
import { decodeDocument, type StoredDocument } from './storedForm'
import { stampsOf, type CatalogRecord, type RowCounts } from './catalogLines'
import { joinKey } from '@/domain/keys'
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

  /**
   * A year's ranking: the one kept since the data last changed, or `compute` over the
   * year's documents, kept for next time. Read, computed and kept in one transaction, so
   * a write cannot slip between the documents read and the ranking kept.
   */
  /** A year's ranking under the rules whose settings and fingerprint are given, kept until the data or the rules change. */
  rankingOf(year: number, settings: EngineSettings, fingerprint: string): Promise<UnitStanding[]> {
    return this.standingsOf(year, standingsVersion(fingerprint), (documents) => rankUnits(documents, settings))
  }

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
  async loadIndicator(code: string): Promise<{ target: TargetRecord; actuals: ActualRecord[] } | null> {
    const { codes, documents } = this.db
    const stored = await this.db.transaction('r', [codes, documents], async () => {
      const where = await codes.where('codes').equals(code).first()
      return where && documents.get([where.year, where.unit])
    })
    const document = stored && decodeDocument(stored)
    const target = document?.targets.find((t) => t.code === code)
    return document && target ? { target, actuals: valuesOf(document, target) } : null
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
   * together: an import checks against them and may write them back from memory.
   * Documents in `known` (read ahead) are taken as they were read while their stamps are
   * unchanged; only the others are read again.
   */
  async loadForImport(keys: readonly UnitYearKey[], known: HeldDocuments = new Map()): Promise<HeldDocuments> {
    const { documents, catalog } = this.db
    const years = [...new Set(keys.map(([year]) => year))]
    return this.db.transaction('r', [documents, catalog], async () => {
      // With nothing known, both reads start at once.
      const [records, stored] = await Promise.all([
        catalog.bulkGet(years),
        known.size === 0 ? documents.bulkGet([...keys]) : null,
      ])
      const stamps = stampsOf(records)
      if (stored) return heldOf(keys, stamps, stored)
      const held = new Map<string, { document: UnitYearDocument; stamp: number }>()
      const unread: UnitYearKey[] = []
      for (const key of keys) {
        const k = joinKey(...key)
        const stamp = stamps.get(k)
        const kept = unchangedHeld(known, k, stamps)
        if (kept) held.set(k, kept)
        // A unit-year the catalog does not list has no document.
        else if (stamp !== undefined) unread.push(key)
      }
      const again = unread.length > 0 ? await documents.bulkGet(unread) : []
      for (const [k, document] of heldOf(unread, stamps, again)) held.set(k, document)
      return held
    })
  }

  /** Opens the database if it is not open yet, so that a read ahead can start at once; a failure is left for the reads to meet. */
  async opened(): Promise<void> {
    await this.db.open().catch(() => undefined)
  }

  /**
   * `loadForImport`, started before this call returns: its reads reach the database at
   * once, so the database reads them while this thread goes on with other work (Dexie
   * would open its transaction only at the thread's next turn). Falls back to
   * `loadForImport` while the database is not open yet.
   */
  readAheadForImport(keys: readonly UnitYearKey[]): Promise<HeldDocuments> {
    if (!this.db.isOpen()) return this.loadForImport(keys)
    const transaction = this.db.backendDB().transaction(['documents', 'catalog'], 'readonly')
    const years = [...new Set(keys.map(([year]) => year))]
    const documents = keys.map(
      (key) => transaction.objectStore('documents').get(key) as IDBRequest<StoredDocument | undefined>,
    )
    const records = years.map(
      (year) => transaction.objectStore('catalog').get(year) as IDBRequest<CatalogRecord | undefined>,
    )
    return new Promise<HeldDocuments>((resolve, reject) => {
      transaction.oncomplete = () =>
        resolve(
          heldOf(
            keys,
            stampsOf(records.map((r) => r.result)),
            documents.map((r) => r.result),
          ),
        )
      transaction.onabort = () => reject(transaction.error ?? new Error('read ahead aborted'))
    })
  }

  /**
   * The same indicator (单位, 类别, 三级指标) in the given years, each with its values,
   * newest year first: the drill-down's history across years.
   */
  async loadAcrossYears(
    unit: string,
    scope: string,
    name: string,
    years: readonly number[],
  ): Promise<{ target: TargetRecord; actuals: ActualRecord[] }[]> {
    const documents = (await this.db.documents.bulkGet(years.map((year) => [year, unit]))).map(
      (d) => d && decodeDocument(d),
    )
    return documents
      .flatMap((document) => {
        const target = document?.targets.find((t) => t.scope === scope && t.name === name)
        return document && target ? [{ target, actuals: valuesOf(document, target) }] : []
      })
      .sort((a, b) => b.target.year - a.target.year)
  }
}

/** An indicator's values in its document, in month order. */
function valuesOf(document: UnitYearDocument, target: TargetRecord): ActualRecord[] {
  return document.actuals.filter((a) => a.indicatorCode === target.code).sort((a, b) => a.month - b.month)
}

/** The documents found for `keys` (in their order) that the catalog lists, as rows, each with its stamp. */
function heldOf(
  keys: readonly UnitYearKey[],
  stamps: ReadonlyMap<string, number>,
  found: readonly (StoredDocument | undefined)[],
): Map<string, { document: UnitYearDocument; stamp: number }> {
  const held = new Map<string, { document: UnitYearDocument; stamp: number }>()
  keys.forEach((key, i) => {
    const k = joinKey(...key)
    const stamp = stamps.get(k)
    const document = found[i]
    if (document && stamp !== undefined) held.set(k, { document: decodeDocument(document), stamp })
  })
  return held
}
