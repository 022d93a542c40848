import type { UnitYearDocument, UnitYearKey } from '@/domain/model'
import type { JixiaoDatabase } from './database'
import { codesOf } from './documents'
import { catalogWith, type CatalogRecord } from './catalogLines'

// An import and its undo keep these beside the documents they write, in the same transaction.

/** Keeps the code records of documents whose targets changed (an import of values leaves them alone). */
export async function keepCodes(
  db: JixiaoDatabase,
  changes: readonly { was: UnitYearDocument | null; now: UnitYearDocument | null }[],
): Promise<void> {
  const changed = changes.filter(({ was, now }) => was?.targets !== now?.targets)
  await db.codes.bulkDelete(
    changed.flatMap(({ was, now }): UnitYearKey[] => (was && !now ? [[was.year, was.unit]] : [])),
  )
  await db.codes.bulkPut(changed.flatMap(({ now }) => (now ? [codesOf(now)] : [])))
}

/** Puts the catalog lines of documents written (and takes out those of documents gone) in their years' records. */
export async function keepCatalog(
  db: JixiaoDatabase,
  written: readonly UnitYearDocument[],
  gone: readonly UnitYearKey[] = [],
  read?: readonly (CatalogRecord | undefined)[],
): Promise<void> {
  const changes = [
    ...written.map((document) => ({ key: [document.year, document.unit] as UnitYearKey, document })),
    ...gone.map((key) => ({ key, document: null })),
  ]
  const years = [...new Set(changes.map(({ key }) => key[0]))]
  const records = catalogWith(read ?? (await db.catalog.bulkGet(years)), changes)
  await db.catalog.bulkDelete(records.filter((r) => r.lines.length === 0).map((r) => r.year))
  await db.catalog.bulkPut(records.filter((r) => r.lines.length > 0))
}
