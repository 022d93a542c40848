#!/usr/bin/env node
/**
 * node scripts/bench/compare.mjs <dirA> <dirB> [--runs 7] [--rate 4] [--city]
 *
 * Two builds (`vite build --outDir …`) of the app measured taking turns, run by run, on
 * the sample's overview: a busy machine slows both alike. Each build is served by its own
 * `vite preview` and has its own profile on disk with the sample loaded; every run opens a
 * new tab with the HTTP cache off and the CPU slowed `rate` times, and times the first
 * screen (score and 双监控 light), the charts in view drawn and the switch from Q3 to Q2.
 * With --city, the 200-unit city `npm run bench` generated (bench-data/) is imported into
 * each profile instead, and the switch is from one unit to another.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { chromium } from '@playwright/test'
import { log, median, ROOT, waitForServer } from './common.mjs'
import {
  file,
  firstScreenReady,
  importFiles,
  installObservers,
  markRedraw,
  overviewReady,
  watch,
  whenTrue,
} from './probes.mjs'

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    runs: { type: 'string', default: '7' },
    rate: { type: 'string', default: '4' },
    city: { type: 'boolean', default: false },
  },
})
const PORT = Number(process.env.BENCH_PORT ?? 4181)
const unit = '九江市柴桑区商务局'
const CITY = '200u-30i-3y-q123-utf8'
const query = (q, name = unit) => `#/?unit=${encodeURIComponent(name)}&year=2024&q=${q}`
// The sample has one unit: from Q3 to Q2; the city: from one unit to another.
const [from, to] = values.city
  ? [
      { q: 3, unit },
      { q: 3, unit: '南昌市柴桑区商务局' },
    ]
  : [
      { q: 3, unit },
      { q: 2, unit },
    ]

async function serve(dir, port) {
  const args = ['vite', 'preview', '--outDir', dir, '--host', '127.0.0.1', '--port', String(port), '--strictPort']
  const server = spawn('npx', args, { cwd: ROOT, stdio: 'ignore', detached: true })
  const base = `http://127.0.0.1:${port}/`
  await waitForServer(base)
  const profile = mkdtempSync(join(tmpdir(), 'jixiao-compare-'))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run'],
    locale: 'zh-CN',
    viewport: { width: 1440, height: 900 },
  })
  const setup = await context.newPage()
  await setup.addInitScript(installObservers)
  await setup.goto(base)
  await setup.getByTestId('scope-total').first().waitFor()
  if (values.city) {
    await setup.goto(`${base}#/import`)
    await setup.getByTestId('import-input').waitFor({ state: 'attached' })
    await importFiles(
      setup,
      ['targets', 'budget', 'actuals', 'spending'].map((kind) => file(kind, CITY)),
    )
  }
  await setup.close()
  if (!values.city) await context.addInitScript(() => (window.__oneUnit = true))
  return {
    dir,
    base,
    context,
    results: { firstScreen: [], cold: [], switchUnit: [] },
    async close() {
      await context.close()
      rmSync(profile, { recursive: true, force: true })
      try {
        process.kill(-server.pid)
      } catch {
        server.kill()
      }
    },
  }
}

async function measure(build) {
  const page = watch(await build.context.newPage())
  const cdp = await build.context.newCDPSession(page)
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: Number(values.rate) })
  await page.goto(`${build.base}${query(from.q, from.unit)}`)
  build.results.firstScreen.push(await whenTrue(page, firstScreenReady, from.unit))
  build.results.cold.push(await whenTrue(page, overviewReady, from.unit))
  await page.evaluate(markRedraw)
  const t0 = await page.evaluate(
    (hash) => {
      const t = performance.now()
      location.hash = hash
      return t
    },
    query(to.q, to.unit),
  )
  build.results.switchUnit.push((await whenTrue(page, overviewReady, to.unit)) - t0)
  await page.close()
}

const builds = [await serve(positionals[0], PORT), await serve(positionals[1], PORT + 1)]
try {
  for (let i = 0; i < Number(values.runs); i++)
    for (const build of i % 2 ? [...builds].reverse() : builds) {
      await measure(build)
      const r = build.results
      log(
        `${build.dir}: first screen ${r.firstScreen.at(-1).toFixed(0)} ms, charts ${r.cold.at(-1).toFixed(0)} ms, switch ${r.switchUnit.at(-1).toFixed(0)} ms`,
      )
    }
  console.log(
    `| build | first screen | charts in view | ${values.city ? 'unit switch' : 'Q3 → Q2'} |\n|---|---|---|---|`,
  )
  for (const { dir, results } of builds)
    console.log(
      `| ${dir} | ${median(results.firstScreen).toFixed(0)} ms | ${median(results.cold).toFixed(0)} ms | ${median(results.switchUnit).toFixed(0)} ms |`,
    )
  const [a, b] = builds.map((x) => x.results)
  console.log(
    `ratios B ÷ A: first screen ${(median(b.firstScreen) / median(a.firstScreen)).toFixed(2)}, charts ${(median(b.cold) / median(a.cold)).toFixed(2)}, switch ${(median(b.switchUnit) / median(a.switchUnit)).toFixed(2)}`,
  )
} finally {
  for (const build of builds) await build.close()
}
