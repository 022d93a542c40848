import { joinKey } from '@/domain/keys'
import type { DataTableName, Dataset } from '@/domain/model'
import { BACKUP_TABLE_NAMES } from './backupFormat'

/** Keys that must be unique: a target's code and a budget line's id everywhere; a value per indicator and period within its unit-year. */
export function duplicates(data: Dataset, unitYearOf: (row: { year: number; unit: string }) => string): string[] {
  const check = (table: DataTableName, keys: string[]) => {
    const seen = new Set<string>()
    const dup = keys.find((k) => (seen.has(k) ? true : (seen.add(k), false)))
    return dup === undefined ? [] : [`“${BACKUP_TABLE_NAMES[table]}”中有重复的记录：${dup.replaceAll('\u0000', '|')}`]
  }
  return [
    ...check(
      'targets',
      data.targets.map((t) => t.code),
    ),
    ...check(
      'budgets',
      data.budgets.map((b) => b.id),
    ),
    ...check(
      'actuals',
      data.actuals.map((a) => joinKey(unitYearOf(a), a.indicatorCode, a.month)),
    ),
    ...check(
      'spending',
      data.spending.map((s) => joinKey(unitYearOf(s), s.budgetId, s.month)),
    ),
  ]
}

/** Values and spending rows that refer to no indicator or budget line of their unit-year: the first of each. */
export function dangling(data: Dataset): string[] {
  const codes = new Set(data.targets.map((t) => joinKey(t.year, t.unit, t.code)))
  const lines = new Set(data.budgets.map((b) => joinKey(b.year, b.unit, b.id)))
  const orphanActual = data.actuals.find((a) => !codes.has(joinKey(a.year, a.unit, a.indicatorCode)))
  const orphanSpending = data.spending.find((s) => !lines.has(joinKey(s.year, s.unit, s.budgetId)))
  return [
    ...(orphanActual ? [`实际完成记录指向不存在的指标：${orphanActual.indicatorCode}`] : []),
    ...(orphanSpending ? [`预算执行记录指向不存在的预算项目：${orphanSpending.budgetId}`] : []),
  ]
}
