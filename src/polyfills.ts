// Built-ins newer than the support floor (Chromium 86, docs/browsers.md) that the app or its
// libraries call. Imported first by every entry (the page and the import worker); the list is the
// one scripts/check-browsers.mjs accepts in the built code.
import 'core-js/modules/es.object.has-own.js' // Chromium 93: Pinia, vue-echarts, @noble/hashes
import 'core-js/modules/es.array.at.js' // Chromium 92: the app's own `.at(-1)`
