import { flushPromises } from '@vue/test-utils'
import { createPinia } from 'pinia'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { createApp, defineComponent } from 'vue'
import { createMemoryHistory, createRouter } from 'vue-router'
import { repositories } from '@/db'
import { db } from '@/db/database'
import { useCatalogStore } from '@/stores/catalog'
import { useIndicatorDetailStore } from '@/stores/indicatorDetail'
import { useSettingsStore } from '@/stores/settings'
import { useUnitDataStore } from '@/stores/unitData'
import { useViewStore } from '@/stores/view'

const UNIT = '九江市柴桑区商务局'
const Blank = defineComponent({ render: () => null })
const router = createRouter({
  history: createMemoryHistory(),
  routes: [
    { path: '/', component: Blank },
    { path: '/indicator/:code', component: Blank },
  ],
})
const app = createApp(Blank).use(router).use(createPinia())
const inApp = <T>(use: () => T): T => app.runWithContext(use)
const query = { unit: UNIT, year: '2024', q: '3' }

beforeAll(async () => {
  await router.push({ path: '/', query })
  // As on a first start: the seed department loaded into the empty database, the unit-year
  // read once the view is known, the remembered settings read meanwhile.
  const initialised = inApp(useCatalogStore).initialise()
  inApp(useUnitDataStore)
  await inApp(useSettingsStore).load()
  await initialised
  await vi.waitFor(() => expect(inApp(useUnitDataStore).shown).toEqual({ unit: UNIT, year: 2024 }))
  await vi.waitFor(() => expect(inApp(useUnitDataStore).previousYear?.budgets.length).toBeGreaterThan(0))
})

afterEach(() => vi.restoreAllMocks())

describe('the stores behind the overview and the drill-down', () => {
  it('keep the same selection object while unit, year and quarter stay the same', async () => {
    const view = inApp(useViewStore)
    const before = view.selection
    await router.push({ path: '/', query: { ...query, extra: '1' } })
    expect(view.selection).toBe(before)
    // A link without a query keeps the selection and gets it written back into the URL.
    await router.push({ path: '/' })
    await flushPromises()
    expect(view.selection).toBe(before)
    expect(router.currentRoute.value.query).toEqual(query)
  })

  it('do not read the unit-year again when a drill-down opens in it', async () => {
    const unitData = inApp(useUnitDataStore)
    const reads = vi.spyOn(repositories.catalog, 'loadUnitYear')
    const indicatorReads = vi.spyOn(repositories.catalog, 'loadIndicator')
    const employed = unitData.data!.targets.find((t) => t.name === '带动就业人数')!
    await router.push({ path: `/indicator/${employed.code}`, query })
    const detail = inApp(useIndicatorDetailStore)
    detail.open(employed.code)
    await flushPromises()
    // Shown from the rows the overview holds: no read of the unit-year or of the indicator.
    expect(detail.status).toBe('ready')
    expect(detail.target).toBe(employed)
    expect(detail.actuals.map((a) => `${a.month} ${a.actualText}`)).toEqual(
      unitData.data!.actuals.filter((a) => a.indicatorCode === employed.code).map((a) => `${a.month} ${a.actualText}`),
    )
    expect(detail.actuals.map((a) => a.month)).toEqual([...detail.actuals.map((a) => a.month)].sort((a, b) => a - b))
    expect(reads).not.toHaveBeenCalled()
    expect(indicatorReads).not.toHaveBeenCalled()
    await router.push({ path: '/', query })
    expect(reads).not.toHaveBeenCalled()
  })

  it('read the indicator from the database when the unit-year on screen is stale', async () => {
    const unitData = inApp(useUnitDataStore)
    const employed = unitData.data!.targets.find((t) => t.name === '带动就业人数')!
    const indicatorReads = vi.spyOn(repositories.catalog, 'loadIndicator')
    const catalog = inApp(useCatalogStore)
    const detail = inApp(useIndicatorDetailStore)
    detail.open('none-yet')
    await flushPromises()
    // A change of the stored data makes the held rows stale until they are read again.
    catalog.revision += 1
    detail.open(employed.code)
    await flushPromises()
    await vi.waitFor(() => expect(detail.status).toBe('ready'))
    expect(detail.target?.code).toBe(employed.code)
    expect(indicatorReads).toHaveBeenCalledWith(employed.code)
  })

  it('resolve the view only once the catalog, the remembered view and the first navigation are known', async () => {
    const freshRouter = createRouter({ history: createMemoryHistory(), routes: [{ path: '/', component: Blank }] })
    const fresh = createApp(Blank).use(freshRouter).use(createPinia())
    const inFresh = <T>(use: () => T): T => fresh.runWithContext(use)
    const view = inFresh(useViewStore)
    await inFresh(useCatalogStore).initialise()
    expect(inFresh(useCatalogStore).status).toBe('ready')
    // Without the remembered view, a link's missing parts would be filled in wrongly.
    expect(view.selection).toBeNull()
    await inFresh(useSettingsStore).load()
    // Before the first navigation the route has no query yet: the link's unit would be lost.
    expect(view.selection).toBeNull()
    await freshRouter.push({ path: '/', query: { ...query, q: '2' } })
    expect(view.selection).toEqual({ unit: UNIT, year: 2024, month: 6 })
  })

  it('show the unit-year read with the catalog at start-up without a read of its own, once', async () => {
    const reads = vi.spyOn(repositories.catalog, 'loadUnitYear')
    const freshRouter = createRouter({ history: createMemoryHistory(), routes: [{ path: '/', component: Blank }] })
    await freshRouter.push({ path: '/', query })
    const fresh = createApp(Blank).use(freshRouter).use(createPinia())
    const inFresh = <T>(use: () => T): T => fresh.runWithContext(use)
    await inFresh(useSettingsStore).load()
    const catalog = inFresh(useCatalogStore)
    await catalog.initialise(() => ({ unit: UNIT, year: 2024 }))
    // The year and the year before, read in the catalog's transaction.
    expect(reads.mock.calls).toEqual([
      [UNIT, 2024],
      [UNIT, 2023],
    ])
    reads.mockClear()
    const unitData = inFresh(useUnitDataStore)
    expect(unitData.shown).toEqual({ unit: UNIT, year: 2024 })
    expect(unitData.data?.targets.length).toBe(31)
    expect(unitData.previousYear?.budgets.length).toBeGreaterThan(0)
    expect(reads).not.toHaveBeenCalled()
    // Taken once: after a change, the unit-year is read again.
    catalog.revision += 1
    await vi.waitFor(() => expect(reads).toHaveBeenCalledWith(UNIT, 2024))
  })

  it('read the unit-year itself when the one read ahead is not the one shown', async () => {
    const freshRouter = createRouter({ history: createMemoryHistory(), routes: [{ path: '/', component: Blank }] })
    await freshRouter.push({ path: '/', query })
    const fresh = createApp(Blank).use(freshRouter).use(createPinia())
    const inFresh = <T>(use: () => T): T => fresh.runWithContext(use)
    await inFresh(useSettingsStore).load()
    await inFresh(useCatalogStore).initialise(() => ({ unit: UNIT, year: 2023 }))
    const reads = vi.spyOn(repositories.catalog, 'loadUnitYear')
    const unitData = inFresh(useUnitDataStore)
    await vi.waitFor(() => expect(unitData.shown).toEqual({ unit: UNIT, year: 2024 }))
    expect(reads).toHaveBeenCalledWith(UNIT, 2024)
    expect(unitData.data?.targets.length).toBe(31)
  })

  it('say while a start upgrades data an older version stored, and stop saying so when it is done', async () => {
    vi.spyOn(db, 'upgradePending').mockResolvedValue(true)
    // Opening (here, the first read) is where the upgrade runs.
    let opened = (_empty: boolean) => {}
    vi.spyOn(repositories.dataset, 'isEmpty').mockReturnValue(new Promise((resolve) => (opened = resolve)))
    const catalog = createApp(Blank).use(createPinia()).runWithContext(useCatalogStore)
    const initialised = catalog.initialise()
    await vi.waitFor(() => expect([catalog.status, catalog.upgrading]).toEqual(['loading', true]))
    opened(false)
    await initialised
    expect([catalog.status, catalog.upgrading]).toEqual(['ready', false])
  })

  it('count the rows of each table only when asked: start-up does not walk every row', async () => {
    const catalog = inApp(useCatalogStore)
    expect(catalog.counts).toBeNull()
    await catalog.countRows()
    // The seed: 31 indicators, 10 budget lines (2 of them the project's funds by source), 85 quarterly values, 12 spending rows of 2024 and the 2023 total.
    expect(catalog.counts).toEqual({ targets: 31, budgets: 10, actuals: 85, spending: 13, batches: 1 })
  })

  it('evaluate again, without reading, when only the period changes', async () => {
    const unitData = inApp(useUnitDataStore)
    const evaluated = unitData.evaluation
    const reads = vi.spyOn(repositories.catalog, 'loadUnitYear')
    await router.push({ path: '/', query: { ...query, q: '2' } })
    expect(unitData.evaluation).not.toBe(evaluated)
    expect(unitData.evaluation[0]?.month).toBe(6)
    await router.push({ path: '/', query })
    expect(unitData.evaluation[0]?.month).toBe(9)
    expect(reads).not.toHaveBeenCalled()
  })

  it('keep the 填报人 to the text rules of a name: a direction override dropped, 50 characters at most', async () => {
    const settings = inApp(useSettingsStore)
    const before = settings.reporter
    await settings.setReporter('\u202E王明' + '名'.repeat(60))
    expect(settings.reporter).toBe('王明' + '名'.repeat(48))
    expect(await repositories.settings.get('reporter')).toBe('王明' + '名'.repeat(48))
    await settings.setReporter(before)
  })
})
