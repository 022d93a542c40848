import { repositories } from '@/db'
import type { BatchRecord } from '@/domain/storedRecords'
import type { FileSummary } from '@/io/importSummary'
import { readFile } from '@/workers/importClient'

let nextEntryId = 1

/** Entries for files just dropped, each with an id of its own, not read yet. */
export function newEntries(list: readonly File[]) {
  return list.map((file) => ({
    id: nextEntryId++,
    name: file.name,
    size: file.size,
    progress: 0,
    summary: null as FileSummary | null,
    sha256: '',
    importedBefore: [] as BatchRecord[],
  }))
}

/**
 * Reads, hashes and parses a file in the import worker under entry `id` (`onProgress`
 * hears 0–1); returns what its entry learns: its summary, hash, size and earlier imports
 * of exactly these bytes.
 */
export async function readEntry(id: number, file: File, onProgress: (share: number) => void) {
  const read = await readFile(id, file, onProgress)
  const importedBefore = read.sha256 ? await repositories.imports.importsOf(read.sha256) : []
  return { summary: read.summary, sha256: read.sha256, size: read.size || file.size, progress: 1, importedBefore }
}
