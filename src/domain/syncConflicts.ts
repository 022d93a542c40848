/**
 * What a published folder's sync would overwrite of the changes made here since its last
 * sync (docs/ownership.md): the unit-years changed here since, the lines where this PC's
 * value and the folder's differ, and the plan that writes this PC's lines back after the
 * folder's (保留本机).
 */
import { DATA_TABLE_NAMES, type DataTableName, type ImportPlan, type PlannedRow, type UnitYearKey } from './model'
import type { BatchKind } from './storedRecords'
import { rectifyLines, tableLines, type TrailLine, type TrailNames } from './trailLines'
import type { RectifyItem } from './rectify'
import { unitYearIdOf } from './unitYears'
import { folderCopyWins, partOfField } from './syncOwnership'
import { rowIdOf } from './rowKeys'

/** Batches that are changes made here: an import, an entry, a 目标调整, a 整改 change, an undo. */
const MADE_HERE: ReadonlySet<BatchKind> = new Set<BatchKind>([
  'targets',
  'budget',
  'actuals',
  'spending',
  'entry',
  'adjust',
  'rectify',
  'undo',
])

/** Whether a batch of this kind is a change made here (not a folder's, the sample, a restore or rules). */
export const madeHere = (kind: BatchKind): boolean => MADE_HERE.has(kind)

/** A batch made here that still stands: who made it, when, and the unit-years it changed. */
export interface LocalChange {
  batchId: number
  at: number
  by?: string
  unitYears: readonly UnitYearKey[]
}

/** The newest change made here to a unit-year: its batch, who and when. */
export interface ChangedHere {
  batchId: number
  at: number
  by?: string
}

/**
 * The unit-years changed here since a folder last wrote or saw them: a change counts when its
 * batch is newer than the folder's mark for the unit-year (`marks`, by `unitYearIdOf`), or,
 * for a unit-year the folder never saw, newer than the folder's `baseline` (the newest batch
 * when it was added). Each with its newest such change.
 */
export function changedSince(
  changes: readonly LocalChange[],
  marks: Readonly<Record<string, number>>,
  baseline: number,
): Map<string, ChangedHere> {
  const out = new Map<string, ChangedHere>()
  for (const change of changes)
    for (const key of change.unitYears) {
      const id = unitYearIdOf({ year: key[0], unit: key[1] })
      if (change.batchId <= (marks[id] ?? baseline)) continue
      const seen = out.get(id)
      if (seen && seen.batchId > change.batchId) continue
      out.set(id, { batchId: change.batchId, at: change.at, ...(change.by && { by: change.by }) })
    }
  return out
}

/** A unit-year's 整改 items as stored here, and as a folder's plan leaves them. */
export interface PlannedItems {
  year: number
  unit: string
  stored: readonly RectifyItem[]
  planned: readonly RectifyItem[]
}

/** The lines of the 整改 items a folder would change (not those it adds: nothing here is lost). */
function itemLines(items: PlannedItems): TrailLine[] {
  return rectifyLines(items.stored, items.planned).filter(
    (line) => line.before !== null && !folderCopyWins(partOfField('rectify', line.field), true),
  )
}

/** A unit-year the folder would change where it was changed here: the lines, this PC's value (before) against the folder's (after). */
export interface SyncConflict {
  /** `unitYearIdOf` the unit-year. */
  id: string
  year: number
  unit: string
  lines: TrailLine[]
  here: ChangedHere
}

/**
 * The conflicts of a folder's planned rows: for each unit-year changed here since the last
 * sync, the lines of the rows the folder would update whose compared fields differ and
 * whose part the unit owns (`folderCopyWins`); unit-years without such a line are none.
 */
export function syncConflicts(
  rows: readonly PlannedRow[],
  changed: ReadonlyMap<string, ChangedHere>,
  names: TrailNames,
  items: readonly PlannedItems[] = [],
): SyncConflict[] {
  const byUnitYear = new Map<string, PlannedRow[]>()
  for (const row of rows) {
    if (row.status !== 'updated' || row.before === null) continue
    const id = unitYearIdOf(row.record)
    if (!changed.has(id)) continue
    const list = byUnitYear.get(id)
    if (list) list.push(row)
    else byUnitYear.set(id, [row])
  }
  const itemsOf = new Map(items.map((i) => [unitYearIdOf(i), i]))
  const ids = [...new Set([...byUnitYear.keys(), ...[...itemsOf.keys()].filter((id) => changed.has(id))])]
  const out: SyncConflict[] = []
  for (const id of ids) {
    const list = byUnitYear.get(id) ?? []
    const lines = DATA_TABLE_NAMES.flatMap((table) => {
      const ofTable = list.filter((r) => r.table === table)
      return tableLines(
        table,
        ofTable.map((r) => r.before!),
        ofTable.map((r) => r.record),
        names,
      ).filter((line) => !folderCopyWins(partOfField(table, line.field), true))
    })
    const ofItems = itemsOf.get(id)
    if (ofItems) lines.push(...itemLines(ofItems))
    if (lines.length === 0) continue
    const { year, unit } = list[0]?.record ?? ofItems!
    out.push({ id, year, unit, lines, here: changed.get(id)! })
  }
  return out
}

/**
 * The plan that writes this PC's rows back after the folder's (保留本机): every planned row
 * of the kept unit-years with a line in their conflict, its stored row as the record and the
 * folder's as what it replaces, so its batch's trail reads folder's value → this PC's; and
 * the 整改 items in conflict as stored here, beside the folder's others.
 */
export function keptPlan(
  rows: readonly PlannedRow[],
  kept: readonly SyncConflict[],
  fileName: string,
  items: readonly PlannedItems[] = [],
): ImportPlan {
  const lined = new Set(kept.flatMap((c) => c.lines.map((l) => `${c.id}\u0000${l.table}\u0000${l.key}`)))
  const planned = rows.flatMap((row): PlannedRow[] => {
    if (row.before === null) return []
    const key = `${unitYearIdOf(row.record)}\u0000${row.table}\u0000${rowIdOf(row.table as DataTableName, row.record as never)}`
    if (!lined.has(key)) return []
    return [{ ...row, file: fileName, record: row.before, before: row.record, status: 'updated' } as PlannedRow]
  })
  // The folder's items, but those in conflict as stored here: the batch sets the unit-year's items to these.
  const rectify = items.flatMap((i) => {
    const id = unitYearIdOf(i)
    const lines = kept.find((c) => c.id === id)?.lines ?? []
    const mine = new Set(lines.filter((l) => l.table === 'rectify').map((l) => l.key))
    if (mine.size === 0) return []
    const stored = new Map(i.stored.map((item) => [item.id, item]))
    const next = i.planned.map((item) => (mine.has(item.id) ? (stored.get(item.id) ?? item) : item))
    return [{ file: fileName, year: i.year, unit: i.unit, items: next, added: 0, updated: mine.size }]
  })
  return {
    rows: planned,
    ...(rectify.length > 0 && { rectify }),
    parents: [],
    problems: [],
    skipped: [],
    failedFiles: [],
    notices: [],
    counts: { added: 0, updated: planned.length, unchanged: 0, skipped: 0 },
  }
}

/** What is chosen for a unit-year in conflict: this PC's lines (保留本机) or the folder's (采用数据来源). */
export type SyncChoice = 'kept' | 'taken'

/**
 * The choices as the batches' reason says them, for the trail: `保留本机：2024年 甲局；采用数据来源：2024年 乙局`
 * (a side without a unit-year left out); undefined when nothing was asked.
 */
export function choiceReason(
  conflicts: readonly SyncConflict[],
  choices: Readonly<Record<string, SyncChoice>>,
): string | undefined {
  const named = (choice: SyncChoice) =>
    conflicts.filter((c) => choices[c.id] === choice).map((c) => `${c.year}年 ${c.unit}`)
  const parts = [
    ['保留本机', named('kept')],
    ['采用数据来源', named('taken')],
  ] as const
  const said = parts.filter(([, units]) => units.length > 0).map(([label, units]) => `${label}：${units.join('、')}`)
  return said.length > 0 ? said.join('；') : undefined
}
