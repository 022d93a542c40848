import type { ImportAdjustment } from '@/domain/targetChanges'
import type { CommitResult, ImportedFile } from '@/domain/model'
import type {
  FormChoices,
  ImportRequest,
  ImportResponse,
  OneBatch,
  PlannedUnitYears,
  ReadResult,
  SessionName,
} from './importProtocol'
import { summariseFile, type PlanSummary } from '@/io/importSummary'
import { failedFile } from '@/io/parsedCsv'
import { problemOf } from '@/io/problemText'
import { megabytes } from '@/domain/format'

/** Largest file read; larger ones are refused before a byte is read. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024

type Answer = Exclude<ImportResponse, { type: 'progress' } | { type: 'failed' }>
type Job = { resolve: (answer: Answer) => void; reject: (error: Error) => void; onProgress: (share: number) => void }
/** Each kind of request without its job number, which `run` assigns. */
type WithoutJob<R> = R extends unknown ? Omit<R, 'job'> : never
type Request = WithoutJob<ImportRequest>

let worker: Worker | null = null
let nextJob = 1
const pending = new Map<number, Job>()

/** An Error carrying the name the worker reported, so describeFailure can read it. */
const named = (name: string, message: string) => Object.assign(new Error(message), { name })

function importWorker(): Worker {
  if (worker) return worker
  // Our own module worker (not PapaParse's `worker: true`), bundled by Vite.
  worker = new Worker(new URL('../workers/importWorker.ts', import.meta.url), { type: 'module', name: 'importer' })
  worker.onmessage = ({ data }: MessageEvent<ImportResponse>) => {
    const job = pending.get(data.job)
    if (!job) return
    if (data.type === 'progress') return job.onProgress(data.share)
    pending.delete(data.job)
    if (data.type === 'failed') job.reject(named(data.error.name, data.error.message))
    else job.resolve(data)
  }
  worker.onerror = (event) => {
    // A worker that dies answers every open job with the reason rather than hanging.
    for (const [id, job] of pending) {
      pending.delete(id)
      job.reject(named('workerCrashed', event.message || 'the import worker stopped'))
    }
    worker = null
  }
  return worker
}

function run(
  request: Request,
  onProgress: (share: number) => void = () => {},
  session: SessionName = 'import',
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const job = nextJob++
    pending.set(job, { resolve, reject, onProgress })
    importWorker().postMessage({ ...request, job, session } as ImportRequest)
  })
}

/**
 * Reads, hashes and parses a file in the import worker, which keeps its rows under
 * `fileId`; reports progress 0–1. Files over 50 MB are refused before reading. Never
 * rejects: a failure comes back as a file with one problem.
 */
export async function readFile(
  fileId: number,
  file: File,
  onProgress: (share: number) => void = () => {},
  session: SessionName = 'import',
): Promise<ReadResult> {
  const failed = (why: ReturnType<typeof problemOf>, size = 0): ReadResult => ({
    summary: summariseFile(failedFile(file.name, why)),
    sha256: '',
    size,
  })
  if (file.size > MAX_FILE_BYTES) {
    const why = problemOf('tooBig', { mb: megabytes(file.size) })
    // The worker keeps the refusal, so the check reports this file with the others.
    await run({ type: 'refuse', fileId, fileName: file.name, why }, undefined, session).catch(() => undefined)
    return failed(why, file.size)
  }
  try {
    const answer = await run({ type: 'read', fileId, file }, onProgress, session)
    return answer.type === 'read' ? answer.result : failed(problemOf('readFailed'))
  } catch (cause) {
    return failed(problemOf('readFailed', { message: (cause as Error).message }))
  }
}

/** Lets the worker drop files' rows (removed, cleared, or done with). */
export async function forgetFiles(fileIds: readonly number[], session: SessionName = 'import'): Promise<void> {
  if (worker && fileIds.length > 0) await run({ type: 'forget', fileIds: [...fileIds] }, undefined, session)
}

/**
 * Reads a file's official forms again, in the worker, with the units the user gave (by form
 * key) for forms that print none; every unit given so far, each time. Its new summary.
 */
export async function giveUnits(fileId: number, units: ReadonlyMap<string, string>): Promise<ReadResult> {
  const answer = await run({ type: 'units', fileId, units: [...units] })
  if (answer.type !== 'read') throw new Error('读取失败')
  return answer.result
}

/**
 * Checks files together and against the database, in the worker; the plan stays there under
 * `ticket`. `choices` leaves out the forms chosen not to import and holds back those waiting.
 */
export async function checkFiles(
  ticket: number,
  fileIds: readonly number[],
  onProgress?: (share: number) => void,
  session: SessionName = 'import',
  choices?: FormChoices,
): Promise<PlanSummary> {
  const answer = await run(
    { type: 'check', ticket, fileIds: [...fileIds], ...(choices && { choices }) },
    onProgress,
    session,
  )
  if (answer.type !== 'checked') throw new Error('校验失败')
  return answer.plan
}

/** The unit-years of the plan checked under `ticket`, and the rows it would update in those asked about (by `unitYearIdOf`). */
export async function plannedRows(
  ticket: number,
  unitYears: readonly string[],
  session: SessionName = 'published',
): Promise<PlannedUnitYears> {
  const answer = await run({ type: 'planned', ticket, unitYears: [...unitYears] }, undefined, session)
  if (answer.type !== 'planned') throw new Error('校验失败')
  return answer.planned
}

/** Writes the plan checked under `ticket` (or only its ready forms), in the worker, in one transaction. */
export async function commitFiles(
  ticket: number,
  files: readonly (ImportedFile & { fileId: number })[],
  onProgress?: (share: number) => void,
  by?: string,
  options: { session?: SessionName; asOne?: OneBatch; readyOnly?: boolean; adjustment?: ImportAdjustment } = {},
): Promise<CommitResult> {
  const answer = await run(
    {
      type: 'commit',
      ticket,
      files: [...files],
      ...(by && { by }),
      ...(options.asOne && { asOne: options.asOne }),
      ...(options.readyOnly && { readyOnly: true }),
      ...(options.adjustment && { adjustment: options.adjustment }),
    },
    onProgress,
    options.session,
  )
  if (answer.type !== 'committed') throw new Error('写入失败')
  return answer.result
}
