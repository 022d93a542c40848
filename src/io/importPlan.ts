import type { ActualError, ActualErrorCode } from '@/domain/engine/actualParser'
import { parseActualCached } from '@/domain/engine/parseCache'
import { parseTargetRecord, parseTargetRow } from '@/domain/engine/indicator'
import { deriveIndicatorCode } from '@/domain/indicatorCode'
import {
  IMPORT_KIND_ORDER,
  type DataTableName,
  type DatasetView,
  type ImportPlan,
  type ImportNotice,
  type ImportProblem,
  type PlannedRow,
  type RowOf,
  type RowStatus,
} from '@/domain/model'
import type { ActualRecord, BudgetRecord, SpendingRecord, TargetRecord } from '@/domain/records'
import { nextTask } from './nextTask'
import type { ParsedCsv } from './parseCsv'
import { detectKind } from './csvKinds'
import { joinKey } from '@/domain/keys'
import { rowIdOf } from '@/domain/rowKeys'
import { noticeOf, problemOf, type KeyParts, type NoticeCode, type ProblemCode } from './problemText'

// Re-exported: the import check and its callers name the plan's types from here as well.
export type { ImportPlan, PlannedRow, RowStatus } from '@/domain/model'

/** The period column and cell as the file gave them, for the sentence that reports a duplicate. */
const periodCell = (row: { month: number; byMonth?: boolean }): [string, string] => (row.byMonth ? ['截至月份', String(row.month)] : ['季度', String(row.month / 3)])

const naturalKey = (r: { year: number; unit: string; scope: string }, name: string) => joinKey(r.year, r.unit, r.scope, name)

/** Equal as stored data: the batch that wrote a row does not make it different. */
function sameRow(a: object, b: object): boolean {
  const strip = ({ batchId: _batch, ...rest }: Record<string, unknown>) => rest
  return stableJson(strip(a as Record<string, unknown>)) === stableJson(strip(b as Record<string, unknown>))
}

function stableJson(value: Record<string, unknown>): string {
  return JSON.stringify(Object.keys(value).sort().map((k) => [k, value[k]]))
}

/**
 * Validates parsed files together and against what is stored: duplicate keys, actuals
 * for unknown indicators, values that do not read against their target (wrong unit,
 * not a number), spending for unknown budget lines. Targets and budget lines are taken
 * before actuals and spending, whatever order the files came in. Each valid row is
 * classed as added, updated or unchanged. Nothing is written here.
 */
export function planImport(files: readonly ParsedCsv[], existing: DatasetView): ImportPlan {
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
  existing: DatasetView,
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
function* planSteps(files: readonly ParsedCsv[], existing: DatasetView): Generator<number, ImportPlan> {
  const problems: ImportProblem[] = files.flatMap((f) => f.problems)
  const notices: ImportNotice[] = files.flatMap((f) => f.notices.map((n) => noticeOf(n.code as NoticeCode, n.params, f.fileName)))
  const rows: PlannedRow[] = []
  const problem = (file: string, line: number, column: string, found: string, why: Pick<ImportProblem, 'expected' | 'code' | 'params'>) =>
    problems.push({ file, line, column, found, ...why })

  // Targets: known by code (stored first, then this import's) and, built only when a
  // targets file needs it, by natural key. A province's check reads a hundred thousand
  // stored targets; an actuals file needs only their codes.
  const targetByCode = new Map<string, TargetRecord>()
  for (const t of existing.targets) targetByCode.set(t.code, t)
  let targetByKeyMap: Map<string, TargetRecord> | null = null
  const targetByKey = () => (targetByKeyMap ??= new Map(existing.targets.map((t) => [naturalKey(t, t.name), t])))
  // An actual names its indicator by code, or by name (then carrying the code derived from
  // the name). A code is looked up as given first; the derived codes are computed only when
  // some actual's code is not one (a target with a code of its own, named by name).
  const imported: TargetRecord[] = []
  let byDerivedMap: Map<string, TargetRecord> | null = null
  const derived = (t: TargetRecord) => deriveIndicatorCode(t.year, t.unit, t.scope, t.name)
  const byDerived = () => (byDerivedMap ??= new Map([...existing.targets, ...imported].map((t) => [derived(t), t])))
  const lookupTarget = (code: string) => targetByCode.get(code) ?? byDerived().get(code)
  const know = (t: TargetRecord) => {
    imported.push(t)
    targetByCode.set(t.code, t)
    byDerivedMap?.set(derived(t), t)
  }
  const storedActuals = new Map(existing.actuals.map((a) => [rowIdOf('actuals', a), a]))
  const storedSpending = new Map(existing.spending.map((s) => [rowIdOf('spending', s), s]))
  const budgetById = new Map(existing.budgets.map((b) => [b.id, b]))
  const importedBudgets = new Map<string, BudgetRecord>()
  // Keys seen in this import, each with where it was first seen. Values are kept apart by
  // period and known by their indicator's record (identity, not a string joined per row).
  type Seen<K> = Map<K, { file: string; line: number }>
  const seenTargets: Seen<string> = new Map()
  const seenBudgets: Seen<string> = new Map()
  const seenActuals = new Map<number, Seen<TargetRecord>>()
  const seenSpending = new Map<number, Seen<string>>()
  const ofMonth = <K>(byMonth: Map<number, Seen<K>>, month: number): Seen<K> => byMonth.get(month) ?? byMonth.set(month, new Map()).get(month)!

  /** Reports a key already seen in this import; returns whether it was. The cell is worked out only then. */
  const duplicate = <K>(seen: Seen<K>, key: K, file: string, line: number, cell: () => [column: string, found: string], parts: KeyParts) => {
    const first = seen.get(key)
    if (!first) {
      seen.set(key, { file, line })
      return false
    }
    problem(file, line, ...cell(), problemOf('duplicate', { firstLine: first.line, firstFile: first.file === file ? '' : first.file, parts }))
    return true
  }

  // Two forms of one import (a 申报表 and the 自评表 of the same project) list the same
  // indicators and budget lines: where they agree, the later form's fields complete the
  // earlier one's row (a 自评表 adds 分值) instead of being reported as duplicates.
  const formRows = new Map<string, number>()
  const mergedIntoEarlierForm = <T extends object>(key: string, record: T, agree: (a: T, b: T) => boolean): boolean => {
    const index = formRows.get(key)
    if (index === undefined) return false
    const earlier = rows[index]! as PlannedRow & { record: T }
    if (!agree(earlier.record, record)) return false
    const merged = { ...onto(earlier.record, record), ...('code' in earlier.record && { code: (earlier.record as { code: string }).code }) }
    rows[index] = planned(earlier.table, earlier.file, earlier.line, merged as never, earlier.before as never)
    return true
  }

  const ordered = [...files].filter((f) => f.tagged).sort((a, b) => IMPORT_KIND_ORDER[a.tagged!.kind] - IMPORT_KIND_ORDER[b.tagged!.kind])
  const total = ordered.reduce((sum, f) => sum + f.tagged!.records.length, 0)
  let done = 0
  for (const file of ordered) {
    const tagged = file.tagged!
    const name = file.fileName
    for (let i = 0; i < tagged.records.length; i++) {
      const record = tagged.records[i]!
      // Let the page breathe now and then: a province's file is a hundred thousand rows.
      if (i > 0 && i % PLAN_SLICE === 0) yield (done + i) / total
      const line = file.recordLines[i]!
      switch (tagged.kind) {
        case 'targets': {
          const t = record as TargetRecord
          const key = naturalKey(t, t.name)
          if (file.ontoStored && mergedIntoEarlierForm(joinKey('t', key), t, (a, b) => a.level1 === b.level1 && a.level2 === b.level2 && a.targetText === b.targetText)) continue
          if (duplicate(seenTargets, key, name, line, () => ['三级指标', t.name], 'target')) continue
          const before = targetByKey().get(key) ?? null
          // An indicator keeps its code, so its stored actuals stay attached.
          const next = file.ontoStored && before ? { ...onto(before, t), code: before.code } : { ...t, code: before?.code ?? t.code, position: t.position }
          // One code, one indicator: stored or earlier in this import, another key may not take it.
          const owner = targetByCode.get(next.code)
          if (owner && naturalKey(owner, owner.name) !== key) {
            problem(name, line, '指标编码', next.code, problemOf('codeTaken', { year: owner.year, unit: owner.unit, scope: owner.scope, name: owner.name }))
            continue
          }
          if (parseTargetRecord(next).kind === 'unknown') notices.push(noticeOf('targetUnknown', { line, target: t.targetText }, name))
          know(next)
          if (file.ontoStored) formRows.set(joinKey('t', key), rows.length)
          rows.push(planned('targets', name, line, next, before))
          continue
        }
        case 'budget': {
          const b = record as BudgetRecord
          if (file.ontoStored && mergedIntoEarlierForm(joinKey('b', b.id), b, (x, y) => x.initialBudget === y.initialBudget)) {
            importedBudgets.set(b.id, rows[formRows.get(joinKey('b', b.id))!]!.record as BudgetRecord)
            continue
          }
          if (duplicate(seenBudgets, b.id, name, line, () => ['预算项目', b.item], 'budget')) continue
          const before = budgetById.get(b.id) ?? null
          const next = file.ontoStored && before ? onto(before, b) : b
          importedBudgets.set(b.id, next)
          if (file.ontoStored) formRows.set(joinKey('b', b.id), rows.length)
          rows.push(planned('budgets', name, line, next, before))
          continue
        }
        case 'actuals': {
          const a = record as ActualRecord
          const target = lookupTarget(a.indicatorCode)
          if (!target) {
            // Quote the name as typed (or the code, when the file named the indicator by code).
            const typed = typedCell(file, line, 'name')
            problem(name, line, typed ? '三级指标' : '指标编码', typed || typedCell(file, line, 'code'), problemOf('noIndicator', { year: a.year, unit: a.unit, scope: a.scope }))
            continue
          }
          // A code given in the file may name another unit's or year's indicator; a value is kept under its indicator's unit-year.
          if (target.year !== a.year || target.unit !== a.unit || target.scope !== a.scope) {
            problem(name, line, '指标编码', a.indicatorCode, problemOf('codeElsewhere', { year: target.year, unit: target.unit, scope: target.scope }))
            continue
          }
          if (duplicate(ofMonth(seenActuals, a.month), target, name, line, () => periodCell(a), 'actual')) continue
          const parsed = parseActualCached(a.actualText, parseTargetRow(target), target.year)
          if (parsed.kind === 'error' && parsed.code !== 'targetUnknown') {
            problem(name, line, '实际值', a.actualText, actualProblem(parsed))
            continue
          }
          // Named by name, an actual already carries its indicator's code: no copy for a province's rows.
          // Stryker disable next-line ConditionalExpression: equivalent, a copy with the same code is the same row
          const named = a.indicatorCode === target.code ? a : { ...a, indicatorCode: target.code }
          // Stryker disable next-line ConditionalExpression: equivalent, an empty map finds nothing either
          const before = storedActuals.size === 0 ? null : (storedActuals.get(rowIdOf('actuals', named)) ?? null)
          rows.push(planned('actuals', name, line, file.ontoStored && before ? onto(before, named) : named, before))
          continue
        }
        case 'spending': {
          const s = record as SpendingRecord
          const budgetLine = budgetById.get(s.budgetId) ?? importedBudgets.get(s.budgetId)
          if (!budgetLine) {
            problem(name, line, '预算项目', typedCell(file, line, 'item'), problemOf('noBudgetLine', { year: s.year, unit: s.unit, scope: s.scope }))
            continue
          }
          if (duplicate(ofMonth(seenSpending, s.month), s.budgetId, name, line, () => periodCell(s), 'spending')) continue
          // Stryker disable next-line ConditionalExpression: equivalent, an empty map finds nothing either
          const before = storedSpending.size === 0 ? null : (storedSpending.get(rowIdOf('spending', s)) ?? null)
          rows.push(planned('spending', name, line, file.ontoStored && before ? onto(before, s) : s, before))
          continue
        }
      }
    }
    done += tagged.records.length
  }

  // Problems found here cite their cell too, in a workbook's sheet or a form.
  const cellsOf = new Map(files.flatMap((f) => (f.cellOf ? [[f.fileName, f.cellOf] as const] : [])))
  for (const [i, p] of problems.entries()) {
    const cell = !p.cell && p.column ? cellsOf.get(p.file)?.(p.line, p.column) : undefined
    if (cell) problems[i] = { ...p, cell }
  }
  const failedFiles = files.filter((f) => !f.tagged).map((f) => f.fileName)
  const skippedKeys = new Map<string, { file: string; line: number }>()
  for (const p of problems) if (!failedFiles.includes(p.file)) skippedKeys.set(joinKey(p.file, p.line), { file: p.file, line: p.line })
  const skipped = [...skippedKeys.values()]
  const count = (status: RowStatus) => rows.filter((r) => r.status === status).length
  return {
    rows,
    problems: problems.sort((a, b) => (a.file === b.file ? a.line - b.line : a.file.localeCompare(b.file))),
    skipped,
    failedFiles,
    notices,
    counts: { added: count('added'), updated: count('updated'), unchanged: count('unchanged'), skipped: skipped.length },
  }
}

/** The text a file's line has in the column of `field`, as the user wrote it ('' when none). */
function typedCell(file: ParsedCsv, line: number, field: string): string {
  const index = file.rowLines.indexOf(line)
  const column = file.kind ? detectKind(file.headers)?.columns.get(field) : undefined
  // Stryker disable next-line ConditionalExpression: equivalent, a missing row or column reads as '' below too
  return index < 0 || column === undefined ? '' : (file.rows[index]?.[column] ?? '').trim()
}

/**
 * A row read from an official form, onto the stored one: the fields the form gives replace
 * the stored ones, the rest (a 分值 a 申报表 lacks, the indicator's place) stay.
 */
function onto<T extends object>(before: T, read: T): T {
  const given = Object.fromEntries(Object.entries(read).filter(([field, value]) => value !== undefined && field !== 'position'))
  return { ...before, ...given }
}

function planned<T extends DataTableName>(table: T, file: string, line: number, record: RowOf[T], before: RowOf[T] | null): PlannedRow {
  const status: RowStatus = !before ? 'added' : sameRow(record, before) ? 'unchanged' : 'updated'
  return { table, file, line, record, before, status } as PlannedRow
}

const ACTUAL_PROBLEMS: Record<ActualErrorCode, ProblemCode> = {
  empty: 'actualEmpty',
  targetUnknown: 'actualTargetUnknown',
  notNumber: 'actualNotNumber',
  unitMismatch: 'actualUnitMismatch',
  notCompletion: 'actualNotCompletion',
  notGrade: 'actualNotGrade',
}

/** An actual that does not read against its target, as a problem of its cell (the value itself is `found`). */
function actualProblem(error: ActualError): ReturnType<typeof problemOf> {
  return problemOf(ACTUAL_PROBLEMS[error.code], error.params ?? {})
}
