import type { CommitResult, ImportedFile, PlannedRow, UnitYearKey } from '@/domain/model'
import type { PlannedItems } from '@/domain/syncConflicts'
import type { FileSummary, PlanSummary } from '@/io/importSummary'
import type { ImportAdjustment } from '@/domain/targetChanges'

/**
 * The worker's sessions: the import screen's, and the published folder's, which syncs in
 * the background without touching the files or the plan on the import screen.
 */
export type SessionName = 'import' | 'published'

/** Every kept file and plan as one batch, under one name (a published folder's sync). */
export interface OneBatch {
  fileName: string
  kind: 'published'
  /** The choices made between this PC's values and the folder's, when a conflict was asked about. */
  reason?: string
}

/**
 * What a checked plan holds for a sync's conflicts: every unit-year it touches, and for the
 * unit-years asked about its rows that update stored ones, the 整改 items it leaves them, with the names of the stored
 * indicators and budget lines of those unit-years to tell them by.
 */
export interface PlannedUnitYears {
  unitYears: UnitYearKey[]
  rows: PlannedRow[]
  /** The 整改 items the plan leaves to those unit-years, beside those stored. */
  rectify: PlannedItems[]
  names: { indicators: [code: string, name: string][]; budgetLines: [id: string, item: string][] }
}

/** Page → worker: one job of an import session (the import screen's unless named). */
export type ImportRequest = { session?: SessionName } & (
  | { job: number; type: 'read'; fileId: number; file: File }
  | { job: number; type: 'forget'; fileIds: number[] }
  | { job: number; type: 'refuse'; fileId: number; fileName: string; why: FileRefusal }
  | { job: number; type: 'units'; fileId: number; units: [formKey: string, unit: string][] }
  | { job: number; type: 'check'; ticket: number; fileIds: number[]; choices?: FormChoices }
  | { job: number; type: 'planned'; ticket: number; unitYears: string[] }
  | {
      job: number
      type: 'commit'
      ticket: number
      files: (ImportedFile & { fileId: number })[]
      by?: string
      asOne?: OneBatch
      /** Only the forms without a problem, each whole. */
      readyOnly?: boolean
      /** Changed 指标值 are 目标调整 from this month (else corrections, replacing the stored targets). */
      adjustment?: ImportAdjustment
    }
)

/** The parts of forms the user chose not to import, and of forms waiting for a choice (held back). */
export interface FormChoices {
  leftOut: string[]
  waiting: string[]
}

/** A file read by the session: what the page shows of it, its hash and its size. */
export interface ReadResult {
  summary: FileSummary
  sha256: string
  size: number
}

/** Why the page refused a file without sending it (over 50 MB, unreadable): its problem. */
export type FileRefusal = { expected: string; code: string; params: Record<string, string | number> }

/** Why a job failed: the error's name (QuotaExceededError, DatabaseClosedError …) and message. */
export interface JobError {
  name: string
  message: string
}

/** Worker → page: progress of a job, its answer, or why it failed. */
export type ImportResponse =
  | { job: number; type: 'progress'; share: number }
  | { job: number; type: 'read'; result: ReadResult }
  | { job: number; type: 'forgotten' }
  | { job: number; type: 'refused' }
  | { job: number; type: 'checked'; plan: PlanSummary }
  | { job: number; type: 'planned'; planned: PlannedUnitYears }
  | { job: number; type: 'committed'; result: CommitResult }
  | { job: number; type: 'failed'; error: JobError }
