import type { ChangeRecord, LegacyActual, LegacyTarget, RowKey } from '@/domain/legacyRecords'
import type { DataTableName } from '@/domain/model'
import { joinKey } from '@/domain/keys'
import { legacyRowKeyOf } from '@/domain/rowKeys'

/**
 * Undo records in today's keys. Before schema v6 a target was keyed by its code and
 * an actual by [code, quarter]; those keys are rewritten from the rows they name (an
 * upgrade's stored rows, a backup's rows). A key whose row is gone names nothing to
 * undo and is dropped. A record that needs no change comes back as the same object.
 */
export function rekeyChanges(
  changes: readonly ChangeRecord[],
  rows: { targets: readonly LegacyTarget[]; actuals: readonly LegacyActual[] },
): ChangeRecord[] {
  let targetByCode: Map<string, LegacyTarget> | null = null
  let actualByCode: Map<string, LegacyActual> | null = null
  const rekey = (table: DataTableName, key: RowKey): RowKey | null => {
    if (table === 'targets' && typeof key === 'string') {
      const row = (targetByCode ??= new Map(rows.targets.map((t) => [t.code, t]))).get(key)
      return row ? legacyRowKeyOf('targets', row) : null
    }
    if (table === 'actuals' && Array.isArray(key) && key.length === 2) {
      const row = (actualByCode ??= new Map(rows.actuals.map((a) => [joinKey(a.indicatorCode, a.quarter), a]))).get(
        joinKey(key[0] as string, key[1] as number),
      )
      return row ? legacyRowKeyOf('actuals', row) : null
    }
    return key
  }
  return changes.map((change) => {
    if (!change.added || (change.table !== 'targets' && change.table !== 'actuals')) return change
    const rekeyed = change.added.map((key) => rekey(change.table, key))
    // The same object back tells the caller there is nothing to write.
    if (rekeyed.every((key, i) => key === change.added![i])) return change
    return { ...change, added: rekeyed.filter((key): key is RowKey => key !== null) }
  })
}
