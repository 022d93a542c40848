/** What the benchmark runs inside the page: observers, timed imports, the baseline and the engine. */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { BASE, DATA, log } from './common.mjs'

/** Long tasks and heap samples, recorded from before the app's first script runs. */
export function installObservers() {
  window.__longTasks = []
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__longTasks.push({ start: entry.startTime, duration: entry.duration })
  }).observe({ type: 'longtask', buffered: true })
  window.__heapPeak = 0
  setInterval(() => {
    const used = performance.memory?.usedJSHeapSize ?? 0
    if (used > window.__heapPeak) window.__heapPeak = used
  }, 20)
}

export const file = (kind, tag) => join(DATA, `${kind}-${tag}.csv`)
export const now = (page) => page.evaluate(() => performance.now())
export const whenTrue = (page, predicate, arg) =>
  page
    .waitForFunction(predicate, arg, { polling: 'raf', timeout: 180_000 })
    .then((h) => h.jsonValue())
    .catch(async (error) => {
      await page.screenshot({ path: join(DATA, 'timeout.png') })
      throw new Error(`${error.message.split('\n')[0]} (screenshot: bench-data/timeout.png)`)
    })

/** Page errors would make every figure meaningless: report them. */
export function watch(page) {
  page.on('pageerror', (error) => log(`page error: ${error.message}`))
  page.on('console', (message) => message.type() === 'error' && log(`console error: ${message.text()}`))
  return page
}

/**
 * Samples the JS heap of the page and of its workers (the import runs in one) every
 * 50 ms through the DevTools protocol, and keeps the peak of their sum.
 */
export async function heapSampler(page) {
  const cdp = await page.context().newCDPSession(page)
  const workers = new Set()
  const waiting = new Map()
  let nextId = 1
  cdp.on('Target.attachedToTarget', (e) => e.targetInfo.type === 'worker' && workers.add(e.sessionId))
  cdp.on('Target.detachedFromTarget', (e) => workers.delete(e.sessionId))
  cdp.on('Target.receivedMessageFromTarget', (e) => {
    const message = JSON.parse(e.message)
    waiting.get(message.id)?.(message.result?.usedSize ?? 0)
    waiting.delete(message.id)
  })
  // Not flattened: Playwright keeps its own flattened sessions; these come as messages.
  await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: false })
  const workerHeap = (sessionId) =>
    new Promise((resolve) => {
      const id = nextId++
      waiting.set(id, resolve)
      cdp
        .send('Target.sendMessageToTarget', {
          sessionId,
          message: JSON.stringify({ id, method: 'Runtime.getHeapUsage' }),
        })
        .catch(() => resolve(0))
      setTimeout(() => resolve(0), 2000)
    })
  let peak = 0
  let running = true
  const loop = (async () => {
    while (running) {
      const [own, ...others] = await Promise.all([
        cdp
          .send('Runtime.getHeapUsage')
          .then((r) => r.usedSize)
          .catch(() => 0),
        ...[...workers].map(workerHeap),
      ])
      peak = Math.max(peak, own + others.reduce((a, b) => a + b, 0))
      await new Promise((r) => setTimeout(r, 50))
    }
  })()
  return {
    async stop() {
      running = false
      await loop
      await cdp.detach().catch(() => {})
      return peak
    },
  }
}

/** Chooses files on the import screen, commits, and returns the time spent with the user out of the loop. */
export async function importFiles(page, paths) {
  const heap = await heapSampler(page)
  const t0 = await now(page)
  await page.getByTestId('import-input').setInputFiles(paths)
  const ready = await whenTrue(page, () => {
    const button = document.querySelector('[data-testid="import-commit"]')
    return button && !button.disabled ? performance.now() : false
  })
  const clicked = await page.evaluate(() => {
    const t = performance.now()
    document.querySelector('[data-testid="import-commit"]').click()
    return t
  })
  const done = await whenTrue(page, () =>
    document.querySelector('[data-testid="import-done"]') ? performance.now() : false,
  )
  const stats = await page.evaluate(
    (from) => ({
      longest: Math.max(0, ...window.__longTasks.filter((t) => t.start >= from).map((t) => t.duration)),
      pageHeap: window.__heapPeak,
    }),
    t0,
  )
  return { ms: ready - t0 + (done - clicked), ...stats, heap: await heap.stop() }
}

export async function openProbe(context, probeJs) {
  const page = await context.newPage()
  await page.route('**/__bench/**', (route) => {
    const name = new URL(route.request().url()).pathname.split('/').pop()
    if (name === 'probe.html')
      return route.fulfill({
        contentType: 'text/html',
        body: '<!doctype html><meta charset="utf-8"><script type="module" src="probe.js"></script>',
      })
    if (name === 'probe.js') return route.fulfill({ contentType: 'text/javascript', body: probeJs })
    return route.fulfill({ contentType: 'text/csv', body: readFileSync(join(DATA, decodeURIComponent(name))) })
  })
  await page.goto(`${BASE}__bench/probe.html`)
  await page.waitForFunction(() => window.jixiaoProbe)
  return page
}

/**
 * The floors for an import, in the same run: PapaParse alone on the same file, then its
 * records written into a bare table three ways: as one record each (Dexie bulkAdd, today's
 * shape), as one document per unit-year, and in one put of them all (the physical floor).
 */
export function baseline(page, name) {
  return page.evaluate(async (fileName) => {
    const { Papa, Dexie } = window.jixiaoProbe
    const bytes = await (await fetch(`/__bench/${encodeURIComponent(fileName)}`)).arrayBuffer()
    const t0 = performance.now()
    const rows = Papa.parse(new TextDecoder().decode(bytes), { skipEmptyLines: true }).data.slice(1)
    const t1 = performance.now()
    const records = rows.map((r) => ({
      year: Number(r[0]),
      unit: r[1],
      scope: r[2],
      name: r[3],
      quarter: r[4],
      actualText: r[5],
      likelihood: r[6],
      reason: r[7],
      sample: false,
    }))
    const db = new Dexie(`bench-baseline-${Math.random()}`)
    db.version(1).stores({ rows: '++id' })
    const t2 = performance.now()
    await db.rows.bulkAdd(records)
    const t3 = performance.now()
    await db.delete()
    const shaped = new Dexie(`bench-baseline-${Math.random()}`)
    shaped.version(1).stores({ docs: '++id', blobs: '++id' })
    const t4 = performance.now()
    const byUnitYear = new Map()
    for (const r of records) {
      const key = `${r.year}\u0000${r.unit}`
      const doc = byUnitYear.get(key) ?? byUnitYear.set(key, { year: r.year, unit: r.unit, actuals: [] }).get(key)
      doc.actuals.push(r)
    }
    await shaped.docs.bulkAdd([...byUnitYear.values()])
    const t5 = performance.now()
    await shaped.blobs.add({ rows: records })
    const t6 = performance.now()
    await shaped.delete()
    return {
      parse: t1 - t0,
      write: t3 - t2,
      total: t1 - t0 + (t3 - t2),
      documents: t5 - t4,
      onePut: t6 - t5,
      physical: t1 - t0 + (t6 - t5),
    }
  }, name)
}

/** Every light and score of the data set, computed by the app's engine in the page. */
export function engine(page, tag, runs) {
  return page.evaluate(
    async ({ tag, runs }) => {
      const { parseCsvText, planImport, evaluateAllAtLatest } = window.jixiaoProbe
      const files = await Promise.all(
        ['targets', 'budget', 'actuals', 'spending'].map(async (kind) => {
          const name = `${kind}-${tag}.csv`
          return parseCsvText(await (await fetch(`/__bench/${encodeURIComponent(name)}`)).text(), name)
        }),
      )
      const plan = planImport(files, { targets: [], budgets: [], actuals: [], spending: [] })
      const data = { targets: [], budgets: [], actuals: [], spending: [] }
      for (const row of plan.rows) data[row.table].push(row.record)
      const times = []
      let scopes = 0
      let first = 0
      for (let i = 0; i < runs + 2; i++) {
        const t0 = performance.now()
        scopes = evaluateAllAtLatest(data).length
        if (i === 0) first = performance.now() - t0
        if (i >= 2) times.push(performance.now() - t0)
      }
      // Rows read anew from the database are new objects: the per-row memos miss, the
      // caches keyed by text still hit.
      const copies = []
      for (let i = 0; i < 3; i++) {
        const copy = structuredClone(data)
        const t0 = performance.now()
        evaluateAllAtLatest(copy)
        copies.push(performance.now() - t0)
      }
      return { times, first, copies, scopes, problems: plan.problems.length }
    },
    { tag, runs },
  )
}

/**
 * The overview shows `unit` in full: its name over its own figures, every chart in view
 * drawn from its current option (a chart still showing the last unit does not count; one
 * below the fold waits to be scrolled to), and the link to the units page that compares
 * every unit. After `markRedraw`, a chart must also have been redrawn since.
 */
export const overviewReady = (unit) => {
  const name = document.querySelector('[data-testid="unit-name"]')?.textContent?.trim()
  const charts = [...document.querySelectorAll('.chart-panel')].filter((c) => c.dataset.drawn !== 'later')
  const drawn =
    charts.length > 0 &&
    document.querySelector('[data-testid="level-scores"]') &&
    charts.every((c) => c.dataset.drawn === 'true')
  const units = document.querySelector('[data-testid="all-units-link"]') !== null || window.__oneUnit === true
  const redrawn = window.__redrawSeen !== false
  return name === unit && drawn && units && redrawn ? performance.now() : false
}

/** From now on, `overviewReady` also waits for a chart to have been redrawn (a switch within one unit keeps its name). */
export const markRedraw = () => {
  window.__redrawSeen = false
  new MutationObserver((records) => {
    // Drawn again: the attribute left "false" (its current value may already be "true" again).
    if (records.some((r) => r.oldValue === 'false')) window.__redrawSeen = true
  }).observe(document.body, {
    subtree: true,
    attributes: true,
    attributeOldValue: true,
    attributeFilter: ['data-drawn'],
  })
}

/** The first screen of `unit`: its name, and each 类别's score and 双监控 light painted. */
export const firstScreenReady = (unit) => {
  const name = document.querySelector('[data-testid="unit-name"]')?.textContent?.trim()
  const total = document.querySelector('[data-testid="scope-total"]')
  const light = document.querySelector('[data-testid="scope-overall"]')
  return name === unit && total?.getBoundingClientRect().height > 0 && light?.getBoundingClientRect().height > 0
    ? performance.now()
    : false
}

/** The drill-down shows its target and its drawn trend chart. */
export const drillDownReady = () =>
  document.querySelector('[data-testid="indicator-target"]') &&
  document.querySelector('[data-testid="indicator-chart"]')?.dataset.drawn === 'true'
    ? performance.now()
    : false

/** Whether the ranking of `year` is kept in the app's database (the import worker makes it after a commit). */
const keptRanking = (year) =>
  new Promise((resolve) => {
    const request = indexedDB.open('jixiao-board')
    request.onsuccess = () => {
      const db = request.result
      const get = db.transaction('standings').objectStore('standings').get(year)
      get.onsuccess = () => {
        db.close()
        resolve(get.result?.standings?.length > 0)
      }
    }
    request.onerror = () => resolve(false)
  })

/**
 * Waits until the ranking of `year` is kept. Polled from here: `waitForFunction` takes the
 * promise a predicate returns for a true value at once, without waiting for what it resolves to.
 */
export async function untilRankingKept(page, year) {
  const until = Date.now() + 180_000
  while (!(await page.evaluate(keptRanking, year))) {
    if (Date.now() > until) throw new Error(`the ranking of ${year} was never kept`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

/** Clears the kept rankings, as a write does: the next units page computes its own. */
export const clearRanking = () =>
  new Promise((resolve) => {
    const request = indexedDB.open('jixiao-board')
    request.onsuccess = () => {
      const db = request.result
      const tx = db.transaction('standings', 'readwrite')
      tx.objectStore('standings').clear()
      tx.oncomplete = () => {
        db.close()
        resolve(true)
      }
    }
  })

/**
 * Writes the city as the previous release (schema v6) left it in the app's database: a
 * table per kind, values by quarter, one import per kind with its undo record.
 */
export function storeVersion6(page, tag) {
  return page.evaluate(async (tag) => {
    const { Dexie, parseCsvText, planImport, legacyStores } = window.jixiaoProbe
    const files = await Promise.all(
      ['targets', 'budget', 'actuals', 'spending'].map(async (kind) => {
        const name = `${kind}-${tag}.csv`
        return parseCsvText(await (await fetch(`/__bench/${encodeURIComponent(name)}`)).text(), name)
      }),
    )
    const plan = planImport(files, { targets: [], budgets: [], actuals: [], spending: [] })
    const tables = { targets: [], budgets: [], actuals: [], spending: [] }
    const batchOf = { targets: 1, budgets: 2, actuals: 3, spending: 4 }
    for (const { table, record } of plan.rows) {
      const { month, byMonth: _byMonth, ...rest } = record
      tables[table].push({ ...(month === undefined ? rest : { ...rest, quarter: month / 3 }), batchId: batchOf[table] })
    }
    const keyOf = {
      targets: (r) => [r.year, r.unit, r.scope, r.name],
      budgets: (r) => r.id,
      actuals: (r) => [r.year, r.unit, r.indicatorCode, r.quarter],
      spending: (r) => [r.budgetId, r.quarter],
    }
    const db = new Dexie('jixiao-board')
    legacyStores.forEach((stores, i) => db.version(i + 1).stores(stores))
    await db.open()
    const kinds = { targets: 'targets', budgets: 'budget', actuals: 'actuals', spending: 'spending' }
    for (const [table, rows] of Object.entries(tables)) {
      await db.table(table).bulkAdd(rows)
      const counts = { added: rows.length, updated: 0, unchanged: 0, skipped: 0 }
      await db.table('batches').add({
        id: batchOf[table],
        kind: kinds[table],
        fileName: `${table}.csv`,
        importedAt: Date.now(),
        counts,
        sample: false,
      })
      await db.table('changes').add({ batchId: batchOf[table], table, added: rows.map(keyOf[table]), replaced: [] })
    }
    await db.table('settings').put({ key: 'firstStartAt', value: Date.now() })
    db.close()
    return Object.fromEntries(Object.entries(tables).map(([table, rows]) => [table, rows.length]))
  }, tag)
}
