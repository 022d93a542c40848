/*
 * Shows index.html's #browser-unsupported message where the app cannot start: a browser
 * below the support floor (IE, 360's 兼容模式, Chromium before 86), a script that fails to
 * load or parse, or an app that has not started in time. Plain ES5, no module: it must run
 * in the very browsers it turns away. The app marks <html data-booted> once mounted
 * (src/bootState.ts), and from then on this stays silent; it does not mount where this marked
 * <html data-below-floor>. See docs/browsers.md.
 */
;(function () {
  'use strict'

  /** How long a start may take before the message shows; a later start takes it back. */
  var START_TIMEOUT_MS = 30000

  var root = document.documentElement

  function booted() {
    return root.getAttribute('data-booted') === 'true'
  }

  function show(reason) {
    if (booted()) return
    var message = document.getElementById('browser-unsupported')
    if (!message) return
    message.setAttribute('data-reason', reason)
    message.style.display = 'block'
  }

  /**
   * The floor's own features: module scripts, Promise.any and replaceAll (Chromium 85,
   * Firefox 79) and the :focus-visible selector (Chromium 86, Firefox 85).
   */
  function meetsFloor() {
    var css = window.CSS
    return (
      'noModule' in document.createElement('script') &&
      typeof Promise === 'function' &&
      typeof Promise.any === 'function' &&
      typeof String.prototype.replaceAll === 'function' &&
      typeof css === 'object' &&
      typeof css.supports === 'function' &&
      css.supports('selector(:focus-visible)')
    )
  }

  // Below the floor the app does not start even where it could load (src/main.ts reads this).
  if (!meetsFloor()) {
    root.setAttribute('data-below-floor', 'true')
    show('browser')
    return
  }

  /** The app's own scripts: same origin (an extension's errors are not the app's). */
  function ours(url) {
    return typeof url === 'string' && url.indexOf(location.origin + '/') === 0
  }

  function onError(event) {
    var target = event.target
    if (target && target.tagName === 'SCRIPT') {
      if (ours(target.src)) show('load')
    } else if (ours(event.filename) || (event.error && event.error.name === 'SyntaxError')) {
      show('error')
    }
  }

  // Captured, since a script's load error does not bubble: a chunk that fails to load, or
  // (as an error event on the window) a script that throws or does not parse before the start.
  window.addEventListener('error', onError, true)

  window.setTimeout(function () {
    show('timeout')
  }, START_TIMEOUT_MS)
})()
