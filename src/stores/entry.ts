import { defineStore } from 'pinia'
import { computed, ref, shallowRef, watch } from 'vue'
import { repositories } from '@/db'
import { chinesePeriodName, type Month } from '@/domain/period'
import { entryFileName, type EntryValues } from '@/io/entryPlan'
import { stripUnwanted } from '@/domain/textRules'
import { useCatalogStore } from './catalog'
import {
  draftKey,
  draftMonthsOf,
  EMPTY,
  NO_SPENDING,
  storedDraft,
  forgetDraft,
  keepDraft,
  readDraft,
  type Draft,
  type SpendingValues,
} from './entryDrafts'
import { useEntryCheck } from './entryCheck'
import { useEntryEvaluation } from './entryEvaluation'
import { useEntryGuards } from './entryGuards'
import { useEntryPeriod } from './entryPeriod'
import { useSettingsStore } from './settings'
import { useUnitDataStore } from './unitData'
import { useViewStore } from './view'

/**
 * The 填报 screen's work (SPEC §5 填报): the period being filled in, the lines typed (a
 * draft kept in localStorage, so a reload or a closed tab loses nothing), their check by
 * the importer's own path, the lights and scores they would give, and saving them as one
 * batch of the import history, undoable like an import and signed with the 填报人.
 */
export const useEntryStore = defineStore('entry', () => {
  const view = useViewStore()
  const unitData = useUnitDataStore()
  const catalog = useCatalogStore()
  const settings = useSettingsStore()

  const { period, reported, previous, choosePeriod } = useEntryPeriod()
  const draft = ref<Draft>({ values: {}, spending: {} })
  const saving = ref(false)
  const saved = shallowRef<{ batchIds: number[]; rows: number } | null>(null)

  const key = computed(() =>
    view.selection ? draftKey(view.selection.unit, view.selection.year, period.value.month) : null,
  )
  /** The periods of the unit-year, besides this one, with a draft not yet saved. */
  const otherDrafts = ref<Month[]>([])
  const findOtherDrafts = () =>
    (otherDrafts.value = view.selection
      ? draftMonthsOf(view.selection.unit, view.selection.year).filter((m) => m !== period.value.month)
      : [])

  const targets = computed(() => unitData.orderedTargets)
  const fundLines = computed(() =>
    (unitData.data?.budgets ?? []).filter((b) => b.breakdown === '经费').sort((a, b) => a.position - b.position),
  )
  const storedAt = (month: Month) =>
    new Map((unitData.data?.actuals ?? []).filter((a) => a.month === month).map((a) => [a.indicatorCode, a]))

  /** The lines as stored for the period: where editing a reported period starts. */
  const stored = computed<Draft>(() =>
    storedDraft(
      targets.value,
      fundLines.value,
      storedAt(period.value.month),
      (unitData.data?.spending ?? []).filter((s) => s.month === period.value.month),
    ),
  )

  /** Loads the draft of the unit-year and period: the one kept in the browser, else what is stored. */
  function load(): void {
    const kept = key.value ? readDraft(key.value) : null
    const base = stored.value
    draft.value = kept
      ? { values: { ...base.values, ...kept.values }, spending: { ...base.spending, ...kept.spending } }
      : { values: { ...base.values }, spending: { ...base.spending } }
    findOtherDrafts()
  }
  watch([key, () => unitData.data], load, { immediate: true })
  // The message of a save stays until another unit-year or period is chosen, or typing starts.
  watch(key, () => (saved.value = null))

  /** Whether the draft differs from what is stored, so it is worth keeping and saving. */
  const dirty = computed(() => JSON.stringify(draft.value) !== JSON.stringify(stored.value))

  /** Sets what is typed into a field, as the text rules keep it; returns the text kept. */
  function setValue(code: string, field: keyof EntryValues, typed: string): string {
    const value = guards.clean(code, field, typed)
    draft.value = {
      ...draft.value,
      values: { ...draft.value.values, [code]: { ...(draft.value.values[code] ?? EMPTY), [field]: value } },
    }
    keep()
    return value
  }

  /** Sets a budget line's figure as typed, its unwanted characters dropped; returns the text kept. */
  function setSpent(budgetId: string, field: keyof SpendingValues, typed: string): string {
    const value = stripUnwanted(typed).text
    draft.value = {
      ...draft.value,
      spending: {
        ...draft.value.spending,
        [budgetId]: { ...(draft.value.spending[budgetId] ?? NO_SPENDING), [field]: value },
      },
    }
    keep()
    return value
  }

  /** Keeps the draft in the browser at every keystroke; forgets it when it equals what is stored. */
  function keep(): void {
    saved.value = null
    if (!key.value) return
    if (dirty.value) keepDraft(key.value, draft.value)
    else forgetDraft(key.value)
  }

  const fileName = computed(() => entryFileName(view.selection?.year ?? 0, chinesePeriodName(period.value)))

  const check = useEntryCheck({ period, targets, fundLines, draft, stored, fileName })

  const guards = useEntryGuards(
    check,
    computed(() => draft.value.values),
    computed(() => stored.value.values),
  )

  const { evaluation, results, missingReasons } = useEntryEvaluation(
    check,
    computed(() => period.value.month),
  )
  const problemCount = computed(() => check.value?.plan.problems.length ?? 0)
  const toWrite = computed(() => (check.value ? check.value.plan.counts.added + check.value.plan.counts.updated : 0))

  /** Saves the checked lines as one batch of the history, signed with the 填报人; the draft is let go. */
  async function save(): Promise<void> {
    const plan = check.value?.plan
    if (
      !plan ||
      problemCount.value > 0 ||
      guards.unconfirmed.value.length > 0 ||
      toWrite.value === 0 ||
      !view.selection
    )
      return
    saving.value = true
    try {
      const name = fileName.value
      // Values and spending together make one batch: one entry, one undo.
      const oneFile = { ...plan, rows: plan.rows.map((r) => ({ ...r, file: name })) }
      const by = settings.reporter.trim()
      const result = await repositories.imports.commit(
        oneFile,
        [{ fileName: name, kind: 'entry', sha256: '', size: 0 }],
        { ...(by && { by }) },
      )
      if (key.value) forgetDraft(key.value)
      await catalog.caughtUp()
      saved.value = { batchIds: result.batchIds, rows: result.counts.added + result.counts.updated }
    } finally {
      saving.value = false
    }
  }

  /** Forgets the draft: the lines go back to what is stored. */
  function discard(): void {
    if (key.value) forgetDraft(key.value)
    load()
  }

  return {
    period,
    reported,
    draft,
    targets,
    fundLines,
    previous,
    check,
    results,
    evaluation,
    missingReasons,
    problemCount,
    toWrite,
    dirty,
    saving,
    saved,
    setValue,
    setSpent,
    save,
    discard,
    choosePeriod,
    load,
    otherDrafts,
    noteOf: guards.noteOf,
    warnings: guards.warnings,
    isConfirmed: guards.isConfirmed,
    confirm: guards.confirm,
    unconfirmed: guards.unconfirmed,
  }
})
