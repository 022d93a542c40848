/**
 * The reads an import checks against: the documents of its unit-years with the stamps of
 * their last writes, read together so the import may write them back from memory.
 */
import type { UnitYearDocument, UnitYearKey } from '@/domain/model'
import { joinKey } from '@/domain/keys'
import type { JixiaoDatabase } from './database'
import { unchangedHeld, type HeldDocuments } from './documents'
import { decodeDocument, type StoredDocument } from './storedForm'
import { stampsOf, type CatalogRecord } from './catalogLines'

/**
 * The documents of several unit-years with the stamps of their last writes, read
 * together. Documents in `known` (read ahead) are taken as they were read while their
 * stamps are unchanged; only the others are read again.
 */
export async function loadForImport(
  db: JixiaoDatabase,
  keys: readonly UnitYearKey[],
  known: HeldDocuments,
): Promise<HeldDocuments> {
  const { documents, catalog } = db
  const years = [...new Set(keys.map(([year]) => year))]
  return db.transaction('r', [documents, catalog], async () => {
    // With nothing known, both reads start at once.
    const [records, stored] = await Promise.all([
      catalog.bulkGet(years),
      known.size === 0 ? documents.bulkGet([...keys]) : null,
    ])
    const stamps = stampsOf(records)
    if (stored) return heldOf(keys, stamps, stored)
    const held = new Map<string, { document: UnitYearDocument; stamp: number }>()
    const unread: UnitYearKey[] = []
    for (const key of keys) {
      const k = joinKey(...key)
      const stamp = stamps.get(k)
      const kept = unchangedHeld(known, k, stamps)
      if (kept) held.set(k, kept)
      // A unit-year the catalog does not list has no document.
      else if (stamp !== undefined) unread.push(key)
    }
    const again = unread.length > 0 ? await documents.bulkGet(unread) : []
    for (const [k, document] of heldOf(unread, stamps, again)) held.set(k, document)
    return held
  })
}

/**
 * `loadForImport`, started before this call returns: its reads reach the database at
 * once, so the database reads them while this thread goes on with other work (Dexie
 * would open its transaction only at the thread's next turn). Falls back to
 * `loadForImport` while the database is not open yet.
 */
export function readAheadForImport(db: JixiaoDatabase, keys: readonly UnitYearKey[]): Promise<HeldDocuments> {
  if (!db.isOpen()) return loadForImport(db, keys, new Map())
  const transaction = db.backendDB().transaction(['documents', 'catalog'], 'readonly')
  const years = [...new Set(keys.map(([year]) => year))]
  const documents = keys.map(
    (key) => transaction.objectStore('documents').get(key) as IDBRequest<StoredDocument | undefined>,
  )
  const records = years.map(
    (year) => transaction.objectStore('catalog').get(year) as IDBRequest<CatalogRecord | undefined>,
  )
  return new Promise<HeldDocuments>((resolve, reject) => {
    transaction.oncomplete = () =>
      resolve(
        heldOf(
          keys,
          stampsOf(records.map((r) => r.result)),
          documents.map((r) => r.result),
        ),
      )
    transaction.onabort = () => reject(transaction.error ?? new Error('read ahead aborted'))
  })
}

/** The documents found for `keys` (in their order) that the catalog lists, as rows, each with its stamp. */
function heldOf(
  keys: readonly UnitYearKey[],
  stamps: ReadonlyMap<string, number>,
  found: readonly (StoredDocument | undefined)[],
): Map<string, { document: UnitYearDocument; stamp: number }> {
  const held = new Map<string, { document: UnitYearDocument; stamp: number }>()
  keys.forEach((key, i) => {
    const k = joinKey(...key)
    const stamp = stamps.get(k)
    const document = found[i]
    if (document && stamp !== undefined) held.set(k, { document: decodeDocument(document), stamp })
  })
  return held
}
