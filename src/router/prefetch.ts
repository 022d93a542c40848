/**
 * Starts loading code the user will most likely need next — the overview's charts, the
 * drill-down — once `shown` has settled (the first screen's data is in) and the page has
 * painted since, so it neither delays that screen nor waits for the click. A paint of the
 * empty shell is not enough: on a slow PC, adding the next screens' modules and styles
 * then held up the first screen (docs/benchmarks.md). Failures are left to the real
 * import, which reports them.
 */
export function prefetchAfterFirstScreen(shown: Promise<unknown>, loaders: readonly (() => Promise<unknown>)[]): void {
  const start = () => {
    for (const load of loaders) load().catch(() => undefined)
  }
  void shown
    .catch(() => undefined)
    .then(() => afterFirstPaint())
    // After the frame that shows what `shown` brought, not inside it.
    .then(() => afterNextPaint())
    .then(start)
}

/**
 * Resolves once the next frame has been painted (in a hidden page, where no frame is, in a
 * task of its own): what starts then never holds up that frame.
 */
export function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestAnimationFrame === 'undefined' || document.visibilityState === 'hidden') setTimeout(resolve, 0)
    else requestAnimationFrame(() => setTimeout(resolve, 0))
  })
}

/** Resolves once the page has had its first contentful paint (at once where paint timing is missing: a second later). */
function afterFirstPaint(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof PerformanceObserver === 'undefined' || !PerformanceObserver.supportedEntryTypes?.includes('paint')) {
      setTimeout(resolve, 1000)
      return
    }
    const observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName('first-contentful-paint').length === 0) return
      observer.disconnect()
      resolve()
    })
    observer.observe({ type: 'paint', buffered: true })
  })
}
