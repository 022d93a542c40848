/** The 整改 items a form's 整改 columns or a 整改 CSV make or update, planned beside the rows. */
import type { Dataset, PlannedRectify, PlannedRow } from '@/domain/model'
import { joinKey } from '@/domain/keys'
import { mergeRectifyLine } from '@/domain/rectifyImport'
import { mergeRectifyRow } from '@/domain/rectifyRows'
import type { RectifyMerge } from '@/domain/rectifyMerge'
import type { RectifyItem } from '@/domain/rectify'
import type { ParsedCsv } from '../parsedCsv'
import type { RectifyRowOnLine } from './rectifyRows'

/** The last day of month `month` of `year`, YYYY-MM-DD: the day a form's 整改 state stands on when it gives none. */
export function periodEnd(year: number, month: number): string {
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate()
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/**
 * Each unit-year whose items the files change, file by file in the order given: a form's
 * 整改 cell stands on the indicator its row's value was taken for (a row with a problem
 * makes nothing); a 整改 CSV's row on the line it names (`csvRows`, as the check found
 * them). Each is merged into the unit-year's items as stored and as earlier files left them
 * (see `mergeRectifyLine`, `mergeRectifyRow`).
 */
export function planRectify(
  files: readonly ParsedCsv[],
  rows: readonly PlannedRow[],
  existing: Dataset,
  csvRows: readonly RectifyRowOnLine[] = [],
): PlannedRectify[] {
  const withCells = files.filter((f) => (f.rectify && f.rectify.length > 0) || f.tagged?.kind === 'rectify')
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
    const take = (year: number, unit: string, merged: RectifyMerge) => {
      if (merged.added + merged.updated === 0) return
      const k = joinKey(year, unit)
      items.set(k, merged.items)
      const was = byUnitYear.get(k) ?? { file: file.fileName, year, unit, items: [], added: 0, updated: 0 }
      byUnitYear.set(k, {
        ...was,
        items: merged.items,
        added: was.added + merged.added,
        updated: was.updated + merged.updated,
      })
    }
    for (const cells of file.rectify ?? []) {
      const row = actualAt.get(joinKey(file.fileName, cells.line))
      if (row?.table !== 'actuals') continue
      const { year, unit, scope, indicatorCode: ref, month } = row.record
      const line = { year, unit, scope, ref, name: names.get(ref) ?? '', month, problem: cells.reason, ...cells }
      take(year, unit, mergeRectifyLine(itemsOf(year, unit), line, periodEnd(year, month)))
    }
    // A file's rows are several items of a line: an item one row matched or made is no other row's.
    const used = new Map<string, Set<string>>()
    for (const { row, subject, ref, name } of csvRows.filter((r) => r.file === file.fileName)) {
      const { year, unit, scope, month, light, problem } = row
      const about = { year, unit, scope, subject, ref, name, month, light, problem }
      const k = joinKey(year, unit)
      const taken = used.get(k) ?? used.set(k, new Set()).get(k)!
      take(year, unit, mergeRectifyRow(itemsOf(year, unit), about, row, periodEnd(year, month), taken))
    }
    planned.push(...byUnitYear.values())
  }
  return planned
}
