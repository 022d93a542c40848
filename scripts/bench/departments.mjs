#!/usr/bin/env node
/**
 * node scripts/bench/departments.mjs [--runs 20] [--page]
 *
 * A province's units grouped and rolled up by 主管部门 (3,334 units in 120 departments,
 * docs/benchmarks.md): the pure functions timed in Node against the ranking they start
 * from, computed from the same generated data; with --page, the production build (dist/,
 * `npx vite build` first) driven in Debian's Chromium: the province imported, then
 * #/units?year=2024&group=department and a roll-up opened on a cold page.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { chromium } from '@playwright/test'
import { createServer } from 'vite'
import { generate } from '../generate-data.mjs'
import { BASE, DATA, log, median, PORT, ROOT, waitForServer } from './common.mjs'
import { importFiles, installObservers, untilRankingKept, watch, whenTrue } from './probes.mjs'

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '20' }, page: { type: 'boolean', default: false } },
})
const RUNS = Number(values.runs)
const PROVINCE = { units: 3334, indicators: 30, years: 1, quarters: [3] }
const TAG = 'departments-3334u-30i-1y-q3'

/** Times `work` RUNS times after two warm-up runs: the median and the range, in ms. */
function time(work) {
  const times = []
  for (let i = 0; i < RUNS + 2; i++) {
    const t0 = performance.now()
    work()
    if (i >= 2) times.push(performance.now() - t0)
  }
  return { median: median(times), min: Math.min(...times), max: Math.max(...times) }
}
const ms = ({ median: m, min, max }) => `${m.toFixed(2)} ms (${min.toFixed(2)}–${max.toFixed(2)})`

async function pureFunctions(files) {
  // The app's own modules, loaded through Vite so that its `@/` paths resolve.
  const vite = await createServer({
    root: ROOT,
    logLevel: 'error',
    server: { middlewareMode: true },
    appType: 'custom',
  })
  try {
    const load = (path) => vite.ssrLoadModule(path)
    const { parseCsvText } = await load('/src/io/parseCsv.ts')
    const { planImport } = await load('/src/io/importPlan.ts')
    const { rankUnits, rankBy } = await load('/src/domain/engine/ranking.ts')
    const { groupByDepartment } = await load('/src/domain/departmentRollup.ts')
    log('parsing and checking the province (the import does this once)')
    const parsed = Object.entries(files).map(([kind, lines]) =>
      parseCsvText(lines.join('\r\n') + '\r\n', `${kind}-${TAG}.csv`),
    )
    const plan = planImport(parsed, { targets: [], budgets: [], actuals: [], spending: [] })
    if (plan.problems.length > 0) throw new Error(`${plan.problems.length} problems in the generated data`)
    // One data set per unit-year, as the documents hold them.
    const byUnit = new Map()
    for (const { table, record } of plan.rows) {
      const data = byUnit.get(record.unit) ?? { targets: [], budgets: [], actuals: [], spending: [] }
      data[table].push(record)
      byUnit.set(record.unit, data)
    }
    const documents = [...byUnit.values()]
    const parents = new Map(plan.parents.map((p) => [p.unit, p.parent]))
    log(`${documents.length} units, ${new Set(parents.values()).size} 主管部门; timing ${RUNS} runs each`)
    let standings = []
    const ranking = time(() => (standings = rankUnits(documents)))
    let groups = []
    const grouping = time(() => (groups = groupByDepartment(rankBy(standings, 'light'), parents)))
    const rollupOnly = time(() => groupByDepartment(standings, parents))
    const sizes = groups.map((g) => g.units.length)
    return {
      units: documents.length,
      departments: groups.length,
      sizes: [Math.min(...sizes), Math.max(...sizes)],
      ranking,
      grouping,
      rollupOnly,
    }
  } finally {
    await vite.close()
  }
}

async function pageFigures() {
  mkdirSync(DATA, { recursive: true })
  const paths = ['targets', 'budget', 'actuals', 'spending'].map((kind) => join(DATA, `${kind}-${TAG}.csv`))
  const files = generate(PROVINCE)
  for (const [i, kind] of ['targets', 'budget', 'actuals', 'spending'].entries())
    writeFileSync(paths[i], '\uFEFF' + files[kind].join('\r\n') + '\r\n')
  const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], {
    cwd: ROOT,
    stdio: 'ignore',
    detached: true,
  })
  const dir = mkdtempSync(join(tmpdir(), 'jixiao-bench-'))
  try {
    await waitForServer(BASE)
    const context = await chromium.launchPersistentContext(dir, {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
      locale: 'zh-CN',
      viewport: { width: 1440, height: 900 },
    })
    await context.addInitScript(installObservers)
    const page = watch(await context.newPage())
    await page.goto(`${BASE}#/import`)
    await page.getByTestId('import-input').waitFor({ state: 'attached' })
    log('importing the province (targets, budget, actuals, spending)')
    for (const path of paths) await importFiles(page, [path])
    await untilRankingKept(page, 2024)
    const visits = []
    for (let i = 0; i < 3; i++) {
      // Today's flat list first, in a cold page of its own, for the same run's comparison.
      const flat = watch(await context.newPage())
      await flat.goto(`${BASE}#/units?year=2024`)
      const listed = await whenTrue(flat, () =>
        document.querySelector('[data-testid="unit-row"]') ? performance.now() : false,
      )
      await flat.close()
      const cold = watch(await context.newPage())
      await cold.goto(`${BASE}#/units?year=2024&group=department`)
      const shown = await whenTrue(cold, () =>
        document.querySelectorAll('[data-testid="department-row"]').length >= 120 ? performance.now() : false,
      )
      const t0 = await cold.evaluate(() => performance.now())
      await cold.getByTestId('department-toggle').first().click()
      const opened = await whenTrue(cold, () =>
        document.querySelector('[data-testid="unit-row"]') ? performance.now() : false,
      )
      await cold.goto(`${BASE}#/department?year=2024&name=${encodeURIComponent('第1主管部门')}`)
      const r0 = await cold.evaluate(() => performance.now())
      const rollup = await whenTrue(cold, () =>
        [...document.querySelectorAll('.chart-panel')].filter((c) => c.dataset.drawn === 'true').length >= 3
          ? performance.now()
          : false,
      )
      visits.push({ listed, shown, opened: opened - t0, rollup: rollup - r0 })
      await cold.close()
    }
    await context.close()
    return visits
  } finally {
    rmSync(dir, { recursive: true, force: true })
    try {
      process.kill(-server.pid)
    } catch {
      // Already gone.
    }
  }
}

const pure = await pureFunctions(generate(PROVINCE))
console.log(`province: ${pure.units} units in ${pure.departments} 主管部门 (${pure.sizes.join('–')} units each)`)
console.log(`ranking (rankUnits, every unit evaluated):     ${ms(pure.ranking)}`)
console.log(`grouping + roll-up (rankBy + groupByDepartment): ${ms(pure.grouping)}`)
console.log(`roll-up alone (groupByDepartment):              ${ms(pure.rollupOnly)}`)
if (values.page) {
  const visits = await pageFigures()
  const list = (key) => visits.map((v) => v[key].toFixed(0)).join(', ')
  console.log(`#/units (flat, today), navigation → first unit row: ${list('listed')} ms`)
  console.log(`#/units?group=department, navigation → 120 department rows: ${list('shown')} ms`)
  console.log(`a department opened (click → its unit rows): ${list('opened')} ms`)
  console.log(`#/department roll-up, navigation → three charts drawn: ${list('rollup')} ms`)
}
