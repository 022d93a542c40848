/**
 * Taking a file's 整改 entries into a unit-year's items, the same for every file that carries
 * them (a 监控表's 整改 columns, a 整改 CSV): an entry an item already tells changes nothing, an
 * open item is updated rather than doubled, and only a line with none gets a new item.
 */
import {
  lastStep,
  newRectifyItem,
  refusalOf,
  stateOf,
  withItem,
  withState,
  type RectifyItem,
  type RectifyState,
  type RectifyStep,
} from './rectify'

/** A state cell read: the state it names (null when none), its day, and the words after them. */
export interface ReadState {
  state: RectifyState | null
  date: string
  rest: string
}

/** The unit-year's items after a line, and how many it added and updated. */
export interface RectifyMerge {
  items: RectifyItem[]
  added: number
  updated: number
}

/** What a file's item is about: its line, the period and light that raised it, the 问题 a new one starts with. */
export type RectifyAbout = Pick<
  RectifyItem,
  'year' | 'unit' | 'scope' | 'subject' | 'ref' | 'name' | 'month' | 'light' | 'problem'
>

/** One item's worth of a file's cells, in an item's own fields ('' where a cell gives nothing). */
export interface RectifyEntry {
  readonly measure: string
  readonly owner: string
  readonly due: string
  readonly result: string
  /** A 问题 the file gives for an item it updates too (a 整改 CSV's), '' for none. */
  readonly problem: string
  readonly state: ReadState
  /** The states a new item went through, oldest first, as the file dates them (a 整改 CSV's 状态变化). */
  readonly history: readonly RectifyStep[]
  /** Whether an item already tells what the entry says: it is left as it is. */
  readonly tells: (item: RectifyItem) => boolean
  /** Whether the entry names that item (by its states so far): it is updated before any other open one. */
  readonly names?: (item: RectifyItem) => boolean
}

/**
 * `items` (the unit-year's) with a file's entries about one line taken in, on `date` where a
 * state gives no day. An entry an item of the line already tells is left alone; another
 * updates the item it names, else the line's first open item not yet matched (its fields where
 * the entry gives them, its state where the move is allowed), else is a new item. `used` holds
 * the ids of items already matched or made by the file's earlier entries: none is taken twice.
 */
export function mergeRectifyEntries(
  items: readonly RectifyItem[],
  about: RectifyAbout,
  entries: readonly RectifyEntry[],
  date: string,
  used = new Set<string>(),
): RectifyMerge {
  let all = [...items]
  let added = 0
  let updated = 0
  const mine = items.filter(
    (i) =>
      i.subject === about.subject &&
      i.ref === about.ref &&
      i.year === about.year &&
      i.unit === about.unit &&
      i.scope === about.scope,
  )
  const free = (i: RectifyItem) => !used.has(i.id)
  for (const entry of entries) {
    const same = mine.find((i) => free(i) && entry.tells(i))
    if (same) {
      used.add(same.id)
      continue
    }
    const open =
      mine.find((i) => free(i) && entry.names?.(i) === true) ??
      mine.find((i) => free(i) && (stateOf(i) === 'notStarted' || stateOf(i) === 'inProgress'))
    if (open) {
      used.add(open.id)
      const next = moved(
        {
          ...open,
          problem: entry.problem || open.problem,
          measure: entry.measure || open.measure,
          owner: entry.owner || open.owner,
          due: entry.due || open.due,
          result: entry.result || open.result,
        },
        entry.state,
        date,
      )
      if (JSON.stringify(next) !== JSON.stringify(open)) {
        all = withItem(all, next)
        updated += 1
      }
      continue
    }
    const item = madeItem(about, entry, date, all)
    used.add(item.id)
    all = [...all, item]
    added += 1
  }
  return { items: all, added, updated }
}

/** A new item of an entry: made on its history's first day (else its state's day when earlier than `date`), then moved. */
function madeItem(about: RectifyAbout, entry: RectifyEntry, date: string, all: readonly RectifyItem[]): RectifyItem {
  const [first, ...later] = entry.history
  const read = entry.state
  const made = first?.date ?? (read.date && read.date < date ? read.date : date)
  const { measure, owner, due, result } = entry
  let item = newRectifyItem({ ...about, measure, owner, due, result, date: made }, all)
  for (const step of first && first.state !== 'notStarted' ? entry.history : later)
    if (refusalOf(item, step.state, step.date, step.reason) === null)
      item = withState(item, step.state, step.date, step.reason)
  return moved(item, read, date)
}

/** The item moved to the state read, when it names another the item may move to; else as it was. */
function moved(item: RectifyItem, read: ReadState, date: string): RectifyItem {
  if (read.state === null || read.state === stateOf(item)) return item
  const last = lastStep(item)
  const day = read.date || (last && last.date > date ? last.date : date)
  return refusalOf(item, read.state, day, read.rest) === null ? withState(item, read.state, day, read.rest) : item
}
