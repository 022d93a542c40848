/**
 * The forms of an import: what is imported whole or not at all. An official form is its
 * parts (targets, budget, values …, named `文件 › 工作表 › 表N 类别 · 绩效目标`); a flat
 * sheet of a workbook, or a CSV file, is one part. A form with any problem is held back
 * whole; the others can be imported without it (SPEC §2.6–2.7, §7 import-commit-ready).
 */
import type { Dataset, ImportPlan, ImportProblem } from '@/domain/model'
import type { ParsedCsv } from './parsedCsv'
import { planImportInSlices } from './importPlan'
import { nextTask } from './nextTask'

/** The parts of one form of a file, and what the list calls it. */
export interface ImportForm {
  fileName: string
  /** The sheet an official form is on (null on a CSV); absent for a flat part. */
  sheet?: string | null
  /** A form's title and 类别, or the sheet's or file's own name. */
  label: string
  /** Its parts' names, as the plan's rows and problems name them. */
  parts: string[]
}

/** The forms of a file read: each official form with its parts, then every other part on its own. */
export function formsOfFile(
  fileName: string,
  partNames: readonly string[],
  forms: readonly { title: string; scope: string; sheet: string | null; parts: readonly string[] }[],
): ImportForm[] {
  const inForms = new Set(forms.flatMap((f) => f.parts))
  return [
    ...forms.map((f) => ({
      fileName,
      sheet: f.sheet,
      label: f.scope && f.scope !== f.title ? `${f.title} · ${f.scope}` : f.title,
      parts: [...f.parts],
    })),
    ...partNames.filter((p) => !inForms.has(p)).map((p) => ({ fileName, label: p, parts: [p] })),
  ]
}

/** The parts a plan cannot write whole: a problem in them, or not readable at all. */
export function partsWithProblems(plan: Pick<ImportPlan, 'problems' | 'failedFiles'>): Set<string> {
  return new Set([...plan.problems.map((p) => p.file), ...plan.failedFiles])
}

/** The ready forms' plan, the parts it holds back, and the problems found only once they were taken alone. */
export interface ReadyPlan {
  plan: ImportPlan
  held: Set<string>
  /** A form that needed a held-back one (values of its indicators): its problems without it. */
  problems: ImportProblem[]
}

/**
 * Plans the forms without a problem, alone: a form that needs one held back (actuals of
 * indicators only a held-back form brings) gets a problem of its own then, and is held
 * back too, until every form planned is clean. `waiting` are parts held back though they
 * have no problem (a form waiting for the user's choice). Null when no form is held back.
 */
export async function planReady(
  files: readonly ParsedCsv[],
  forms: readonly ImportForm[],
  full: ImportPlan,
  existing: Dataset,
  pause: (share: number) => Promise<void> = nextTask,
  waiting: ReadonlySet<string> = new Set(),
): Promise<ReadyPlan | null> {
  const bad = new Set([...partsWithProblems(full), ...waiting])
  const heldForms = (badParts: ReadonlySet<string>) => forms.filter((f) => f.parts.some((p) => badParts.has(p)))
  // Parts no form names (should not happen) are held back on their own.
  const named = new Set(forms.flatMap((f) => f.parts))
  const held = new Set([...heldForms(bad).flatMap((f) => f.parts), ...[...bad].filter((p) => !named.has(p))])
  if (held.size === 0) return null
  const problems: ImportProblem[] = []
  for (;;) {
    const plan = await planImportInSlices(
      files.filter((f) => !held.has(f.fileName)),
      existing,
      pause,
    )
    const newlyBad = partsWithProblems(plan)
    if (newlyBad.size === 0) return { plan, held, problems }
    problems.push(...plan.problems)
    for (const f of heldForms(newlyBad)) for (const p of f.parts) held.add(p)
    for (const p of newlyBad) held.add(p)
  }
}
