/**
 * 整改 items: a yellow or red line's problem, the measure taken, who owns it, by when,
 * and the states it went through (未开始 → 整改中 → 已完成, or 不再需要 with a reason).
 * Kept on the unit-year document (`rectify`), never replaced by an import of values.
 */
import type { Month } from './period'

/** The states of an item, in the order a list shows them. */
export const RECTIFY_STATES = ['notStarted', 'inProgress', 'done', 'notNeeded'] as const
export type RectifyState = (typeof RECTIFY_STATES)[number]

/** The Chinese name of each state, as forms and exports write it. */
export const RECTIFY_STATE_NAMES: Readonly<Record<RectifyState, string>> = {
  notStarted: '未开始',
  inProgress: '整改中',
  done: '已完成',
  notNeeded: '不再需要',
}

/** What an item is about: an indicator (by 指标编码) or a budget line's execution (by its id). */
export type RectifySubject = 'indicator' | 'budget'

/** The Chinese name of each subject, as the 整改 file writes it. */
export const RECTIFY_SUBJECT_NAMES: Readonly<Record<RectifySubject, string>> = {
  indicator: '指标',
  budget: '预算执行',
}

/** One change of state, on the day it was made (YYYY-MM-DD). */
export interface RectifyStep {
  readonly state: RectifyState
  readonly date: string
  /** Why, when the step says: always for 不再需要. */
  readonly reason?: string
}

/** One 整改 item of a unit-year. */
export interface RectifyItem {
  /** Unique within its document. */
  readonly id: string
  readonly year: number
  readonly unit: string
  readonly scope: string
  readonly subject: RectifySubject
  /** The indicator's code or the budget line's id. */
  readonly ref: string
  /** The indicator's or budget line's name, as when the item was made. */
  readonly name: string
  /** The period whose light raised it. */
  readonly month: Month
  readonly light: 'yellow' | 'red'
  /** 问题 */
  readonly problem: string
  /** 整改措施 */
  readonly measure: string
  /** 责任人 */
  readonly owner: string
  /** 完成时限, YYYY-MM-DD; empty when none was set. */
  readonly due: string
  /** 整改结果 */
  readonly result: string
  /** Every state it was in, oldest first: the first is its making; the last is the state now. */
  readonly steps: readonly RectifyStep[]
}

/** The fields typed on an item. */
export type RectifyFields = Pick<RectifyItem, 'problem' | 'measure' | 'owner' | 'due' | 'result'>

/** The state an item is in now. */
export function stateOf(item: RectifyItem): RectifyState {
  return item.steps[item.steps.length - 1]?.state ?? 'notStarted'
}

/** The step that put it in its state now. */
export function lastStep(item: RectifyItem): RectifyStep | undefined {
  return item.steps[item.steps.length - 1]
}

/** An item's states as the 整改 file writes them: `未开始 2024-10-10；不再需要 2024-11-01：项目取消`. */
export function stepsText(steps: readonly RectifyStep[]): string {
  return steps.map((s) => `${RECTIFY_STATE_NAMES[s.state]} ${s.date}${s.reason ? `：${s.reason}` : ''}`).join('；')
}

/** States each state may move to: a closed item may be reopened as 整改中. */
export const RECTIFY_MOVES: Readonly<Record<RectifyState, readonly RectifyState[]>> = {
  notStarted: ['inProgress', 'done', 'notNeeded'],
  inProgress: ['done', 'notNeeded'],
  done: ['inProgress'],
  notNeeded: ['inProgress'],
}

/** Why a change of state is refused, or null when it may be made. */
export type RectifyRefusal = 'sameState' | 'notAllowed' | 'reasonNeeded' | 'beforeLast' | 'badDate'

const DATE = /^\d{4}-\d{2}-\d{2}$/

/** Whether `text` is a calendar date written YYYY-MM-DD. */
export function isDate(text: string): boolean {
  if (!DATE.test(text)) return false
  const [y, m, d] = text.split('-').map(Number) as [number, number, number]
  const date = new Date(Date.UTC(y, m - 1, d))
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d
}

/** Whether moving `item` to `next` on `date` (with `reason`) is refused, and why. */
export function refusalOf(item: RectifyItem, next: RectifyState, date: string, reason = ''): RectifyRefusal | null {
  const now = stateOf(item)
  if (next === now) return 'sameState'
  if (!RECTIFY_MOVES[now].includes(next)) return 'notAllowed'
  if (next === 'notNeeded' && reason.trim() === '') return 'reasonNeeded'
  if (!isDate(date)) return 'badDate'
  const last = lastStep(item)
  if (last && date < last.date) return 'beforeLast'
  return null
}

/**
 * The item moved to `next` on `date`: a step added. Throws when the move is refused
 * (see {@link refusalOf}); the item given is left as it was.
 */
export function withState(item: RectifyItem, next: RectifyState, date: string, reason = ''): RectifyItem {
  const refused = refusalOf(item, next, date, reason)
  if (refused) throw new Error(`整改状态不能改为 ${RECTIFY_STATE_NAMES[next]}：${refused}`)
  const why = reason.trim()
  return { ...item, steps: [...item.steps, { state: next, date, ...(why && { reason: why }) }] }
}

/** What a new item is made from: the line it is about, the fields typed and the day. */
export type NewRectify = Omit<RectifyItem, 'id' | 'steps'> & { readonly date: string }

/** A new item, 未开始 since `date`, with an id no item of `existing` has. */
export function newRectifyItem(facts: NewRectify, existing: readonly RectifyItem[]): RectifyItem {
  const { year, unit, scope, subject, ref, name, month, light, problem, measure, owner, due, result, date } = facts
  const taken = new Set(existing.map((i) => i.id))
  let n = existing.length + 1
  while (taken.has(`R${n}`)) n += 1
  const fields = { year, unit, scope, subject, ref, name, month, light, problem, measure, owner, due, result }
  return { id: `R${n}`, ...fields, steps: [{ state: 'notStarted', date }] }
}

/** The items with `item` put in place of the one with its id, or added at the end. */
export function withItem(items: readonly RectifyItem[], item: RectifyItem): RectifyItem[] {
  const at = items.findIndex((i) => i.id === item.id)
  return at < 0 ? [...items, item] : items.map((i, k) => (k === at ? item : i))
}
