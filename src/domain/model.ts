/**
 * The data model in one place: the four tables, a unit-year's rows, what an import
 * plans and writes. The database, the importer, the worker and the engine all speak
 * these types; none of them defines its own.
 */
import type { ActualRecord, BudgetRecord, SpendingRecord, TargetRecord } from './records'
import type { RectifyItem } from './rectify'
import type { PeriodReview, ReviewStep } from './review'
import type { Month } from './period'

/** The four data tables, in the order a commit writes them (targets before their values). */
export const DATA_TABLE_NAMES = ['targets', 'budgets', 'actuals', 'spending'] as const
export type DataTableName = (typeof DATA_TABLE_NAMES)[number]

/** The record each table holds. */
export interface RowOf {
  targets: TargetRecord
  budgets: BudgetRecord
  actuals: ActualRecord
  spending: SpendingRecord
}

/** The four tables' rows, read only. */
export type DataTables = { readonly [T in DataTableName]: readonly RowOf[T][] }

/**
 * Rows of every table: a unit-year, a year, a backup or the whole database. Read only, rows
 * and lists alike: stored rows are never changed in place, and the engine's memos rely on it.
 * `parents`, where the data set was read from documents, holds the 主管部门 of each
 * unit-year that names one, by unit-year (`unitYearIdOf`), and `rectify` their 整改 items.
 */
export type Dataset = DataTables & {
  readonly parents?: ReadonlyMap<string, string>
  readonly rectify?: readonly RectifyItem[]
  /** Their reviews by period (`review` of the documents). */
  readonly review?: readonly PeriodReview[]
}

/** A data set while its lists are filled: built by one function, then handed on as a {@link Dataset}. */
export type DatasetDraft = { [T in DataTableName]: RowOf[T][] }

/**
 * Everything about one unit in one year — its targets, budget lines, values by period
 * and spending by period — as one record: what every screen reads, what every official
 * form covers, and what an import touches (docs/data-model.md).
 */
export interface UnitYearDocument extends DataTables {
  readonly year: number
  readonly unit: string
  /** The unit's 主管部门 that year, as a form or a file named it: what a 主管部门's roll-up gathers by. */
  readonly parent?: string
  /** Its 整改 items: kept by every import (an import writes rows, never these), changed one by one. */
  readonly rectify?: readonly RectifyItem[]
  /** Its periods' reviews by its 主管部门: kept by every import, each period set back to 待审核 when its values change. */
  readonly review?: readonly PeriodReview[]
}

/** A unit-year's key, year first: a year's documents are one key range. */
export type UnitYearKey = [year: number, unit: string]

/** A data set with no rows: a new array per table, each the caller's to fill. */
export function emptyDataset(): DatasetDraft {
  return { targets: [], budgets: [], actuals: [], spending: [] }
}

/** The four tables' rows of some documents, as one data set. */
export function datasetOf(documents: readonly Dataset[]): Dataset {
  // Stryker disable next-line ConditionalExpression,BlockStatement: equivalent, the general path below gives the same rows (docs/testing.md)
  if (documents.length === 1) {
    const [only] = documents as [Dataset]
    return { targets: only.targets, budgets: only.budgets, actuals: only.actuals, spending: only.spending }
  }
  const data = emptyDataset()
  for (const document of documents) {
    for (const table of DATA_TABLE_NAMES) for (const row of document[table]) (data[table] as object[]).push(row)
  }
  return data
}

/** The kinds of file whose rows fill the four data tables (SPEC §2): what official forms are read as. */
export const DATA_KINDS = ['targets', 'budget', 'actuals', 'spending'] as const
export type DataKind = (typeof DATA_KINDS)[number]

/**
 * Every kind of import file, in the order their rows are taken: the data kinds, then 整改事项
 * (`rectify`, the results export's 整改 file: items beside the rows, on the lines they name).
 */
export const IMPORT_KINDS = [...DATA_KINDS, 'rectify'] as const
export type ImportKind = (typeof IMPORT_KINDS)[number]

/** Each kind's place in {@link IMPORT_KINDS}: targets and budget lines before the values that refer to them. */
export const IMPORT_KIND_ORDER: Readonly<Record<ImportKind, number>> = {
  targets: 0,
  budget: 1,
  actuals: 2,
  spending: 3,
  rectify: 4,
}

/** A problem found in an input file, located as the user's editor shows it. */
export interface ImportProblem {
  file: string
  /** 1-based line number; the header is line 1. */
  line: number
  /** The Chinese header of the column, when the problem is in one cell. */
  column?: string
  /** The cell in a workbook or form, as a user finds it (`工作表1!F14`). */
  cell?: string
  found?: string
  /** What was expected or what is wrong, in Chinese. */
  expected: string
  /** The same as a code and its parameters, for the screen to say in the user's language. */
  code?: string
  params?: Record<string, string | number>
}

/** Something the importer tells without refusing anything: its Chinese sentence, and what another language needs. */
export interface ImportNotice {
  text: string
  code: string
  params: Record<string, string | number>
  /** The file it is about, when the sentence names it. */
  file?: string
}

export type RowStatus = 'added' | 'updated' | 'unchanged'

/** One row an import would write, with what it replaces. */
export type PlannedRow = {
  [T in DataTableName]: {
    table: T
    file: string
    line: number
    record: RowOf[T]
    before: RowOf[T] | null
    status: RowStatus
  }
}[DataTableName]

/** Rows added, updated, left unchanged and skipped: what an import plans and writes, and what every batch record counts. */
export interface ImportCounts {
  added: number
  updated: number
  unchanged: number
  skipped: number
}

/** A unit-year's 主管部门 an import would set, where it changes: the file and line that named it, and the one it replaces. */
export interface PlannedParent {
  file: string
  line: number
  year: number
  unit: string
  parent: string
  /** The 主管部门 stored before, or null when none was. */
  before: string | null
}

/** A unit-year's 整改 items as a file's 整改 columns leave them, and how many it adds and updates. */
export interface PlannedRectify {
  file: string
  year: number
  unit: string
  /** All the unit-year's items after the file (earlier files of the import taken in first). */
  items: readonly RectifyItem[]
  added: number
  updated: number
}

/** A period's review a 审核 file brings, to be taken in after the file's values (`withIncoming`). */
export interface PlannedReview {
  file: string
  year: number
  unit: string
  month: Month
  step: ReviewStep
}

/** The outcome of validating files against each other and the database, before anything is written. */
export interface ImportPlan {
  rows: PlannedRow[]
  /** The unit-years whose 整改 items a form's 整改 columns add or update: beside the rows, never in `counts`. */
  rectify?: PlannedRectify[]
  /** The unit-periods whose review a 审核 file changes: beside the rows, never in `counts`. */
  review?: PlannedReview[]
  /** The unit-years whose 主管部门 it changes: a field of the document, not a row, so never in `counts`. */
  parents: PlannedParent[]
  problems: ImportProblem[]
  /** Rows (file and line) that will not be imported because of a problem. */
  skipped: { file: string; line: number }[]
  /** Files that cannot be imported at all (not CSV, unknown header, missing columns, empty). */
  failedFiles: string[]
  notices: ImportNotice[]
  counts: ImportCounts
}

/** A file of an import, as the history records it. */
export interface ImportedFile {
  fileName: string
  /** `entry` for a period filled in on the page (#/entry); `kept` for this PC's lines written back after a folder's (保留本机). */
  kind: ImportKind | 'review' | 'entry' | 'published' | 'kept' | 'adjust'
  sha256: string
  size: number
}

/** What a commit wrote. */
export interface CommitResult {
  /** One batch per file that changed anything. */
  batchIds: number[]
  counts: ImportCounts
}
