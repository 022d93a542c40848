import { computed, shallowRef, type Ref } from 'vue'
import { chosenIn, choiceParts, duplicateGroups } from '@/io/formDuplicates'
import type { FileSummary } from '@/io/importSummary'

/**
 * The choices the import preview asks of the user, kept on the page: the unit of each form
 * that prints none, and which form of each group of duplicates to import. The importer
 * store reads the files again and checks them with these.
 */
export function useFormChoices(
  files: Readonly<Ref<readonly { id: number; summary: FileSummary | null }[]>>,
  storedUnits: () => readonly string[],
) {
  /** Per file, the units the user gave for forms that print none, by form key. */
  const givenUnits = shallowRef(new Map<number, ReadonlyMap<string, string>>())
  /** Per group of duplicate forms (by its key), the one the user chose to import. */
  const duplicateChoices = shallowRef(new Map<string, string>())

  /** Forms of the import that would write the same rows: one of each group may be imported. */
  const duplicates = computed(() => duplicateGroups(files.value))
  /** Groups of duplicates the user has not chosen in yet: none of their forms is written. */
  const undecided = computed(() => duplicates.value.filter((g) => chosenIn(g, duplicateChoices.value) === null).length)
  /** Units to offer for a form that prints none: those stored, then those of the other forms of the import. */
  const unitSuggestions = computed(() => [
    ...new Set([
      ...storedUnits(),
      ...files.value.flatMap((f) => (f.summary?.forms ?? []).flatMap((form) => (form.unit ? [form.unit] : []))),
    ]),
  ])
  /** What the check leaves out (forms not chosen) and holds back (groups not decided). */
  const parts = () => choiceParts(files.value, duplicates.value, duplicateChoices.value)

  /** Keeps `unit` for form `formKey` of file `fileId` (blank: none); every unit given for that file. */
  function giveUnit(fileId: number, formKey: string, unit: string): ReadonlyMap<string, string> {
    const units = new Map(givenUnits.value.get(fileId) ?? [])
    if (unit.trim()) units.set(formKey, unit.trim())
    else units.delete(formKey)
    givenUnits.value = new Map(givenUnits.value).set(fileId, units)
    return units
  }

  /** Chooses the form of a group to import (null: none yet). */
  function choose(group: string, formId: string | null): void {
    const choices = new Map(duplicateChoices.value)
    if (formId === null) choices.delete(group)
    else choices.set(group, formId)
    duplicateChoices.value = choices
  }

  /** Drops what was given for a file removed. */
  function forgetFile(fileId: number): void {
    givenUnits.value = new Map([...givenUnits.value].filter(([id]) => id !== fileId))
  }

  function reset(): void {
    givenUnits.value = new Map()
    duplicateChoices.value = new Map()
  }

  return {
    givenUnits,
    duplicateChoices,
    duplicates,
    undecided,
    unitSuggestions,
    parts,
    giveUnit,
    choose,
    forgetFile,
    reset,
  }
}
