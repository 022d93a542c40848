#!/usr/bin/env node
/**
 * node scripts/bench/trace.mjs [--rate 4] [--profile] [--dist dist] [--out trace.json]
 *
 * A Chromium trace of one cold load of the sample's overview (a return to the app: the
 * sample is loaded first in the same profile) against a build served by `vite preview`, the
 * CPU slowed `rate` times and the HTTP cache off, as the benchmark measures it. Prints the
 * main thread's tasks from navigation, each with what took most of it, and the requests.
 * `--profile` samples the JavaScript too (slower; best on a `vite build --minify false`).
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { chromium } from '@playwright/test'
import { BASE, PORT, ROOT, log, waitForServer } from './common.mjs'
import { firstScreenReady, overviewReady } from './probes.mjs'

const { values } = parseArgs({
  options: {
    rate: { type: 'string', default: '4' },
    out: { type: 'string' },
    'min-ms': { type: 'string', default: '8' },
    // Samples the JavaScript too (slows the page further); best with a build made with `--minify false`.
    profile: { type: 'boolean', default: false },
    // Another build than dist/ (vite build --outDir …).
    dist: { type: 'string', default: 'dist' },
  },
})
const unit = '九江市柴桑区商务局'

const preview = [
  'vite',
  'preview',
  '--outDir',
  values.dist,
  '--host',
  '127.0.0.1',
  '--port',
  String(PORT),
  '--strictPort',
]
const server = spawn('npx', preview, {
  cwd: ROOT,
  stdio: 'ignore',
  detached: true,
})
const dir = mkdtempSync(join(tmpdir(), 'jixiao-trace-'))
try {
  await waitForServer(BASE)
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run'],
    locale: 'zh-CN',
    viewport: { width: 1440, height: 900 },
  })
  const setup = await context.newPage()
  await setup.goto(BASE)
  await setup.getByTestId('scope-total').first().waitFor()
  await setup.close()
  await context.addInitScript(() => (window.__oneUnit = true))
  const page = await context.newPage()
  page.on('pageerror', (e) => log(`page error: ${e.message}`))
  const cdp = await context.newCDPSession(page)
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: Number(values.rate) })
  const events = []
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value))
  const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r))
  await cdp.send('Tracing.start', {
    categories: [
      ...(values.profile ? ['disabled-by-default-v8.cpu_profiler'] : []),
      'devtools.timeline,v8.execute,blink.user_timing,loading,disabled-by-default-devtools.timeline,v8',
    ].join(','),
    transferMode: 'ReportEvents',
  })
  await page.goto(`${BASE}#/?unit=${encodeURIComponent(unit)}&year=2024&q=3`)
  const first = await page.waitForFunction(firstScreenReady, unit, { polling: 'raf' }).then((h) => h.jsonValue())
  const charts = await page.waitForFunction(overviewReady, unit, { polling: 'raf' }).then((h) => h.jsonValue())
  const timing = await page.evaluate(() => ({
    origin: performance.timeOrigin,
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
    marks: performance.getEntriesByType('mark').map((m) => [m.name, Math.round(m.startTime)]),
  }))
  await cdp.send('Tracing.end')
  await done
  if (values.out) writeFileSync(values.out, JSON.stringify(events))
  console.log(`first screen ${first.toFixed(0)} ms, charts ${charts.toFixed(0)} ms, FCP ${timing.fcp?.toFixed(0)} ms`)
  console.log('marks', JSON.stringify(timing.marks))
  summarise(events, Number(values['min-ms']))
  await context.close()
} finally {
  rmSync(dir, { recursive: true, force: true })
  try {
    process.kill(-server.pid)
  } catch {
    server.kill()
  }
}

/** The renderer main thread's tasks over `minMs`, from navigation, with their largest parts. */
function summarise(events, minMs) {
  const main = events.filter((e) => e.name === 'navigationStart').at(-1)
  const originUs = main.ts
  const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X')
  const ms = (us) => ((us - originUs) / 1000).toFixed(0).padStart(5)
  const tasks = onMain.filter((e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask')
  const what = (e) => {
    const d = e.args?.data ?? {}
    const url = (d.url ?? d.scriptName ?? e.args?.fileName ?? '').split('/').pop()
    return `${e.name}${url ? ` ${url}` : ''}${d.functionName ? ` ${d.functionName}` : ''}${d.type ? ` ${d.type}` : ''}`
  }
  let busy = 0
  for (const task of tasks) {
    if (task.ts < originUs) continue
    busy += task.dur
    if (task.dur / 1000 < minMs) continue
    const inside = onMain
      .filter((e) => e !== task && e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur && e.dur > task.dur * 0.15)
      .filter((e) => !/RunTask|ThreadController/.test(e.name))
      .sort((a, b) => a.ts - b.ts)
      .slice(0, 6)
    console.log(
      `${ms(task.ts)} +${(task.dur / 1000).toFixed(0).padStart(4)} ms  ${inside.map((e) => `${what(e)} ${(e.dur / 1000).toFixed(0)}`).join(' | ')}`,
    )
  }
  console.log(`main thread busy ${(busy / 1000).toFixed(0)} ms in tasks`)
  const net = events.filter(
    (e) => e.name === 'ResourceSendRequest' || e.name === 'ResourceFinish' || e.name === 'ResourceReceiveResponse',
  )
  const byId = new Map()
  for (const e of net) {
    const id = e.args.data.requestId
    const r = byId.get(id) ?? byId.set(id, {}).get(id)
    if (e.name === 'ResourceSendRequest') Object.assign(r, { url: e.args.data.url, start: e.ts })
    if (e.name === 'ResourceFinish') r.end = e.ts
  }
  for (const r of byId.values())
    if (r.url) console.log(`  net ${ms(r.start)} → ${r.end ? ms(r.end) : '  ?'}  ${r.url.split('/').pop()}`)
}
