import type { LocationQuery, Router } from 'vue-router'

/** The published folder a `#/…?source=…` link names, or null when it names none. */
export function sourceOf(query: LocationQuery): string | null {
  const value = query.source
  const first = Array.isArray(value) ? value[0] : value
  return typeof first === 'string' && first !== '' ? first : null
}

/**
 * Follows the `source` link of the address (SPEC §8): the one the app opened with, now, and
 * every later one — a link pasted into a tab where the app is already open changes only the
 * hash. A navigation is followed when it brings a source other than the one before it, so
 * navigations that merely keep the query (the view filling in its unit, a filter) follow
 * nothing. Follows run one after another, in the order the links came. Call it once the
 * router is ready; returns whether the address already named a source.
 */
export function followSourceLinks(router: Router, follow: (source: string) => Promise<unknown>): boolean {
  let queue: Promise<unknown> = Promise.resolve()
  const enqueue = (source: string) => {
    queue = queue.then(() => follow(source)).catch(() => undefined)
  }
  router.afterEach((to, from, failure) => {
    if (failure) return
    const next = sourceOf(to.query)
    if (next !== null && next !== sourceOf(from.query)) enqueue(next)
  })
  const current = sourceOf(router.currentRoute.value.query)
  if (current !== null) enqueue(current)
  return current !== null
}
