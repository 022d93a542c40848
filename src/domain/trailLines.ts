/**
 * The lines of the trail: what a batch changed, indicator by indicator and line by line,
 * as the value it replaced and the value it left (docs/data-model.md, "The trail's lines").
 */
import { DATA_TABLE_NAMES, type DataTableName, type DataTables, type RowOf } from './model'
import type { Month } from './period'
import { RULE_FIELDS, type Rules } from './engine/rules'
import { rowIdOf } from './rowKeys'
import { lastStep, RECTIFY_STATE_NAMES, type RectifyItem } from './rectify'
import type { DocumentParts } from './storedRecords'
import { reviewLines } from './reviewTrail'

/** What a line is of: one of the four tables, the unit-year's 主管部门, a 整改 item, a period's review, or the scoring rules. */
export type TrailTable = DataTableName | 'parent' | 'rectify' | 'review' | 'rules'

/** One value a batch changed: null where there was none (a row added, or removed). */
export interface TrailLine {
  table: TrailTable
  /** The row's identity within its document (`rowIdOf`), the 整改 item's id, or the rule's field. */
  key: string
  /** The indicator's name, the budget line's item, the unit (主管部门) or the rules' name. */
  name: string
  /** The month a value or a spending is as of. */
  month?: Month
  field: string
  before: string | number | null
  after: string | number | null
}

/** The fields the trail compares, per table: what an officer types or a form gives. */
export const TRAIL_FIELDS: { readonly [T in DataTableName]: readonly (keyof RowOf[T] & string)[] } = {
  targets: [
    'targetText',
    'weight',
    'adjustedText',
    'adjustedWeight',
    'adjustedFrom',
    'adjustReason',
    'adjustApproval',
    'adjustApprovedOn',
  ],
  budgets: ['initialBudget', 'budget'],
  actuals: ['actualText', 'forecast', 'reason'],
  spending: ['spent', 'forecast'],
}

/** Names to tell rows by: indicators by code, budget lines by id. */
export interface TrailNames {
  indicators: ReadonlyMap<string, string>
  budgetLines: ReadonlyMap<string, string>
}

/** The names of the indicators and budget lines in these tables; a later source's name wins. */
export function trailNames(...sources: readonly Partial<DataTables>[]): TrailNames {
  const indicators = new Map<string, string>()
  const budgetLines = new Map<string, string>()
  for (const source of sources) {
    for (const t of source.targets ?? []) indicators.set(t.code, t.name)
    for (const b of source.budgets ?? []) budgetLines.set(b.id, b.item)
  }
  return { indicators, budgetLines }
}

/**
 * The lines of one table: every compared field of every row whose value differs between
 * `before` and `after`, rows in the order they stand (after's, then those removed).
 */
export function tableLines<T extends DataTableName>(
  table: T,
  before: readonly RowOf[T][],
  after: readonly RowOf[T][],
  names: TrailNames,
): TrailLine[] {
  const was = new Map(before.map((row) => [rowIdOf(table, row), row]))
  const now = new Map(after.map((row) => [rowIdOf(table, row), row]))
  const ids = [...new Set([...now.keys(), ...was.keys()])]
  const lines: TrailLine[] = []
  for (const key of ids) {
    const old = was.get(key)
    const next = now.get(key)
    const row = (next ?? old)!
    for (const field of TRAIL_FIELDS[table]) {
      const a = valueOf(old?.[field])
      const b = valueOf(next?.[field])
      if (a === b) continue
      const month = 'month' in row ? (row as { month: Month }).month : undefined
      lines.push({ table, key, name: nameOf(table, row, names), ...(month && { month }), field, before: a, after: b })
    }
  }
  return lines
}

/**
 * The lines of a document's change: each table `before` holds (all four when it is null:
 * the batch made the document), against `after` (null: the document is gone), its
 * 主管部门 when `before` names one, and its 整改 items and reviews when `before` holds them.
 */
export function documentLines(
  unit: string,
  before: DocumentParts | null,
  after: DocumentParts | null,
  names: TrailNames,
): TrailLine[] {
  const tables = before === null ? DATA_TABLE_NAMES : DATA_TABLE_NAMES.filter((t) => before[t] !== undefined)
  const lines = tables.flatMap((t) => tableLines(t, before?.[t] ?? [], after?.[t] ?? [], names))
  if (before === null || before.rectify !== undefined)
    lines.push(...rectifyLines(before?.rectify ?? [], after?.rectify ?? []))
  if (before === null || before.review !== undefined)
    lines.push(...reviewLines(unit, before?.review ?? [], after?.review ?? []))
  if (before && before.parent !== undefined && (before.parent ?? null) !== (after?.parent ?? null))
    lines.push({
      table: 'parent',
      key: unit,
      name: unit,
      field: 'parent',
      before: before.parent,
      after: after?.parent ?? null,
    })
  return lines
}

/** The fields of a 整改 item the trail compares, each as the line shows it. */
const RECTIFY_FIELDS: readonly [string, (item: RectifyItem) => string][] = [
  ['problem', (i) => i.problem],
  ['measure', (i) => i.measure],
  ['owner', (i) => i.owner],
  ['due', (i) => i.due],
  ['state', (i) => stepText(i)],
  ['stateReason', (i) => lastStep(i)?.reason ?? ''],
  ['result', (i) => i.result],
]

/** A state as the trail tells it: its name and the day it was entered (已完成 2024-11-02). */
function stepText(item: RectifyItem): string {
  const step = lastStep(item)
  return step ? `${RECTIFY_STATE_NAMES[step.state]} ${step.date}` : ''
}

/** The lines of a document's 整改 items: every compared field that differs, item by item (an item made or removed against none). */
export function rectifyLines(before: readonly RectifyItem[], after: readonly RectifyItem[]): TrailLine[] {
  const was = new Map(before.map((i) => [i.id, i]))
  const now = new Map(after.map((i) => [i.id, i]))
  const lines: TrailLine[] = []
  for (const key of new Set([...now.keys(), ...was.keys()])) {
    const old = was.get(key)
    const next = now.get(key)
    const item = (next ?? old)!
    for (const [field, read] of RECTIFY_FIELDS) {
      const a = old ? read(old) : ''
      const b = next ? read(next) : ''
      if (a === b) continue
      lines.push({
        table: 'rectify',
        key,
        name: item.name,
        month: item.month,
        field,
        before: old ? a : null,
        after: next ? b : null,
      })
    }
  }
  return lines
}

/** The lines of a change of scoring rules: its name, then each value that differs. */
export function rulesLines(before: Rules, after: Rules): TrailLine[] {
  const lines: TrailLine[] = []
  if (before.name !== after.name)
    lines.push({ table: 'rules', key: 'name', name: after.name, field: 'name', before: before.name, after: after.name })
  for (const field of RULE_FIELDS)
    if (before.values[field] !== after.values[field])
      lines.push({
        table: 'rules',
        key: field,
        name: after.name,
        field,
        before: before.values[field],
        after: after.values[field],
      })
  return lines
}

function valueOf(value: unknown): string | number | null {
  return typeof value === 'string' || typeof value === 'number' ? value : null
}

function nameOf<T extends DataTableName>(table: T, row: RowOf[T], names: TrailNames): string {
  switch (table) {
    case 'targets':
      return (row as RowOf['targets']).name
    case 'budgets':
      return (row as RowOf['budgets']).item
    case 'actuals': {
      const code = (row as RowOf['actuals']).indicatorCode
      return names.indicators.get(code) ?? code
    }
    default: {
      const id = (row as RowOf['spending']).budgetId
      return names.budgetLines.get(id) ?? id
    }
  }
}

/** A batch's lines; `complete` is false where what it left could no longer be told (an undo kept before the trail had lines). */
export interface BatchLines {
  lines: TrailLine[]
  complete: boolean
}
