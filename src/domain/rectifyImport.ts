/**
 * 整改 items from a form's 整改 columns (整改措施, 责任人及完成时限, 整改状态): an indicator line's
 * cells made into items of its unit-year, updating its open item rather than adding a second,
 * and leaving an item the cells already tell (a re-import of an exported 监控表) as it is.
 */
import { isDate, lastStep, RECTIFY_STATE_NAMES, type RectifyItem, type RectifyState } from './rectify'
import { mergeRectifyEntries, type ReadState, type RectifyEntry, type RectifyMerge } from './rectifyMerge'

/**
 * One indicator line of a form with 整改 cells, in an item's own fields, as the cells give them:
 * 问题 is the line's 偏差原因, if any; 责任人 may end with its 完成时限 (`王明 2024-12-31`), and `due`
 * is a 完成时限 column of its own when the form has one; `state` is the 整改状态 cell as written.
 */
export type RectifyLine = Pick<
  RectifyItem,
  'year' | 'unit' | 'scope' | 'ref' | 'name' | 'month' | 'light' | 'problem' | 'measure' | 'owner' | 'due'
> & { readonly state: string }

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
export function readState(text: string): ReadState {
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

/** A form's 状态 cell's light words: 红灯, 严重偏离 or 未完成 make a red item, anything else a yellow one. */
export function lightOfLabel(label: string): 'yellow' | 'red' {
  return /红|严重|未完成/.test(label) ? 'red' : 'yellow'
}

/** The cells as entries: one per line when the state column names a state on each line, else one. */
function entriesOf(line: RectifyLine): RectifyEntry[] {
  const split = (text: string) => text.split('\n').map((s) => s.trim())
  const states = split(line.state)
  const measures = split(line.measure)
  const perLine =
    states.length > 1 && states.length === measures.length && states.every((s) => readState(s).state !== null)
  const owners = split(line.owner)
  const cells = perLine
    ? states.map((state, k) => ({ measure: measures[k]!, owner: owners[k] ?? '', state }))
    : [{ measure: line.measure.trim(), owner: line.owner.trim(), state: line.state }]
  return cells.flatMap((cell) => {
    const { owner, due } = readOwner(cell.owner, line.due)
    const read = readState(cell.state)
    if (cell.measure === '' && owner === '' && due === '' && read.state === null && read.rest === '') return []
    const printed = [cell.measure, cell.owner, cell.state.trim()].join('\n')
    // A free text that names no state is the 整改结果.
    const result = read.state === null ? read.rest : ''
    const tells = (i: RectifyItem) => printedCells(i).join('\n') === printed
    return [{ measure: cell.measure, owner, due, result, problem: '', state: read, history: [], tells }]
  })
}

/**
 * `items` (the unit-year's) with the 整改 cells of `line` taken in, on `date` where a
 * state gives no day (the form's period end). Each entry the cells of an item already
 * print is left alone; another updates the line's first open item not yet matched (its
 * typed fields where the cell gives them, its state where the move is allowed), else is a new item.
 */
export function mergeRectifyLine(items: readonly RectifyItem[], line: RectifyLine, date: string): RectifyMerge {
  return mergeRectifyEntries(items, { ...line, subject: 'indicator' }, entriesOf(line), date)
}
