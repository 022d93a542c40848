// The app's side of public/boot-check.js, which shows index.html's #browser-unsupported
// message where the app cannot start (docs/browsers.md). They speak through <html> attributes.

/**
 * Whether boot-check.js found the browser below the support floor: then the app does not
 * start, and the message stays the page.
 */
export function belowFloor(doc: Document = document): boolean {
  return doc.documentElement.getAttribute('data-below-floor') === 'true'
}

/**
 * Marks the app as started for boot-check.js, which then stays silent, and takes its message
 * back where a slow start (past the check's timeout) had let it show.
 */
export function markBooted(doc: Document = document): void {
  doc.documentElement.setAttribute('data-booted', 'true')
  const message = doc.getElementById('browser-unsupported')
  if (message) message.style.display = 'none'
}
