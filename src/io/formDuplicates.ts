/**
 * Two forms of one import that would write the same rows: the same kind of form (申报表,
 * 监控表 or 自评表) of the same 年度, 单位 and 类别, and for a 监控表 or 自评表 the same
 * period. Neither is written until the user chooses one; the other is then left out. A
 * 申报表 and a 监控表 of one unit-year-类别 are no duplicates: one brings targets, the other
 * values, and they are imported together.
 */
import type { FormSummary } from './forms/formParts'
import type { FileSummary } from './importSummary'

/** Forms of an import that would write the same rows: one of them may be imported. */
export interface DuplicateGroup {
  /** What they share: kind of form, 年度, 单位, 类别 and period. */
  key: string
  /** The same, to show: the first form's facts. */
  form: Pick<FormSummary, 'type' | 'year' | 'unit' | 'scope' | 'month' | 'byMonth'>
  /** The forms, by the ids formStates gives them (`文件id-序号`), in the files' order. */
  ids: string[]
  /** Every one of them writes exactly the same rows. */
  identical: boolean
}

/** The user's choice per group (by its key): the id of the form to import. */
export type DuplicateChoices = ReadonlyMap<string, string>

/** What a form shares with its duplicates, or null when it cannot be told (a label is missing). */
export function duplicateKey(form: Pick<FormSummary, 'type' | 'year' | 'unit' | 'scope' | 'month' | 'missing'>) {
  if (form.missing.length > 0) return null
  // The month is the period a value is stored under: 1-9月 and 第3季度 write the same rows.
  return [form.type, form.year, form.unit, form.scope, form.month ?? ''].join(' · ')
}

/** The groups of two or more forms of the files that would write the same rows. */
export function duplicateGroups(files: readonly { id: number; summary: FileSummary | null }[]): DuplicateGroup[] {
  const byKey = new Map<string, { id: string; form: FormSummary }[]>()
  for (const { id, summary } of files) {
    summary?.forms.forEach((form, i) => {
      const key = duplicateKey(form)
      if (key !== null) byKey.set(key, [...(byKey.get(key) ?? []), { id: `${id}-${i}`, form }])
    })
  }
  return [...byKey]
    .filter(([, forms]) => forms.length > 1)
    .map(([key, forms]) => {
      const { type, year, unit, scope, month, byMonth, digest } = forms[0]!.form
      return {
        key,
        form: { type, year, unit, scope, month, byMonth },
        ids: forms.map((f) => f.id),
        identical: forms.every((f) => f.form.digest === digest),
      }
    })
}

/** The form chosen in `group`, or null while the user has not chosen (or chose a form no longer there). */
export function chosenIn(group: DuplicateGroup, choices: DuplicateChoices): string | null {
  const chosen = choices.get(group.key)
  return chosen !== undefined && group.ids.includes(chosen) ? chosen : null
}

/**
 * The parts the check leaves out (forms not chosen) and holds back (forms of a group not
 * yet decided: none of them is written).
 */
export function choiceParts(
  files: readonly { id: number; summary: FileSummary | null }[],
  groups: readonly DuplicateGroup[],
  choices: DuplicateChoices,
): { leftOut: string[]; waiting: string[] } {
  const partsOf = new Map(
    files.flatMap(({ id, summary }) =>
      (summary?.forms ?? []).map((form, i): [string, string[]] => [`${id}-${i}`, form.parts]),
    ),
  )
  const leftOut: string[] = []
  const waiting: string[] = []
  for (const group of groups) {
    const chosen = chosenIn(group, choices)
    for (const id of group.ids) {
      const parts = partsOf.get(id) ?? []
      if (chosen === null) waiting.push(...parts)
      else if (id !== chosen) leftOut.push(...parts)
    }
  }
  return { leftOut, waiting }
}
