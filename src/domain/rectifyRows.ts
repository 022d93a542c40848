/**
 * A 整改 CSV's rows (the results export's 整改事项 file, read back): one item each, its line
 * named by 对象 and 名称, its state now with its day, and the states it went through.
 */
import type { Month } from './period'
import {
  lastStep,
  RECTIFY_STATE_NAMES,
  refusalOf,
  stateOf,
  stepsText,
  type RectifyItem,
  type RectifyStep,
  type RectifySubject,
} from './rectify'
import { readState } from './rectifyImport'
import { mergeRectifyEntries, type ReadState, type RectifyAbout, type RectifyMerge } from './rectifyMerge'

/** One row of a 整改 CSV, read: the line it names, the item's fields and its states. */
export interface RectifyRow {
  readonly year: number
  readonly unit: string
  readonly scope: string
  /** null when 对象 is left blank: an indicator of that name, else a budget line. */
  readonly subject: RectifySubject | null
  readonly name: string
  readonly month: Month
  readonly light: 'yellow' | 'red'
  readonly problem: string
  readonly measure: string
  readonly owner: string
  readonly due: string
  readonly result: string
  /** 状态 with its 状态日期 ('' when not given) and 状态说明. */
  readonly state: ReadState
  /** 状态变化, oldest first; empty when not given. */
  readonly history: readonly RectifyStep[]
}

/** Where one part of a 状态变化 starts: a separator before a state's name. */
const NEXT_STEP = new RegExp(`[；;\\n]\\s*(?=${Object.values(RECTIFY_STATE_NAMES).join('|')})`)

/** The steps a 状态变化 cell gives (`未开始 2024-10-10；不再需要 2024-11-01：项目取消`), or null when a part names no state or day. */
export function readHistory(text: string): RectifyStep[] | null {
  if (text.trim() === '') return []
  const steps: RectifyStep[] = []
  for (const part of text.split(NEXT_STEP)) {
    const { state, date, rest } = readState(part)
    if (state === null || date === '') return null
    steps.push({ state, date, ...(rest && { reason: rest }) })
  }
  return steps
}

/** An item with only `steps`, to ask whether a move after them is allowed. */
const probe = (steps: readonly RectifyStep[]): RectifyItem => ({
  id: '',
  year: 0,
  unit: '',
  scope: '',
  subject: 'indicator',
  ref: '',
  name: '',
  month: 1,
  light: 'yellow',
  problem: '',
  measure: '',
  owner: '',
  due: '',
  result: '',
  steps,
})

/**
 * Whether an item may go through `steps` in order, as a new item does (made 未开始 on the first
 * one's day when that is another state): the index of the first step refused, or -1.
 */
export function refusedStep(steps: readonly RectifyStep[]): number {
  const made = steps[0]?.state === 'notStarted' ? 1 : 0
  let done: RectifyStep[] = steps[0] ? [{ state: 'notStarted', date: steps[0].date }] : []
  for (let k = made; k < steps.length; k++) {
    const { state, date, reason = '' } = steps[k]!
    if (refusalOf(probe(done), state, date, reason) !== null) return k
    done = [...done, steps[k]!]
  }
  return -1
}

/**
 * Whether the row's state now may follow its 状态变化 (a state not yet reached must be
 * reachable from its last step, on a day not before it; 不再需要 needs its 状态说明).
 */
export function stateRefusal(row: Pick<RectifyRow, 'state' | 'history'>): ReturnType<typeof refusalOf> {
  const { state, date, rest } = row.state
  if (state === null) return 'notAllowed'
  const last = row.history.at(-1)
  if (!last) return state === 'notNeeded' && rest === '' ? 'reasonNeeded' : null
  if (last.state === state) return null
  return refusalOf(probe(row.history), state, date || last.date, rest)
}

/** Whether a given cell says what the item holds: a blank cell says nothing. */
const agrees = (given: string, held: string) => given === '' || given === held

/**
 * Whether `item` tells everything the row gives: its fields, and its state with the day and
 * reason (an item made from a 监控表 tells it too, though it began on another day).
 */
function tells(row: RectifyRow, item: RectifyItem): boolean {
  const last = lastStep(item)
  const { state, date, rest } = row.state
  return (
    agrees(row.problem, item.problem) &&
    agrees(row.measure, item.measure) &&
    agrees(row.owner, item.owner) &&
    agrees(row.due, item.due) &&
    agrees(row.result, item.result) &&
    state === stateOf(item) &&
    agrees(date, last?.date ?? '') &&
    agrees(rest, last?.reason ?? '')
  )
}

/** Whether the row's 状态变化 is how `item`'s states began: the row is about that item. */
function names(row: RectifyRow, item: RectifyItem): boolean {
  const n = row.history.length
  return n > 0 && n <= item.steps.length && stepsText(row.history) === stepsText(item.steps.slice(0, n))
}

/**
 * `items` (the unit-year's) with a 整改 CSV's row taken in, on the line `about` (its ref
 * and name as stored), on `date` where the row gives its state no day: see `mergeRectifyEntries`
 * (`used`: the items the file's earlier rows matched or made).
 */
export function mergeRectifyRow(
  items: readonly RectifyItem[],
  about: RectifyAbout,
  row: RectifyRow,
  date: string,
  used?: Set<string>,
): RectifyMerge {
  const { measure, owner, due, result, problem, state, history } = row
  const entry = {
    measure,
    owner,
    due,
    result,
    problem,
    state,
    history,
    tells: (item: RectifyItem) => tells(row, item),
    names: (item: RectifyItem) => names(row, item),
  }
  return mergeRectifyEntries(items, about, [entry], date, used)
}
