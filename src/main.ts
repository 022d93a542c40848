// First: the built-ins the support floor lacks (docs/browsers.md).
import './polyfills'
import './styles/base.css'
import { createPinia } from 'pinia'
import { createApp, watch } from 'vue'
import App from './App.vue'
import { upgradePending } from './db'
import { i18n } from './i18n'
import { createAppRouter } from './router'
import { prefetchAfterFirstScreen } from './router/prefetch'
import { followSourceLinks, sourceOf } from './router/sourceLink'
import { useCatalogStore } from './stores/catalog'
import { useSettingsStore } from './stores/settings'
import { useUnitDataStore } from './stores/unitData'
import { useAppUpdateStore } from './stores/appUpdate'
import { useRulesStore } from './stores/rules'
import { belowFloor, markBooted } from './bootState'
import { hashQuery } from './router/hashQuery'
import { likelyUnitYear } from './stores/viewResolution'

/** How long the first screen may wait for the catalog before the shell shows on its own. */
const SHELL_AFTER_MS = 2000

const app = createApp(App)
const pinia = createPinia()
const router = createAppRouter()
app.use(pinia).use(router).use(i18n)

// The database is read while the app mounts, not after: the catalog (seeding the sample
// on a first start) and, in the same read, the unit-year the link or the last visit names.
const catalogReady = app.runWithContext(() => {
  const settings = useSettingsStore()
  const ready = useCatalogStore().initialise(() => likelyUnitYear(hashQuery(location.hash), settings.lastView))
  useUnitDataStore()
  return ready
})

// Published data folders (SPEC §8): `#/?source=…` adds one to those followed, whether the app
// opens with it or it is pasted into a tab where the app is already open; every folder followed
// is synced at every opening. Loaded once the catalog is read, so the first screen never waits for it.
void catalogReady.then(async () => {
  const { usePublishedStore } = await import('./stores/published')
  await router.isReady().catch(() => undefined)
  await app.runWithContext(async () => {
    const published = usePublishedStore()
    await published.load()
    const linked = sourceOf(router.currentRoute.value.query)
    followSourceLinks(router, (source) => published.follow(source))
    await published.syncAll(linked)
  })
})

// Remembered language first, so the first paint is already in it. But reading it waits
// for the database to open, and a start that first upgrades stored data can take a
// minute: then the app mounts at once and says so.
// The scoring rules with them: no screen shows a light or a grade before the rules in force are known.
const settingsRead = Promise.all([useSettingsStore(pinia).load(), useRulesStore(pinia).load()])
  .then(() => undefined)
  .catch(() => undefined) // The shell reports an unusable database itself.
// The first screen built once, not the empty shell first and the screen after it: on a slow
// PC the shell's own build and layout held the screen up (docs/benchmarks.md). The shell shows
// first only where the catalog keeps the user waiting: a first start loading the sample, an
// upgrade (below), a read slower than SHELL_AFTER_MS.
const catalogSlow = new Promise<void>((resolve) => {
  setTimeout(resolve, SHELL_AFTER_MS)
  const catalog = useCatalogStore(pinia)
  watch(
    () => catalog.seeding,
    (seeding) => seeding && resolve(),
    { immediate: true },
  )
})
const firstScreen = settingsRead.then(() => Promise.race([catalogReady, catalogSlow]))
const upgradeSaid = upgradePending()
  .catch(() => false)
  .then((pending) => (pending ? undefined : firstScreen))
// Not in a browser below the support floor: public/boot-check.js says which browsers work instead.
void Promise.race([firstScreen, upgradeSaid]).then(() => {
  if (belowFloor()) return
  app.mount('#app')
  markBooted()
})

// Installable and offline where the browser allows it (HTTPS or this machine); a new build is announced.
prefetchAfterFirstScreen(catalogReady, [
  () =>
    import('./pwa').then(({ startServiceWorker }) =>
      startServiceWorker((apply) => useAppUpdateStore(pinia).announce(apply)),
    ),
])

// The charts (ECharts is the largest chunk) and the drill-down, fetched while the user reads the first screen.
prefetchAfterFirstScreen(catalogReady, [
  () => import('@/components/OverviewCharts.vue'),
  () => import('@/views/IndicatorView.vue'),
])
