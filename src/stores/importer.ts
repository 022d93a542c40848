import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import { repositories } from '@/db'
import { describeWriteError } from '@/db/errors'
import type { CommitResult } from '@/db/importRepository'
import type { BatchRecord } from '@/db/schema'

export type { BatchRecord }
import { planImportInSlices, type ImportPlan } from '@/io/importPlan'
import { readFileInWorker } from '@/io/parseClient'
import type { ParsedCsv } from '@/io/parseCsv'
import { useCatalogStore } from './catalog'
import { useStorageStore } from './storage'

/** A file dropped on the import screen. */
export interface ImportFileEntry {
  id: number
  name: string
  size: number
  /** 0–1 while reading. */
  progress: number
  parsed: ParsedCsv | null
  sha256: string
  /** Earlier imports of exactly these bytes. */
  importedBefore: BatchRecord[]
}

export type ImportPhase = 'idle' | 'reading' | 'validating' | 'ready' | 'committing' | 'done'

let nextEntryId = 1

/** The import screen's work: read files in the worker, validate, commit, undo. */
export const useImporterStore = defineStore('importer', () => {
  const catalog = useCatalogStore()
  const storage = useStorageStore()
  // Arrays are replaced on change, never mutated: rows of large files stay out of deep reactivity.
  const files = shallowRef<ImportFileEntry[]>([])
  const plan = shallowRef<ImportPlan | null>(null)
  const phase = ref<ImportPhase>('idle')
  const skipBadRows = ref(false)
  const result = shallowRef<CommitResult | null>(null)
  const error = ref<string | null>(null)
  const history = shallowRef<BatchRecord[]>([])

  const update = (id: number, change: Partial<ImportFileEntry>) => {
    files.value = files.value.map((f) => (f.id === id ? { ...f, ...change } : f))
  }

  /** Overall progress 0–100 through reading, validation and commit. */
  const progress = computed(() => {
    switch (phase.value) {
      case 'reading': {
        const shares = files.value.map((f) => (f.parsed ? 1 : f.progress))
        return Math.round((70 * shares.reduce((a, b) => a + b, 0)) / Math.max(1, shares.length))
      }
      case 'validating':
        return 80
      case 'committing':
        return 90
      case 'ready':
      case 'done':
        return 100
      default:
        return 0
    }
  })

  const hasProblems = computed(() => (plan.value?.problems.length ?? 0) > 0)
  const toWrite = computed(() => plan.value?.rows.filter((r) => r.status !== 'unchanged').length ?? 0)
  const canCommit = computed(
    () => phase.value === 'ready' && plan.value !== null && (!hasProblems.value || skipBadRows.value),
  )

  /** Reads new files (in the worker), then validates everything dropped so far. */
  async function addFiles(list: readonly File[]): Promise<void> {
    if (list.length === 0) return
    if (phase.value === 'done') clear()
    const added = list.map((file) => ({ id: nextEntryId++, name: file.name, size: file.size, progress: 0, parsed: null, sha256: '', importedBefore: [] }))
    files.value = [...files.value, ...added]
    phase.value = 'reading'
    error.value = null
    try {
      await Promise.all(
        list.map(async (file, i) => {
          const id = added[i]!.id
          const read = await readFileInWorker(file, (share) => update(id, { progress: share }))
          const importedBefore = read.sha256 ? await repositories.imports.importsOf(read.sha256) : []
          update(id, { parsed: read.parsed, sha256: read.sha256, size: read.size || file.size, progress: 1, importedBefore })
        }),
      )
      await validate()
    } catch (cause) {
      readFailed(cause, new Set(added.map((f) => f.id)))
    }
  }

  function removeFile(id: number): void {
    files.value = files.value.filter((f) => f.id !== id)
    void validate().catch((cause) => readFailed(cause))
  }

  /** The database could not be read (closed by an upgrade in another tab): say so, keep nothing half-done. */
  function readFailed(cause: unknown, dropped: ReadonlySet<number> = new Set()): void {
    error.value = describeWriteError(cause)
    files.value = files.value.filter((f) => !dropped.has(f.id))
    plan.value = null
    phase.value = files.value.length > 0 ? 'ready' : 'idle'
  }

  let validation = 0

  /** Checks every file against each other and against what is stored; a newer check supersedes an older one. */
  async function validate(): Promise<void> {
    const ticket = ++validation
    const parsed = files.value.map((f) => f.parsed).filter((p): p is ParsedCsv => p !== null)
    if (files.value.length === 0) {
      clear()
      return
    }
    if (parsed.length < files.value.length) return
    phase.value = 'validating'
    const unitYears = new Map<string, [string, number]>()
    for (const file of parsed) for (const r of file.tagged?.records ?? []) unitYears.set(`${r.unit}|${r.year}`, [r.unit, r.year])
    const planned = await planImportInSlices(parsed, await repositories.catalog.loadUnitYears([...unitYears.values()]))
    if (ticket !== validation) return
    plan.value = planned
    phase.value = 'ready'
  }

  /** Writes the plan in one transaction; the user's data is never half-written. */
  async function commit(): Promise<void> {
    if (!canCommit.value || !plan.value) return
    phase.value = 'committing'
    error.value = null
    try {
      await storage.requestPersistenceOnce().catch(() => undefined)
      const written = files.value
        .filter((f) => f.parsed?.kind)
        .map((f) => ({ fileName: f.name, kind: f.parsed!.kind!, sha256: f.sha256, size: f.size }))
      result.value = await repositories.imports.commit(plan.value, written)
      // Done only once every screen can see the new data: a link followed at once must find it.
      await Promise.all([catalog.refresh(), loadHistory(), storage.refresh().catch(() => undefined)])
      phase.value = 'done'
    } catch (cause) {
      error.value = describeWriteError(cause)
      phase.value = 'ready'
    }
  }

  function clear(): void {
    files.value = []
    plan.value = null
    result.value = null
    skipBadRows.value = false
    error.value = null
    phase.value = 'idle'
  }

  async function loadHistory(): Promise<void> {
    history.value = await repositories.imports.history()
  }

  /** Undoes a batch and every later one; returns their file names. */
  async function undo(batchId: number): Promise<string[]> {
    const undone = await repositories.imports.undo(batchId)
    await Promise.all([catalog.refresh(), loadHistory()])
    return undone.map((b) => b.fileName)
  }

  return { files, plan, phase, progress, skipBadRows, result, error, history, hasProblems, toWrite, canCommit, addFiles, removeFile, commit, clear, loadHistory, undo }
})
