import { shallowRef, watch } from 'vue'
import { repositories } from '@/db'
import type { BatchRecord } from '@/domain/storedRecords'
import type { useCatalogStore } from './catalog'

/**
 * The import history and its undo, for the importer store: the batches as stored, read
 * again whenever the data changes (wherever it was changed).
 */
export function useImportHistory(catalog: ReturnType<typeof useCatalogStore>, reporter: () => string) {
  const history = shallowRef<BatchRecord[]>([])

  async function loadHistory(): Promise<void> {
    history.value = await repositories.imports.history()
  }
  watch(
    () => catalog.revision,
    () => void loadHistory().catch(() => undefined),
  )

  /** Undoes a batch and every later one, signed by the 填报人 given; returns their file names. */
  async function undo(batchId: number): Promise<string[]> {
    const undone = await repositories.imports.undo(batchId, Date.now(), reporter().trim() || undefined)
    // An undone change of rules puts the rules before it back in force: the signal reloads them too.
    await catalog.caughtUp()
    return undone.map((b) => b.fileName)
  }

  return { history, loadHistory, undo }
}
