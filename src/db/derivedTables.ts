import type { Table } from 'dexie'

/**
 * Forgets what is derived from the documents — the kept rankings (`standings`) — inside the
 * transaction that changes them: the one place it is done, for every write (`writeData`) and
 * for the schema upgrade that rebuilds the documents. A ranking is computed again when next
 * asked for, so none outlives the data it was computed from.
 */
export function forgetDerived(standings: Pick<Table, 'clear'>): Promise<void> {
  return standings.clear()
}
