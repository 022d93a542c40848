/** The import's phases, in order: nothing dropped, files read, checked, ready to commit, writing, written. */
export type ImportPhase = 'idle' | 'reading' | 'validating' | 'ready' | 'committing' | 'done'

/** Where each phase sits on the overall progress bar, 0–100. */
const SPAN: Record<'reading' | 'validating' | 'committing', [number, number]> = {
  reading: [0, 60],
  validating: [60, 75],
  committing: [75, 100],
}

/**
 * Overall progress 0–100 through reading, checking and writing: while reading, the mean of
 * the files' shares (a file read counts whole); while checking or writing, the step's share.
 */
export function importProgress(
  phase: ImportPhase,
  files: readonly { summary: unknown; progress: number }[],
  stepShare: number,
): number {
  switch (phase) {
    case 'reading': {
      const shares = files.map((f) => (f.summary ? 1 : f.progress))
      const [from, to] = SPAN.reading
      return Math.round(from + ((to - from) * shares.reduce((a, b) => a + b, 0)) / Math.max(1, shares.length))
    }
    case 'validating':
    case 'committing': {
      const [from, to] = SPAN[phase]
      return Math.round(from + (to - from) * stepShare)
    }
    case 'ready':
    case 'done':
      return 100
    default:
      return 0
  }
}
