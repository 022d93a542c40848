/**
 * 整改 items by date: which are open, which overdue and by how many days, the order a
 * list shows them in (overdue first), the filters of the 整改 page and each unit's counts.
 */
import { stateOf, type RectifyItem, type RectifyState } from './rectify'
import { compareChinese } from './summary'

/** Whether the item still needs work: 未开始 or 整改中. */
export function isOpen(item: RectifyItem): boolean {
  const state = stateOf(item)
  return state === 'notStarted' || state === 'inProgress'
}

/**
 * Whether the item is overdue on `today` (YYYY-MM-DD): open, with a 完成时限 already past.
 * The day of the 完成时限 itself is not overdue; a closed item never is.
 */
export function isOverdue(item: RectifyItem, today: string): boolean {
  return isOpen(item) && item.due !== '' && item.due < today
}

const DAY = 86_400_000

/** Whole days from the 完成时限 to `today` for an overdue item; 0 when it is not overdue. */
export function daysOverdue(item: RectifyItem, today: string): number {
  if (!isOverdue(item, today)) return 0
  return Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${item.due}T00:00:00Z`)) / DAY)
}

/** Where an item stands in a list: overdue, then open, then closed. */
const rank = (item: RectifyItem, today: string) => (isOverdue(item, today) ? 0 : isOpen(item) ? 1 : 2)

/**
 * The items in the order a list shows them: overdue first (the longest overdue first),
 * then open ones by 完成时限 (none last), then closed ones; ties by unit and id.
 */
export function rectifyOrder(items: readonly RectifyItem[], today: string): RectifyItem[] {
  const dueKey = (item: RectifyItem) => item.due || '9999-99-99'
  return [...items].sort(
    (a, b) =>
      rank(a, today) - rank(b, today) ||
      dueKey(a).localeCompare(dueKey(b)) ||
      compareChinese(a.unit, b.unit) ||
      a.id.localeCompare(b.id, 'en', { numeric: true }),
  )
}

/** The 整改 page's filters; an empty one keeps every item. */
export interface RectifyFilter {
  unit?: string
  state?: RectifyState
  overdue?: boolean
  /** Part of the 责任人's name. */
  owner?: string
}

/** The items the filter keeps, on `today`. */
export function filterRectify(items: readonly RectifyItem[], filter: RectifyFilter, today: string): RectifyItem[] {
  const owner = filter.owner?.trim() ?? ''
  return items.filter(
    (item) =>
      (!filter.unit || item.unit === filter.unit) &&
      (!filter.state || stateOf(item) === filter.state) &&
      (!filter.overdue || isOverdue(item, today)) &&
      (owner === '' || item.owner.includes(owner)),
  )
}

/** A unit's items still open, and those of them overdue. */
export interface RectifyCounts {
  open: number
  overdue: number
}

/** Open and overdue items per unit, on `today`; units without items are not listed. */
export function rectifyCounts(items: readonly RectifyItem[], today: string): Map<string, RectifyCounts> {
  const counts = new Map<string, RectifyCounts>()
  for (const item of items) {
    const kept = counts.get(item.unit) ?? { open: 0, overdue: 0 }
    if (isOpen(item)) kept.open += 1
    if (isOverdue(item, today)) kept.overdue += 1
    counts.set(item.unit, kept)
  }
  return counts
}

/** A day as YYYY-MM-DD in local time: what "today" is for the overdue rule. */
export function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}
