/**
 * Starts loading code the user will most likely need next — the overview's charts, the
 * drill-down — once the first screen has painted, so it neither delays that paint nor
 * waits for the click. Failures are left to the real import, which reports them.
 */
export function prefetchAfterFirstPaint(loaders: readonly (() => Promise<unknown>)[]): void {
  const start = () => {
    for (const load of loaders) load().catch(() => undefined)
  }
  if (typeof PerformanceObserver === 'undefined' || !PerformanceObserver.supportedEntryTypes?.includes('paint')) {
    setTimeout(start, 1000)
    return
  }
  const observer = new PerformanceObserver((list) => {
    if (list.getEntriesByName('first-contentful-paint').length === 0) return
    observer.disconnect()
    // After the paint's own task, not inside it.
    setTimeout(start, 0)
  })
  observer.observe({ type: 'paint', buffered: true })
}
