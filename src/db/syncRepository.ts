import type { JixiaoDatabase } from './database'
import { madeHere, type LocalChange } from '@/domain/syncConflicts'

/** What a published folder's sync reads of the history: the changes made here since a batch. */
export class SyncRepository {
  constructor(private readonly db: JixiaoDatabase) {}

  /** The newest batch's id (0 before any): a folder's sync marks what it has seen with it. */
  async latestBatchId(): Promise<number> {
    const last = await this.db.batches.orderBy('id').last()
    return last?.id ?? 0
  }

  /**
   * The batches after `after` that are changes made here and still stand, oldest first,
   * each with the unit-years its before record names.
   */
  async changesSince(after: number): Promise<LocalChange[]> {
    const batches = (await this.db.batches.where('id').above(after).toArray()).filter(
      (b) => madeHere(b.kind) && b.undoneAt === undefined && b.id !== undefined,
    )
    const befores = await this.db.before.bulkGet(batches.map((b) => b.id!))
    return batches.map((b, i) => ({
      batchId: b.id!,
      at: b.importedAt,
      ...(b.by && { by: b.by }),
      unitYears: (befores[i]?.documents ?? []).map((d) => d.key),
    }))
  }
}
