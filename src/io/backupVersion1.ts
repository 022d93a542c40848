import type { Version1Backup } from '@/domain/legacyRecords'
import { DATA_TABLE_NAMES, type DataTableName, type Dataset } from '@/domain/model'
import { BACKUP_TABLE_NAMES, type BackupParse } from './backupFormat'
import {
  BATCH_CHECK,
  checkRows,
  fields,
  isNumber,
  isBoolean,
  isObject,
  isQuarter,
  isText,
  KEYED,
  ROW_CHECKS,
  STAMP,
  type Check,
} from './backupRowChecks'
import { dangling, duplicates } from './backupKeys'

/** Version 1 backups: a table per kind, values by quarter, undo records per table. */
const V1_CHECKS: Record<DataTableName | 'batches' | 'changes', Check> = {
  targets: ROW_CHECKS.targets,
  budgets: ROW_CHECKS.budgets,
  actuals: fields(
    { indicatorCode: isText, quarter: isQuarter, ...KEYED, actualText: isText, sample: isBoolean },
    STAMP,
  ),
  spending: fields({ budgetId: isText, quarter: isQuarter, ...KEYED, spent: isNumber, sample: isBoolean }, STAMP),
  batches: BATCH_CHECK,
  changes: (row) =>
    fields({ id: isNumber, batchId: isNumber, table: (v) => (DATA_TABLE_NAMES as readonly unknown[]).includes(v) })(
      row,
    ) ??
    (row.after !== undefined
      ? isObject(row.after)
        ? null
        : 'after'
      : !Array.isArray(row.added)
        ? 'added'
        : !Array.isArray(row.replaced) || !row.replaced.every(isObject)
          ? 'replaced'
          : null),
}

/** A version 1 file: its four tables and undo records, checked. */
export function parseVersion1(tables: Record<string, unknown>): BackupParse {
  const errors: string[] = []
  for (const table of Object.keys(V1_CHECKS) as (keyof typeof V1_CHECKS)[]) {
    const rows = tables[table]
    if (!Array.isArray(rows)) errors.push(`缺少“${BACKUP_TABLE_NAMES[table]}”数据`)
    else checkRows(rows, V1_CHECKS[table], table, errors)
  }
  if (errors.length > 0) return { ok: false, errors: errors.slice(0, 20) }
  const legacy = tables as unknown as Version1Backup
  const quarterly = {
    ...legacy,
    actuals: legacy.actuals.map((a) => ({ ...a, month: a.quarter })),
    spending: legacy.spending.map((s) => ({ ...s, month: s.quarter })),
  }
  errors.push(...duplicates(quarterly as unknown as Dataset, () => ''), ...dangling(quarterly as unknown as Dataset))
  if (errors.length > 0) return { ok: false, errors: errors.slice(0, 20) }
  // Only the tables a version 1 file holds: anything else in the file is not kept.
  const { targets, budgets, actuals, spending, batches, changes } = legacy
  return { ok: true, data: { targets, budgets, actuals, spending, batches, changes } }
}
