/**
 * Row identity: how a row is known within its unit-year document, and how schema v6 keyed
 * the rows of its tables (which undo records and version 1 backups still name them by).
 */
import type { DataTableName, RowOf } from './model'
import type { LegacyActual, LegacyBudget, LegacyRow, LegacySpending, LegacyTarget, RowKey } from './legacyRecords'
import { joinKey } from './keys'

/** A row's identity within its document, per table (the document holds year and unit): an import replaces the row of the same identity. */
export function rowIdOf<T extends DataTableName>(table: T, row: RowOf[T]): string {
  switch (table) {
    case 'targets': {
      const t = row as RowOf['targets']
      return joinKey(t.scope, t.name)
    }
    case 'budgets':
      return (row as RowOf['budgets']).id
    case 'actuals': {
      const a = row as RowOf['actuals']
      return joinKey(a.indicatorCode, a.month)
    }
    default: {
      const s = row as RowOf['spending']
      return joinKey(s.budgetId, s.month)
    }
  }
}

/**
 * The primary key of a row in its table in schema v6: targets and actuals by year and
 * unit first, so a unit-year or a year is one range of the table itself.
 */
export function legacyRowKeyOf(table: DataTableName, row: LegacyRow): RowKey {
  switch (table) {
    case 'targets': {
      const t = row as LegacyTarget
      return [t.year, t.unit, t.scope, t.name]
    }
    case 'budgets':
      return (row as LegacyBudget).id
    case 'actuals': {
      const a = row as LegacyActual
      return [a.year, a.unit, a.indicatorCode, a.quarter]
    }
    default: {
      const s = row as LegacySpending
      return [s.budgetId, s.quarter]
    }
  }
}

/** A row key as one string, for a map: a budget line's id as it is, an array's parts joined. */
export function joinedRowKey(key: RowKey): string {
  return typeof key === 'string' ? key : joinKey(...key)
}
