import type { CommitResult, ImportedFile, ImportPlan } from '@/domain/model'
import type { BatchRecord } from '@/domain/storedRecords'
import type { BatchLines } from '@/domain/trailLines'
import type { JixiaoDatabase } from './database'
import { commitImport, type CommitOptions } from './importCommit'
import { undoImport } from './importUndo'
import { readTrail } from './trail'

/** Imports and their undo. Each import is one transaction across every table it touches. */
export class ImportRepository {
  constructor(private readonly db: JixiaoDatabase) {}

  /** Writes an import's plan, one batch per file, in one transaction; see `commitImport`. */
  async commit(plan: ImportPlan, files: readonly ImportedFile[], options: CommitOptions = {}): Promise<CommitResult> {
    return commitImport(this.db, plan, files, options)
  }

  /** The import history, newest first; undone batches stay, marked with when. */
  async history(): Promise<BatchRecord[]> {
    return this.db.batches.orderBy('id').reverse().toArray()
  }

  /** Every batch's lines (what it changed, old value to new), by batch id; see `readTrail`. */
  async trail(): Promise<Map<number, BatchLines>> {
    return readTrail(this.db)
  }

  /** Earlier imports of a file with this SHA-256 that still stand, newest first. */
  async importsOf(sha256: string): Promise<BatchRecord[]> {
    return (await this.history()).filter((b) => b.sha256 === sha256 && b.undoneAt === undefined)
  }

  /** Takes back batch `batchId`'s commit and every later one still standing, in one transaction; see `undoImport`. */
  async undo(batchId: number, undoneAt = Date.now(), undoneBy?: string, reason?: string): Promise<BatchRecord[]> {
    return undoImport(this.db, batchId, undoneAt, undoneBy, reason)
  }
}
