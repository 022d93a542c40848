import { computed, type Ref } from 'vue'
import { formStates } from '@/io/formStates'
import type { FileSummary, PlanSummary } from '@/io/importSummary'
import type { useFormChoices } from './formChoices'
import type { ImportPhase } from './importProgress'

/** What the import preview is worked out from. */
export interface ImportPreviewState {
  files: Readonly<Ref<readonly { id: number; summary: FileSummary | null }[]>>
  plan: Readonly<Ref<PlanSummary | null>>
  phase: Readonly<Ref<ImportPhase>>
  skipBadRows: Readonly<Ref<boolean>>
  choices: Pick<ReturnType<typeof useFormChoices>, 'duplicates' | 'duplicateChoices' | 'undecided'>
}

/**
 * The import preview: every form with its state, and whether the whole plan, or only its
 * ready forms, can be committed.
 */
export function useImportPreview({ files, plan, phase, skipBadRows, choices }: ImportPreviewState) {
  const { duplicates, duplicateChoices, undecided } = choices
  const hasProblems = computed(() => (plan.value?.problems.length ?? 0) > 0)
  const toWrite = computed(() => plan.value?.toWrite ?? 0)
  const canCommit = computed(
    () =>
      phase.value === 'ready' &&
      plan.value !== null &&
      (!hasProblems.value || skipBadRows.value) &&
      undecided.value === 0,
  )
  /** Every form of the files read, with its state. */
  const forms = computed(() =>
    plan.value ? formStates(files.value, plan.value, duplicates.value, duplicateChoices.value) : [],
  )
  /** Some forms have problems and others are ready: those can be imported, each whole. */
  const readyCount = computed(() => forms.value.filter((f) => f.state === 'ready').length)
  const canCommitReady = computed(
    () => phase.value === 'ready' && (plan.value?.ready?.toWrite ?? 0) > 0 && readyCount.value > 0,
  )
  return { hasProblems, toWrite, canCommit, forms, readyCount, canCommitReady }
}
