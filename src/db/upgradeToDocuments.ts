import type { Transaction } from 'dexie'
import { codesOf } from './documents'
import { catalogWith } from './catalogLines'
import { encodeBefore, encodeDocument } from './storedForm'
import { legacyToDocuments } from './legacy'
import { forgetDerived } from './derivedTables'
import type { ChangeRecord, LegacyDataset } from '@/domain/legacyRecords'
import type { BatchRecord } from '@/domain/storedRecords'

/**
 * The schema v7 upgrade, inside IndexedDB's one upgrade transaction: the four tables
 * become unit-year documents, the undo records become each batch's documents as they
 * were before it, the catalog lines are rebuilt. A page closed halfway leaves v6 as it was.
 */
export async function upgradeToDocuments(transaction: Transaction): Promise<void> {
  const read = <T>(name: string) => transaction.table(name).toArray() as Promise<T[]>
  const [targets, budgets, actuals, spending, batches, changes] = await Promise.all([
    read<LegacyDataset['targets'][number]>('targets'),
    read<LegacyDataset['budgets'][number]>('budgets'),
    read<LegacyDataset['actuals'][number]>('actuals'),
    read<LegacyDataset['spending'][number]>('spending'),
    read<BatchRecord>('batches'),
    read<ChangeRecord>('changes'),
  ])
  const { documents, before } = legacyToDocuments({ targets, budgets, actuals, spending }, batches, changes)
  await transaction.table('documents').bulkAdd(documents.map(encodeDocument))
  await transaction.table('codes').bulkAdd(documents.map(codesOf))
  await transaction.table('before').bulkAdd(before.map(encodeBefore))
  await transaction.table('catalog').bulkAdd(
    catalogWith(
      [],
      documents.map((document) => ({ key: [document.year, document.unit], document })),
    ),
  )
  await forgetDerived(transaction.table('standings'))
}
