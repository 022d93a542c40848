/**
 * 整改 items from a form's 整改 columns (整改措施, 责任人及完成时限, 整改状态): an indicator line's
 * cells made into items of its unit-year, updating its open item rather than adding a second,
 * and leaving an item the cells already tell (a re-import of an exported 监控表) as it is.
 */
import {
  isDate,
  lastStep,
  newRectifyItem,
  refusalOf,
  RECTIFY_STATE_NAMES,
  stateOf,
  withItem,
  withState,
  type RectifyItem,
  type RectifyState,
} from './rectify'

/**
 * One indicator line of a form with 整改 cells, in an item's own fields, as the cells give them:
 * 问题 is the line's 偏差原因, if any; 责任人 may end with its 完成时限 (`王明 2024-12-31`), and `due`
 * is a 完成时限 column of its own when the form has one; `state` is the 整改状态 cell as written.
 */
export type RectifyLine = Pick<
  RectifyItem,
  'year' | 'unit' | 'scope' | 'ref' | 'name' | 'month' | 'light' | 'problem' | 'measure' | 'owner' | 'due'
> & { readonly state: string }

/** The unit-year's items after a line, and how many it added and updated. */
export interface RectifyMerge {
  items: RectifyItem[]
  added: number
  updated: number
}

const DAY = /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?/

/** The first day written in `text` as YYYY-MM-DD (`2024年12月31日`, `2024/12/31`), or '' when none. */
export function dayIn(text: string): string {
  const m = DAY.exec(text)
  if (!m) return ''
  const day = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`
  return isDate(day) ? day : ''
}

/** Words forms use for each state, the app's own first. */
const STATE_WORDS: readonly [RegExp, RectifyState][] = [
  [/^(未开始|未整改|尚未开始)/, 'notStarted'],
  [/^(整改中|正在整改|进行中|推进中)/, 'inProgress'],
  [/^(已完成|已整改|整改完成|已办结|完成)/, 'done'],
  [/^(不再需要|无需整改)/, 'notNeeded'],
]

/** A state cell read: the state it names (null when none), its day, and the words after them. */
export function readState(text: string): { state: RectifyState | null; date: string; rest: string } {
  const trimmed = text.trim()
  const hit = STATE_WORDS.find(([word]) => word.test(trimmed))
  if (!hit) return { state: null, date: dayIn(trimmed), rest: trimmed }
  const after = trimmed.replace(hit[0], '')
  const date = dayIn(after)
  const rest = after
    .replace(DAY, '')
    .replace(/^[\s，,、：:;；]+/, '')
    .trim()
  return { state: hit[1], date, rest }
}

/** 责任人 and 完成时限 of an owner cell (`王明 2024-12-31`), the due column's day first. */
export function readOwner(owner: string, due: string): { owner: string; due: string } {
  const day = dayIn(due) || dayIn(owner)
  const name = owner
    .replace(DAY, '')
    .replace(/[\s，,、;；]+$/, '')
    .trim()
  return { owner: name, due: day }
}

/** How an exported 监控表 prints an item's three cells: 措施; 责任人 时限; state since when. */
export function printedCells(item: RectifyItem): [string, string, string] {
  const step = lastStep(item)
  return [
    item.measure,
    [item.owner, item.due].filter((s) => s !== '').join(' '),
    step ? `${RECTIFY_STATE_NAMES[step.state]} ${step.date}` : '',
  ]
}

/** The cells as entries: one per line when the state column names a state on each line, else one. */
function entriesOf(line: RectifyLine): { measure: string; owner: string; due: string; state: string }[] {
  const split = (text: string) => text.split('\n').map((s) => s.trim())
  const states = split(line.state)
  const measures = split(line.measure)
  const perLine =
    states.length > 1 && states.length === measures.length && states.every((s) => readState(s).state !== null)
  if (!perLine) return [{ measure: line.measure.trim(), owner: line.owner.trim(), due: line.due, state: line.state }]
  const owners = split(line.owner)
  return states.map((state, k) => ({ measure: measures[k]!, owner: owners[k] ?? '', due: line.due, state }))
}

/**
 * `items` (the unit-year's) with the 整改 cells of `line` taken in, on `date` where a
 * state gives no day (the form's period end). Each entry the cells of an item already
 * print is left alone; another updates the line's first open item not yet matched (its
 * typed fields where the cell gives them, its state where the move is allowed), else is a new item.
 */
export function mergeRectifyLine(items: readonly RectifyItem[], line: RectifyLine, date: string): RectifyMerge {
  let all = [...items]
  let added = 0
  let updated = 0
  const mine = items.filter(
    (i) =>
      i.subject === 'indicator' &&
      i.ref === line.ref &&
      i.year === line.year &&
      i.unit === line.unit &&
      i.scope === line.scope,
  )
  const used = new Set<string>()
  for (const entry of entriesOf(line)) {
    const { owner, due } = readOwner(entry.owner, entry.due)
    const read = readState(entry.state)
    if (entry.measure === '' && owner === '' && due === '' && read.state === null && read.rest === '') continue
    const printed = [entry.measure, entry.owner, entry.state.trim()].join('\n')
    const same = mine.find((i) => !used.has(i.id) && printedCells(i).join('\n') === printed)
    if (same) {
      used.add(same.id)
      continue
    }
    const open = mine.find((i) => !used.has(i.id) && (stateOf(i) === 'notStarted' || stateOf(i) === 'inProgress'))
    // A free text that names no state is the 整改结果.
    const result = read.state === null ? read.rest : ''
    if (open) {
      used.add(open.id)
      let next: RectifyItem = {
        ...open,
        measure: entry.measure || open.measure,
        owner: owner || open.owner,
        due: due || open.due,
        result: result || open.result,
      }
      next = moved(next, read, date)
      if (JSON.stringify(next) !== JSON.stringify(open)) {
        all = withItem(all, next)
        updated += 1
      }
      continue
    }
    const made = read.date && read.date < date ? read.date : date
    const { year, unit, scope, ref, name, month, light, problem } = line
    const item = newRectifyItem(
      {
        year,
        unit,
        scope,
        subject: 'indicator',
        ref,
        name,
        month,
        light,
        problem,
        measure: entry.measure,
        owner,
        due,
        result,
        date: made,
      },
      all,
    )
    used.add(item.id)
    all = [...all, moved(item, read, date)]
    added += 1
  }
  return { items: all, added, updated }
}

/** The item moved to the state read, when it names another the item may move to; else as it was. */
function moved(item: RectifyItem, read: ReturnType<typeof readState>, date: string): RectifyItem {
  if (read.state === null || read.state === stateOf(item)) return item
  const last = lastStep(item)
  const day = read.date || (last && last.date > date ? last.date : date)
  return refusalOf(item, read.state, day, read.rest) === null ? withState(item, read.state, day, read.rest) : item
}
