/**
 * Each form of an import with its own state, as the preview lists it: ready (and what it
 * writes), unchanged, has problems (and which), or a sheet skipped (and why).
 */
import type { ImportProblem } from '@/domain/model'
import { formsOfFile } from './importForms'
import type { FileSummary, PlanSummary } from './importSummary'

/** What became, or would become, of one form. */
export type FormStateName = 'ready' | 'unchanged' | 'problems' | 'skipped'

/** A form of the import and its state. */
export interface FormState {
  id: string
  fileName: string
  /** A form's title and 类别, a sheet's or a file's name. */
  label: string
  /** The sheet it is on, for an official form of a workbook. */
  sheet: string | null
  state: FormStateName
  /** Rows it writes (added or updated). */
  writes: number
  /** Its problems, each with its file, line and cell. */
  problems: ImportProblem[]
  /** Why a sheet was skipped. */
  reason?: string
}

/** The forms of every file read, in the files' order, each with its state under `plan`. */
export function formStates(
  files: readonly { id: number; summary: FileSummary | null }[],
  plan: PlanSummary,
): FormState[] {
  const held = new Set([...(plan.ready?.held ?? []), ...plan.failedFiles])
  const problems = [...plan.problems, ...(plan.ready?.problems ?? [])]
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
      return {
        id: `${id}-${i}`,
        fileName: summary.fileName,
        label: form.label,
        sheet: form.sheet ?? null,
        state: bad ? 'problems' : writes > 0 ? 'ready' : 'unchanged',
        writes,
        problems: own,
      }
    })
    const skipped = summary.sheets.flatMap((sheet, i): FormState[] =>
      sheet.read === 'skipped'
        ? [
            {
              id: `${id}-s${i}`,
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
