import type { CommitResult, ImportedFile } from '@/domain/model'
import type { PlanSummary } from '@/io/importSummary'
import type { ReadResult } from './importSession'

/** Page → worker: one job of the import session. */
export type ImportRequest =
  | { job: number; type: 'read'; fileId: number; file: File }
  | { job: number; type: 'forget'; fileIds: number[] }
  | { job: number; type: 'refuse'; fileId: number; fileName: string; why: FileRefusal }
  | { job: number; type: 'check'; ticket: number; fileIds: number[] }
  | { job: number; type: 'commit'; ticket: number; files: (ImportedFile & { fileId: number })[]; by?: string }

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
  | { job: number; type: 'committed'; result: CommitResult }
  | { job: number; type: 'failed'; error: JobError }
