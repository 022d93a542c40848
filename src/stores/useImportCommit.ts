import { ref, shallowRef, type Ref } from 'vue'
import type { CommitResult } from '@/domain/model'
import type { ImportAdjustment } from '@/domain/targetChanges'
import type { FileSummary, PlanSummary } from '@/io/importSummary'
import type { FormState } from '@/io/formStates'
import type { ImportPhase } from './importProgress'
import { commitFiles } from '@/workers/importClient'
import { nextTask } from '@/io/nextTask'
import { useCatalogStore } from './catalog'
import { useStorageStore } from './storage'
import { useSettingsStore } from './settings'
import { describeFailure } from './errorText'

/** What the importer's commit reads of the import screen's state, and sets. */
export interface ImportCommitState {
  files: Readonly<Ref<readonly { id: number; summary: FileSummary | null; sha256: string; size: number }[]>>
  plan: Readonly<Ref<PlanSummary | null>>
  phase: Ref<ImportPhase>
  stepShare: Ref<number>
  error: Ref<string | null>
  /** The ticket of the latest check: the plan the worker writes. */
  ticket: () => number
}

/**
 * The importer's commit: writes the checked plan (or only its ready forms) in the import
 * worker, in one transaction, and keeps what it wrote and what it held back.
 */
export function useImportCommit(state: ImportCommitState) {
  const catalog = useCatalogStore()
  const storage = useStorageStore()
  const settings = useSettingsStore()
  const { files, plan, phase, stepShare, error } = state
  const result = shallowRef<CommitResult | null>(null)
  /** How changed 指标值 are written: as 目标调整 from a month (the stored targets stay the originals), or null: corrections. */
  const adjustment = ref<ImportAdjustment | null>(null)
  /** The unit-years the last commit wrote, for links to their overviews. */
  const committedUnitYears = shallowRef<PlanSummary['unitYears'] | null>(null)
  /** The forms a commit of the ready ones left behind, with their problems, to fix and import later. */
  const heldBack = shallowRef<FormState[]>([])

  /** Writes the plan, or only its ready forms; a failure is said and leaves the plan to commit again. */
  async function write(readyOnly: boolean): Promise<void> {
    if (!plan.value) return
    const ready = readyOnly ? plan.value.ready : null
    phase.value = 'committing'
    stepShare.value = 0
    error.value = null
    try {
      await storage.requestPersistenceOnce().catch(() => undefined)
      // A workbook or a form is several parts, each of one kind: each is a batch of its own.
      const held = new Set(ready?.held ?? [])
      const written = files.value.flatMap((f) =>
        (f.summary?.parts ?? []).flatMap((part) =>
          part.kind && !held.has(part.name)
            ? [{ fileId: f.id, fileName: part.name, kind: part.kind, sha256: f.sha256, size: f.size }]
            : [],
        ),
      )
      committedUnitYears.value = ready ? ready.unitYears : plan.value.unitYears
      result.value = await commitFiles(
        state.ticket(),
        written,
        (share) => (stepShare.value = share),
        settings.reporter.trim() || undefined,
        {
          readyOnly,
          // A plain copy: a reactive object cannot be posted to the worker.
          ...(adjustment.value && plan.value.targetChanges?.total && { adjustment: { ...adjustment.value } }),
        },
      )
      // Done only once every screen can see the new data: a link followed at once must find it.
      await catalog.caughtUp()
      // The done screen in a task of its own: after a province's commit, the new catalog
      // (thousands of units for the picker) and the review giving way would block the page together.
      await nextTask()
      phase.value = 'done'
    } catch (cause) {
      error.value = describeFailure(cause)
      heldBack.value = []
      phase.value = 'ready'
    }
  }

  /** Forgets the last commit and the choices made for the next. */
  function reset(): void {
    result.value = null
    committedUnitYears.value = null
    heldBack.value = []
    adjustment.value = null
  }

  return { result, adjustment, committedUnitYears, heldBack, write, reset }
}
