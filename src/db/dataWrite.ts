import type { Table } from 'dexie'
import type { JixiaoDatabase } from './database'
import type { DataChange } from './dataChanges'
import { forgetDerived } from './derivedTables'

/** Settings key of the data version: how many committed writes have changed units' data. */
export const DATA_VERSION_KEY = 'dataVersion'

/** A change to the stored data: the tables it writes and what it changes. */
export interface DataWrite<T> {
  tables: readonly Table[]
  /** Units' data (documents, and so the catalog and the kept ranking) and the rules or presets. */
  changes: { documents?: boolean; rules?: boolean }
  /** Whether the work wrote anything (it may find nothing to do); always, unless said. */
  wrote?: (result: T) => boolean
}

/**
 * The one way the app commits a change to its data. Runs `work` in one read-write
 * transaction over `tables`, the kept ranking and the settings. A change of documents
 * clears the kept ranking and moves the data version on in that same transaction, so no
 * ranking outlives the data it was computed from. Once the transaction has committed the
 * change is announced to every context (see DataChanges); an aborted one announces nothing.
 */
export async function writeData<T>(
  db: JixiaoDatabase,
  { tables, changes, wrote = () => true }: DataWrite<T>,
  work: () => Promise<T>,
): Promise<T> {
  const documents = changes.documents ?? false
  const scope = [...new Set([...tables, db.standings, db.settings])]
  const { result, change } = await db.transaction('rw', scope, async () => {
    // Asked for before the work's own requests, which IndexedDB runs in order: no wait is added.
    const [, done] = await Promise.all([documents && forgetDerived(db.standings), work()])
    if (!wrote(done)) return { result: done, change: null }
    const version = (await readDataVersion(db)) + (documents ? 1 : 0)
    if (documents) await db.settings.put({ key: DATA_VERSION_KEY, value: version })
    return { result: done, change: { version, documents, rules: changes.rules ?? false } satisfies DataChange }
  })
  if (change) db.changes.announce(change)
  return result
}

/** The data version: a reader that saw it has seen every change of units' data committed before. */
export async function readDataVersion(db: JixiaoDatabase): Promise<number> {
  const value = (await db.settings.get(DATA_VERSION_KEY))?.value
  return typeof value === 'number' ? value : 0
}
