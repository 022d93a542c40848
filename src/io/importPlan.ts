import {
  IMPORT_KIND_ORDER,
  type Dataset,
  type ImportKind,
  type ImportPlan,
  type ImportNotice,
  type ImportProblem,
  type RowStatus,
} from '@/domain/model'
import { joinKey } from '@/domain/keys'
import { nextTask } from './nextTask'
import type { ParsedCsv } from './parsedCsv'
import type { RecordsByKind } from './rowMappers'
import { noticeOf, type NoticeCode } from './problemText'
import { PlanState, type RecordCheck } from './importChecks/planState'
import { targetChecker, unweightedNotices } from './importChecks/targets'
import { budgetChecker } from './importChecks/budget'
import { actualsChecker } from './importChecks/actuals'
import { spendingChecker } from './importChecks/spending'
import { parentChecker } from './importChecks/parents'
import { planRectify } from './importChecks/rectify'
import { rectifyRowChecker } from './importChecks/rectifyRows'
import { planReview } from './importChecks/review'

/**
 * Validates parsed files together and against what is stored: duplicate keys, actuals
 * for unknown indicators, values that do not read against their target (wrong unit,
 * not a number), spending for unknown budget lines. Targets and budget lines are taken
 * before actuals and spending, whatever order the files came in. Each valid row is
 * classed as added, updated or unchanged; a 主管部门 that changes what is stored is planned
 * beside the rows (two different ones for a unit-year are a problem). Nothing is written here.
 */
export function planImport(files: readonly ParsedCsv[], existing: Dataset): ImportPlan {
  const steps = planSteps(files, existing)
  let step = steps.next()
  while (!step.done) step = steps.next()
  return step.value
}

/** Rows planned between two pauses of `planImportInSlices`: tens of milliseconds of work. */
const PLAN_SLICE = 2000

/**
 * `planImport` in slices, calling `pause` with the share of rows planned (0–1) between
 * them: a turn for the event loop, a progress report.
 */
export async function planImportInSlices(
  files: readonly ParsedCsv[],
  existing: Dataset,
  pause: (share: number) => Promise<void> = nextTask,
): Promise<ImportPlan> {
  const steps = planSteps(files, existing)
  let step = steps.next()
  while (!step.done) {
    await pause(step.value)
    step = steps.next()
  }
  return step.value
}

/** The work of `planImport`, pausing (yielding the share done) every PLAN_SLICE rows. */
function* planSteps(files: readonly ParsedCsv[], existing: Dataset): Generator<number, ImportPlan> {
  const problems: ImportProblem[] = files.flatMap((f) => f.problems)
  const notices: ImportNotice[] = files.flatMap((f) =>
    f.notices.map((n) => noticeOf(n.code as NoticeCode, n.params, f.fileName)),
  )
  const state = new PlanState(problems, notices)
  // One checker per kind; actuals find their indicators, and spending its budget lines, through the first two.
  const targets = targetChecker(state, existing)
  const budget = budgetChecker(state, existing)
  const rectifyRows = rectifyRowChecker(state, targets.lookup, budget.lineOf)
  const checks: { [K in ImportKind]: RecordCheck<RecordsByKind[K]> } = {
    targets: targets.check,
    budget: budget.check,
    actuals: actualsChecker(state, existing, targets.lookup),
    spending: spendingChecker(state, existing, budget.lineOf),
    rectify: rectifyRows.check,
  }
  const parents = parentChecker(state, existing)

  const ordered = [...files]
    .filter((f) => f.tagged)
    .sort((a, b) => IMPORT_KIND_ORDER[a.tagged!.kind] - IMPORT_KIND_ORDER[b.tagged!.kind])
  const total = ordered.reduce((sum, f) => sum + f.tagged!.records.length, 0)
  let done = 0
  for (const file of ordered) {
    const tagged = file.tagged!
    const check = checks[tagged.kind] as RecordCheck<RecordsByKind[ImportKind]>
    const parentAt = new Map((file.parents ?? []).map((p) => [p.line, p]))
    for (let i = 0; i < tagged.records.length; i++) {
      // Let the page breathe now and then: a province's file is a hundred thousand rows.
      if (i > 0 && i % PLAN_SLICE === 0) yield (done + i) / total
      const line = file.recordLines[i]!
      // A row naming another 主管部门 than its unit-year's first is not taken.
      const named = parentAt.get(line)
      if (named && !parents.check(file.fileName, named)) continue
      check(file, line, tagged.records[i]!)
    }
    done += tagged.records.length
  }

  const { rows } = state
  notices.push(...unweightedNotices(rows))
  // Problems found here cite their cell too, in a workbook's sheet or a form.
  const cellsOf = new Map(files.flatMap((f) => (f.cellOf ? [[f.fileName, f.cellOf] as const] : [])))
  for (const [i, p] of problems.entries()) {
    const cell = !p.cell && p.column ? cellsOf.get(p.file)?.(p.line, p.column) : undefined
    if (cell) problems[i] = { ...p, cell }
  }
  // A 审核 file has no data rows: its states are planned beside them.
  const review = planReview(
    files.filter((f) => f.review),
    rows,
    existing,
  )
  problems.push(...review.problems)
  notices.push(...review.notices)
  const failedFiles = files.filter((f) => !f.tagged && !f.review).map((f) => f.fileName)
  const skippedKeys = new Map<string, { file: string; line: number }>()
  for (const p of problems)
    if (!failedFiles.includes(p.file)) skippedKeys.set(joinKey(p.file, p.line), { file: p.file, line: p.line })
  const skipped = [...skippedKeys.values()]
  const changedParents = parents.planned(new Set(skippedKeys.keys()), joinKey)
  const count = (status: RowStatus) => rows.filter((r) => r.status === status).length
  const rectify = planRectify(ordered, rows, existing, rectifyRows.rows)
  return {
    rows,
    parents: changedParents,
    ...(rectify.length > 0 && { rectify }),
    ...(review.planned.length > 0 && { review: review.planned }),
    problems: problems.sort((a, b) => (a.file === b.file ? a.line - b.line : a.file.localeCompare(b.file))),
    skipped,
    failedFiles,
    notices,
    counts: {
      added: count('added'),
      updated: count('updated'),
      unchanged: count('unchanged'),
      skipped: skipped.length,
    },
  }
}
