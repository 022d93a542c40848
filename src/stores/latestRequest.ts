/** One request of a {@link latestRequest} guard. */
export interface Request {
  /** Its number, increasing: also what the import worker checks a commit against. */
  ticket: number
  /** Whether no newer request has started since: only then may its answer be used. */
  isCurrent(): boolean
}

/**
 * "The latest request wins": each `start()` supersedes every earlier request, whose
 * answers, arriving later, are then dropped. The one guard every store's reloads use.
 */
export function latestRequest(): { start(): Request; readonly ticket: number } {
  let newest = 0
  return {
    start() {
      const ticket = ++newest
      return { ticket, isCurrent: () => ticket === newest }
    },
    get ticket() {
      return newest
    },
  }
}
