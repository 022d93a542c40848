import type { Transaction } from 'dexie'
import type { ChangeRecord, LegacyActual, LegacyTarget } from '@/domain/legacyRecords'
import { rekeyChanges } from './rekeyChanges'
import { upgradeToDocuments } from './upgradeToDocuments'
import { legacyUnitYearsOf } from './legacy'

/** Since version 6: targets by natural key (year first), still unique by code. */
const TARGETS = '[year+unit+scope+name], &code'
/** Since version 6: one actual per indicator and quarter, ranged by year and unit. */
const ACTUALS = '[year+unit+indicatorCode+quarter]'

/** Copies every row of one store into another in an upgrade; returns the rows. */
async function moveRows<T>(transaction: Transaction, from: string, to: string): Promise<T[]> {
  const rows = (await transaction.table(from).toArray()) as T[]
  await transaction.table(to).bulkAdd(rows)
  return rows
}

/**
 * Schema versions, oldest first. Append-only: a released version is never edited,
 * a change adds a new entry (with an upgrade function when data must move).
 */
export const SCHEMA_VERSIONS: readonly {
  version: number
  stores: Record<string, string | null>
  upgrade?: (transaction: Transaction) => Promise<void>
}[] = [
  {
    version: 1,
    stores: {
      targets: 'code, &[year+unit+scope+name], [unit+year], year',
      budgets: 'id, [unit+year], year',
      actuals: '[indicatorCode+quarter], indicatorCode, [unit+year], [unit+year+quarter], batchId',
      spending: '[budgetId+quarter], budgetId, [unit+year], [unit+year+quarter], batchId',
      batches: '++id, importedAt, kind',
      settings: 'key',
    },
  },
  {
    // Undo: every row an import writes keeps its previous state here.
    version: 2,
    stores: { changes: '++id, batchId' },
  },
  {
    // Screens read a whole year (the ranking of every unit). Fewer indexes to keep up on
    // quarterly writes: an indicator's values come from the primary key, a unit-year's from
    // [unit+year+quarter], and undo reads `changes`, not the rows' batchId.
    version: 3,
    stores: {
      actuals: '[indicatorCode+quarter], [unit+year+quarter], year',
      spending: '[budgetId+quarter], [unit+year+quarter], year',
      // The catalog (units, years, latest quarter) in one read, kept by every write.
      unitYears: '[unit+year]',
    },
    async upgrade(transaction) {
      const rows = await Promise.all(
        ['targets', 'budgets', 'actuals', 'spending'].map((name) => transaction.table(name).toArray()),
      )
      const [targets = [], budgets = [], actuals = [], spending = []] = rows
      await transaction.table('unitYears').bulkPut(legacyUnitYearsOf({ targets, budgets, actuals, spending }))
    },
  },
  {
    // Every row written keeps up each index of its table, and a province's quarter is a
    // hundred thousand rows. One compound index led by the year now serves both reads a
    // screen makes: a unit-year (the prefix [year, unit]) and a whole year (the prefix
    // [year]). Targets use their natural key's unique index for both.
    version: 4,
    stores: {
      targets: 'code, &[year+unit+scope+name]',
      budgets: 'id, [year+unit]',
      actuals: '[indicatorCode+quarter], [year+unit+quarter]',
      spending: '[budgetId+quarter], [year+unit+quarter]',
      // The ranking of all units of a year, kept until the data next changes: opening the
      // overview reads it instead of evaluating every unit again.
      standings: 'year',
    },
  },
  {
    // Reading a range of an index looks each row up again by its primary key, which on
    // disk costs as much as the range itself, and every index is kept up on every write.
    // Targets and actuals are now keyed by year and unit first, so a unit-year or a year
    // is a range of the table itself: a target is still found by its code through a
    // unique index, an actual through its target, and actuals keep no index at all.
    // IndexedDB cannot change a primary key in place: the rows move out here and back in
    // version 6, and the undo records' keys are rewritten with them.
    version: 5,
    stores: {
      targets: null,
      actuals: null,
      targetsMoving: TARGETS,
      actualsMoving: ACTUALS,
    },
    async upgrade(transaction) {
      const targets = await moveRows<LegacyTarget>(transaction, 'targets', 'targetsMoving')
      const actuals = await moveRows<LegacyActual>(transaction, 'actuals', 'actualsMoving')
      const changes = transaction.table('changes')
      const stored = (await changes.toArray()) as ChangeRecord[]
      // Only the records whose keys changed are written back: undo records carry whole rows.
      await changes.bulkPut(rekeyChanges(stored, { targets, actuals }).filter((change, i) => change !== stored[i]))
    },
  },
  {
    version: 6,
    stores: {
      targets: TARGETS,
      actuals: ACTUALS,
      targetsMoving: null,
      actualsMoving: null,
    },
    async upgrade(transaction) {
      await moveRows(transaction, 'targetsMoving', 'targets')
      await moveRows(transaction, 'actualsMoving', 'actuals')
    },
  },
  {
    // One document per unit-year (docs/data-model.md): every screen reads one unit-year or
    // one year, and an import touches whole unit-years. Values are as of a month (SPEC
    // §2.8). The undo records become, per batch, the documents' tables as they were before
    // it. The catalog (a line per unit-year: periods reported, rows per table) is one
    // record per year, as it is always read whole and every record written costs as much
    // as a small one's contents. An indicator is found by its code through `codes`,
    // written only when targets change: a multi-entry index on the documents would be
    // rewritten with every quarter's values.
    version: 7,
    stores: {
      targets: null,
      budgets: null,
      actuals: null,
      spending: null,
      changes: null,
      unitYears: null,
      documents: '[year+unit]',
      codes: '[year+unit], *codes',
      catalog: 'year',
      before: 'batchId',
    },
    upgrade: upgradeToDocuments,
  },
]
