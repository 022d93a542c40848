/**
 * Resolves in a task after the current one, so the browser can paint and answer input
 * in between: long work is split with it, never run as one blocking task.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0))
}
