import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import type { BatchRecord } from '@/domain/storedRecords'
import { checkFiles, forgetFiles, giveUnits } from '@/workers/importClient'
import type { FileSummary, PlanSummary } from '@/io/importSummary'
import { HELD_STATES } from '@/io/formStates'
import { useFormChoices } from './formChoices'
import { useCatalogStore } from './catalog'
import { useSettingsStore } from './settings'
import { describeFailure } from './errorText'
import { latestRequest } from './latestRequest'
import { importProgress, type ImportPhase } from './importProgress'
import { useImportHistory } from './importHistory'
import { useImportCommit } from './useImportCommit'
import { useImportPreview } from './importPreview'
import { newEntries, readEntry } from './importReading'

/** A file dropped on the import screen. Its rows stay in the import worker. */
export interface ImportFileEntry {
  id: number
  name: string
  size: number
  /** 0–1 while reading. */
  progress: number
  summary: FileSummary | null
  sha256: string
  /** Earlier imports of exactly these bytes. */
  importedBefore: BatchRecord[]
}

/** The import screen's work: read files, check them and commit them in the import worker; undo. */
export const useImporterStore = defineStore('importer', () => {
  const catalog = useCatalogStore()
  const settings = useSettingsStore()
  // Arrays are replaced on change, never mutated, and hold only summaries.
  const files = shallowRef<ImportFileEntry[]>([])
  const plan = shallowRef<PlanSummary | null>(null)
  const phase = ref<ImportPhase>('idle')
  /** Share done of the checking or the writing, 0–1. */
  const stepShare = ref(0)
  const skipBadRows = ref(false)
  const error = ref<string | null>(null)
  const imports = useImportHistory(catalog, () => settings.reporter)
  const { history, trail, loadHistory, loadTrail } = imports
  const choices = useFormChoices(files, () => catalog.units.map((u) => u.unit))
  const { duplicates, undecided, duplicateChoices } = choices
  const checks = latestRequest()
  const committing = useImportCommit({ files, plan, phase, stepShare, error, ticket: () => checks.ticket })
  const { result, adjustment, committedUnitYears, heldBack, write } = committing
  const preview = useImportPreview({ files, plan, phase, skipBadRows, choices })
  const { hasProblems, toWrite, canCommit, forms, readyCount, canCommitReady } = preview

  const update = (id: number, change: Partial<ImportFileEntry>) => {
    files.value = files.value.map((f) => (f.id === id ? { ...f, ...change } : f))
  }

  /** Overall progress 0–100 through reading, checking and writing. */
  const progress = computed(() => importProgress(phase.value, files.value, stepShare.value))

  /** Reads new files (in the worker), then checks everything dropped so far. */
  async function addFiles(list: readonly File[]): Promise<void> {
    if (list.length === 0) return
    if (phase.value === 'done') clear()
    const added = newEntries(list)
    files.value = [...files.value, ...added]
    phase.value = 'reading'
    error.value = null
    try {
      await Promise.all(
        list.map(async (file, i) => {
          const id = added[i]!.id
          update(id, await readEntry(id, file, (share) => update(id, { progress: share })))
        }),
      )
      await validate()
    } catch (cause) {
      readFailed(cause, new Set(added.map((f) => f.id)))
    }
  }

  function removeFile(id: number): void {
    files.value = files.value.filter((f) => f.id !== id)
    choices.forgetFile(id)
    void forgetFiles([id])
    void validate().catch((cause) => readFailed(cause))
  }

  /** The database could not be read (closed by an upgrade in another tab): say so, keep nothing half-done. */
  function readFailed(cause: unknown, dropped: ReadonlySet<number> = new Set()): void {
    error.value = describeFailure(cause)
    files.value = files.value.filter((f) => !dropped.has(f.id))
    void forgetFiles([...dropped])
    plan.value = null
    phase.value = files.value.length > 0 ? 'ready' : 'idle'
  }

  /** Checks every file against each other and against what is stored; a newer check supersedes an older one. */
  async function validate(): Promise<void> {
    const check = checks.start()
    if (files.value.length === 0) {
      clear()
      return
    }
    if (files.value.some((f) => f.summary === null)) return
    phase.value = 'validating'
    stepShare.value = 0
    const checked = await checkFiles(
      check.ticket,
      files.value.map((f) => f.id),
      (share) => check.isCurrent() && (stepShare.value = share),
      'import',
      choices.parts(),
    )
    if (!check.isCurrent()) return
    plan.value = checked
    phase.value = 'ready'
  }

  /**
   * Gives the unit of a form that prints none (`formKey` within file `fileId`): the file's
   * forms are read again with it, in the worker, and everything is checked again, the form
   * planned as if its unit were printed on it. A blank unit takes a given one back.
   */
  async function giveUnit(fileId: number, formKey: string, unit: string): Promise<void> {
    const units = choices.giveUnit(fileId, formKey, unit)
    error.value = null
    try {
      const read = await giveUnits(fileId, units)
      update(fileId, { summary: read.summary })
      await validate()
    } catch (cause) {
      readFailed(cause)
    }
  }

  /** Chooses the form of a group of duplicates to import (null: none yet); the others are left out. */
  async function chooseDuplicate(group: string, formId: string | null): Promise<void> {
    choices.choose(group, formId)
    await validate().catch((cause) => readFailed(cause))
  }

  /** Writes the checked plan in one transaction, in the worker; the user's data is never half-written. */
  async function commit(): Promise<void> {
    if (!canCommit.value || !plan.value) return
    await write(false)
  }

  /**
   * Writes only the forms without a problem, each as its batches, all in one transaction;
   * nothing of a form with a problem. Those stay listed with their problems after the commit.
   */
  async function commitReady(): Promise<void> {
    if (!canCommitReady.value || !plan.value) return
    // Kept past the commit: the user fixes those forms in the file, outside the app, and
    // drops it again (its imported forms then read as unchanged), so the list of what to fix
    // must outlive the review, not vanish with it.
    heldBack.value = forms.value.filter((f) => HELD_STATES.includes(f.state))
    await write(true)
  }

  function clear(): void {
    void forgetFiles(files.value.map((f) => f.id))
    files.value = []
    plan.value = null
    committing.reset()
    skipBadRows.value = false
    choices.reset()
    error.value = null
    phase.value = 'idle'
  }

  /** Undoes a batch and every later one, by whom and why; returns their file names. The last import's message goes: it no longer holds. */
  async function undo(batchId: number, by?: string, reason?: string): Promise<string[]> {
    if (phase.value === 'done') clear()
    return imports.undo(batchId, by, reason)
  }

  return {
    files,
    plan,
    phase,
    progress,
    skipBadRows,
    result,
    committedUnitYears,
    error,
    history,
    hasProblems,
    toWrite,
    canCommit,
    forms,
    duplicates,
    undecided,
    duplicateChoices,
    givenUnits: choices.givenUnits,
    unitSuggestions: choices.unitSuggestions,
    readyCount,
    canCommitReady,
    heldBack,
    adjustment,
    addFiles,
    removeFile,
    giveUnit,
    chooseDuplicate,
    commit,
    commitReady,
    clear,
    loadHistory,
    trail,
    loadTrail,
    undo,
  }
})
