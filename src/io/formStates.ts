/**
 * Each form of an import with its own state, as the preview lists it: ready (and what it
 * writes), unchanged, has problems (and which), waiting for its unit or for a choice
 * between duplicates, or skipped (a sheet, and why; a duplicate not chosen).
 */
import type { ImportProblem } from '@/domain/model'
import { formsOfFile } from './importForms'
import type { FileSummary, PlanSummary } from './importSummary'
import { chosenIn, type DuplicateChoices, type DuplicateGroup } from './formDuplicates'

/** What became, or would become, of one form. */
export type FormStateName = 'ready' | 'unchanged' | 'problems' | 'needsUnit' | 'duplicate' | 'skipped'

/** A form of the import and its state. */
export interface FormState {
  id: string
  /** The file it is in, as the import screen numbers it. */
  fileId: number
  fileName: string
  /** A form's title and 类别, a sheet's or a file's name. */
  label: string
  /** The sheet it is on, for an official form of a workbook. */
  sheet: string | null
  /** An official form's key within its file (its title's cell): what a unit given is kept under. */
  formKey?: string
  state: FormStateName
  /** Rows it writes (added or updated). */
  writes: number
  /** Its problems, each with its file, line and cell. */
  problems: ImportProblem[]
  /** Why a sheet was skipped. */
  reason?: string
  /** The unit the user gave for a form that prints none. */
  unitGiven?: string
  /** Its group of duplicates (by key) and the ids of the other forms in it; `chosen` when it was not chosen. */
  duplicate?: { group: string; others: string[]; identical: boolean; chosen: string | null }
}

/**
 * The forms of every file read, in the files' order, each with its state under `plan`;
 * `groups` are the duplicates found (formDuplicates), `choices` the user's choice in each.
 */
export function formStates(
  files: readonly { id: number; summary: FileSummary | null }[],
  plan: PlanSummary,
  groups: readonly DuplicateGroup[] = [],
  choices: DuplicateChoices = new Map(),
): FormState[] {
  const held = new Set([...(plan.ready?.held ?? []), ...plan.failedFiles])
  const problems = [...plan.problems, ...(plan.ready?.problems ?? [])]
  const groupOf = new Map(groups.flatMap((g) => g.ids.map((id) => [id, g] as const)))
  return files.flatMap(({ id, summary }) => {
    if (!summary) return []
    const forms = formsOfFile(
      summary.fileName,
      summary.parts.map((p) => p.name),
      summary.forms,
    )
    const read = forms.map((form, i): FormState => {
      const parts = new Set(form.parts)
      const own = problems.filter((p) => parts.has(p.file))
      const writes = form.parts.reduce((n, p) => n + (plan.partWrites[p] ?? 0), 0)
      const bad = own.length > 0 || form.parts.some((p) => held.has(p))
      const official = summary.forms[i]
      const group = groupOf.get(`${id}-${i}`)
      const chosen = group ? chosenIn(group, choices) : null
      const state: FormStateName = group
        ? chosen === null
          ? 'duplicate'
          : chosen === `${id}-${i}`
            ? stateOf(bad, writes)
            : 'skipped'
        : official?.needsUnit
          ? 'needsUnit'
          : stateOf(bad, writes)
      return {
        id: `${id}-${i}`,
        fileId: id,
        fileName: summary.fileName,
        label: form.label,
        sheet: form.sheet ?? null,
        ...(official && { formKey: official.key }),
        ...(official?.unitGiven && { unitGiven: official.unit }),
        state,
        writes: state === 'skipped' || state === 'duplicate' ? 0 : writes,
        problems: state === 'skipped' || state === 'duplicate' ? [] : own,
        ...(group && {
          duplicate: {
            group: group.key,
            others: group.ids.filter((other) => other !== `${id}-${i}`),
            identical: group.identical,
            chosen,
          },
        }),
      }
    })
    const skipped = summary.sheets.flatMap((sheet, i): FormState[] =>
      sheet.read === 'skipped'
        ? [
            {
              id: `${id}-s${i}`,
              fileId: id,
              fileName: summary.fileName,
              label: sheet.name,
              sheet: sheet.name,
              state: 'skipped',
              writes: 0,
              problems: [],
              ...(sheet.reason && { reason: sheet.reason }),
            },
          ]
        : [],
    )
    return [...read, ...skipped]
  })
}

const stateOf = (bad: boolean, writes: number): FormStateName => (bad ? 'problems' : writes > 0 ? 'ready' : 'unchanged')

/** The states that hold a form back from an import of the ready ones. */
export const HELD_STATES: readonly FormStateName[] = ['problems', 'needsUnit', 'duplicate']
