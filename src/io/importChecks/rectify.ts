/** The 整改 items a form's 整改 columns make or update, planned beside its rows. */
import type { Dataset, PlannedRectify, PlannedRow } from '@/domain/model'
import { joinKey } from '@/domain/keys'
import { mergeRectifyLine } from '@/domain/rectifyImport'
import type { RectifyItem } from '@/domain/rectify'
import type { ParsedCsv } from '../parseCsv'

/** The last day of month `month` of `year`, YYYY-MM-DD: the day a form's 整改 state stands on when it gives none. */
export function periodEnd(year: number, month: number): string {
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate()
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/**
 * Each unit-year whose items the files' 整改 cells change, file by file in the order given:
 * a cell stands on the indicator its row's value was taken for (a row with a problem makes
 * nothing), merged into the unit-year's items as stored (see `mergeRectifyLine`).
 */
export function planRectify(
  files: readonly ParsedCsv[],
  rows: readonly PlannedRow[],
  existing: Dataset,
): PlannedRectify[] {
  const withCells = files.filter((f) => f.rectify && f.rectify.length > 0)
  if (withCells.length === 0) return []
  const actualAt = new Map<string, PlannedRow>()
  const names = new Map<string, string>()
  for (const t of existing.targets) names.set(t.code, t.name)
  for (const row of rows) {
    if (row.table === 'actuals') actualAt.set(joinKey(row.file, row.line), row)
    if (row.table === 'targets') names.set(row.record.code, row.record.name)
  }
  const items = new Map<string, RectifyItem[]>()
  const itemsOf = (year: number, unit: string) => {
    const k = joinKey(year, unit)
    if (!items.has(k))
      items.set(
        k,
        (existing.rectify ?? []).filter((i) => i.year === year && i.unit === unit),
      )
    return items.get(k)!
  }
  const planned: PlannedRectify[] = []
  for (const file of withCells) {
    const byUnitYear = new Map<string, PlannedRectify>()
    for (const cells of file.rectify!) {
      const row = actualAt.get(joinKey(file.fileName, cells.line))
      if (row?.table !== 'actuals') continue
      const { year, unit, scope, indicatorCode: ref, month } = row.record
      const line = { year, unit, scope, ref, name: names.get(ref) ?? '', month, problem: cells.reason, ...cells }
      const merged = mergeRectifyLine(itemsOf(year, unit), line, periodEnd(year, month))
      if (merged.added + merged.updated === 0) continue
      items.set(joinKey(year, unit), merged.items)
      const k = joinKey(year, unit)
      const was = byUnitYear.get(k) ?? { file: file.fileName, year, unit, items: [], added: 0, updated: 0 }
      byUnitYear.set(k, {
        ...was,
        items: merged.items,
        added: was.added + merged.added,
        updated: was.updated + merged.updated,
      })
    }
    planned.push(...byUnitYear.values())
  }
  return planned
}
