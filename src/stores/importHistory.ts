import { shallowRef, watch } from 'vue'
import { repositories } from '@/db'
import type { BatchRecord } from '@/domain/storedRecords'
import type { BatchLines } from '@/domain/trailLines'
import type { useCatalogStore } from './catalog'

/**
 * The import history and its undo, for the importer store: the batches as stored, read
 * again whenever the data changes (wherever it was changed), and their lines, read when
 * first asked for and again after each change.
 */
export function useImportHistory(catalog: ReturnType<typeof useCatalogStore>, reporter: () => string) {
  const history = shallowRef<BatchRecord[]>([])
  /** Each batch's lines by id; null until asked for. */
  const trail = shallowRef<ReadonlyMap<number, BatchLines> | null>(null)
  let trailWanted = false

  async function loadHistory(): Promise<void> {
    history.value = await repositories.imports.history()
    if (trailWanted) trail.value = await repositories.imports.trail()
  }
  watch(
    () => catalog.revision,
    () => void loadHistory().catch(() => undefined),
  )

  /** Reads the batches' lines (the history's expanded rows and its search need them). */
  async function loadTrail(): Promise<void> {
    trailWanted = true
    if (!trail.value) trail.value = await repositories.imports.trail()
  }

  /**
   * Undoes a batch and every later one, signed by `by` (the 填报人 setting when not given)
   * with the reason given; returns their file names.
   */
  async function undo(batchId: number, by?: string, reason?: string): Promise<string[]> {
    const who = (by ?? reporter()).trim() || undefined
    const undone = await repositories.imports.undo(batchId, Date.now(), who, reason?.trim() || undefined)
    // An undone change of rules puts the rules before it back in force: the signal reloads them too.
    await catalog.caughtUp()
    return undone.map((b) => b.fileName)
  }

  return { history, trail, loadHistory, loadTrail, undo }
}
