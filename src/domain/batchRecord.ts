import type { ImportCounts } from './model'
import type { BatchKind, BatchRecord } from './storedRecords'

/** Counts with every count not given at zero (an undo updates, a restore adds). */
export function importCounts(counts: Partial<ImportCounts>): ImportCounts {
  return { added: 0, updated: 0, unchanged: 0, skipped: 0, ...counts }
}

/** What a batch record is built from; the file's size and hash, and who, when known. */
export interface BatchFacts {
  kind: BatchKind
  fileName: string
  counts: ImportCounts
  importedAt: number
  by?: string | undefined
  reason?: string | undefined
  size?: number | undefined
  sha256?: string | undefined
  commitOf?: number | undefined
}

/**
 * A line of the import history, not yet numbered: an import, the sample load, an entry,
 * a restore, an undo or a change of rules. Only the sample load is marked `sample` (it
 * cannot be undone); a field not known is left out, not stored as undefined.
 */
export function batchRecord({
  kind,
  fileName,
  counts,
  importedAt,
  by,
  reason,
  size,
  sha256,
  commitOf,
}: BatchFacts): Omit<BatchRecord, 'id'> {
  return {
    kind,
    fileName,
    ...(size !== undefined && { size }),
    ...(sha256 !== undefined && { sha256 }),
    importedAt,
    counts,
    sample: kind === 'sample',
    ...(by && { by }),
    ...(reason && { reason }),
    ...(commitOf !== undefined && { commitOf }),
  }
}
