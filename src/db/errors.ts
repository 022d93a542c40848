/**
 * What went wrong with a write or an undo, as a code the screens put in the user's
 * language (see stores/errorText). Every write is one transaction, so whatever went
 * wrong, nothing of it was kept.
 */
export type FailureCode =
  | 'quota'
  | 'closed'
  | 'batchGone'
  | 'sampleUndo'
  | 'workerRestarted'
  | 'planChanged'
  | 'workerCrashed'
  | 'presetReserved'
  | 'other'

const NAMED: ReadonlySet<string> = new Set([
  'batchGone',
  'sampleUndo',
  'workerRestarted',
  'planChanged',
  'workerCrashed',
  'presetReserved',
])

/** An Error whose name is its code, so it keeps its meaning across the worker's messages. */
export function failure(code: Exclude<FailureCode, 'quota' | 'closed' | 'other'>, message: string): Error {
  return Object.assign(new Error(message), { name: code })
}

/** The code of a failure: the browser's quota and closed-database errors, our own named ones, or other. */
export function failureCode(cause: unknown): FailureCode {
  const error = cause as { name?: string; message?: string; inner?: { name?: string } } | null
  const name = error?.inner?.name ?? error?.name ?? ''
  if (name === 'QuotaExceededError' || /quota/i.test(error?.message ?? '')) return 'quota'
  if (name === 'DatabaseClosedError' || name === 'VersionChangeError') return 'closed'
  return NAMED.has(name) ? (name as FailureCode) : 'other'
}
