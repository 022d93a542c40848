import { chromium } from '@playwright/test'
import { spawn, execSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
execSync('npx vite build --minify false --outDir /tmp/dist-prof', { stdio: 'ignore' })
const server = spawn('npx', ['vite', 'preview', '--outDir', '/tmp/dist-prof', '--host', '127.0.0.1', '--port', '4183', '--strictPort'], { stdio: 'ignore', detached: true })
await new Promise((r) => setTimeout(r, 2500))
const BASE = 'http://127.0.0.1:4183/'
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] })
const context = await browser.newContext({ viewport: { width: 1440, height: 900 } })
const setup = await context.newPage()
await setup.goto(BASE + '#/import')
await setup.getByTestId('import-input').waitFor({ state: 'attached' })
const C = '200u-30i-3y-q123-utf8'
let t = Date.now()
await setup.getByTestId('import-input').setInputFiles(['targets', 'budget', 'actuals', 'spending'].map((k) => `bench-data/${k}-${C}.csv`))
await setup.getByTestId('import-commit').waitFor({ state: 'visible', timeout: 300000 })
await setup.waitForFunction(() => !document.querySelector('[data-testid=import-commit]').disabled, undefined, { timeout: 300000 })
console.log('ready', Date.now() - t); t = Date.now()
await setup.getByTestId('import-commit').click()
await setup.getByTestId('import-done').waitFor({ timeout: 300000 })
console.log('committed', Date.now() - t)
await setup.close()
const page = await context.newPage()
const cdp = await context.newCDPSession(page)
await cdp.send('Profiler.enable')
await cdp.send('Profiler.setSamplingInterval', { interval: 200 })
async function profile(name, action) {
  await cdp.send('Profiler.start')
  const t0 = Date.now()
  await action()
  const ms = Date.now() - t0
  const { profile } = await cdp.send('Profiler.stop')
  const self = new Map()
  const dt = profile.timeDeltas
  const byId = new Map(profile.nodes.map((n) => [n.id, n]))
  profile.samples.forEach((id, i) => {
    const n = byId.get(id)
    const f = n.callFrame
    const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}`
    self.set(key, (self.get(key) ?? 0) + (dt[i] ?? 0) / 1000)
  })
  console.log(`== ${name}: ${ms} ms`)
  for (const [k, v] of [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(v.toFixed(0).padStart(7), k)
  writeFileSync(`/tmp/${name}.cpuprofile`, JSON.stringify(profile))
}
const U = (u) => `#/?unit=${encodeURIComponent(u)}&year=2024&q=3`
const ready = (unit) => page.waitForFunction((unit) => document.querySelector('[data-testid="unit-name"]')?.textContent?.trim() === unit && document.querySelectorAll('[data-testid="level-scores"] svg path').length > 0 && document.querySelectorAll('[data-testid="unit-ranking"] tbody tr').length > 0, unit, { timeout: 120000, polling: 'raf' })
await profile('cold', async () => { await page.goto(BASE + U('九江市柴桑区商务局')); await ready('九江市柴桑区商务局') })
await profile('switch', async () => { await page.evaluate((h) => (location.hash = h), U('南昌市柴桑区商务局')); await ready('南昌市柴桑区商务局') })
await profile('drill', async () => { await page.evaluate(() => document.querySelector('[data-testid="behind-list"] a[href^="#/indicator/"]').click()); await page.waitForFunction(() => document.querySelector('[data-testid="indicator-target"]') && document.querySelectorAll('[data-testid="indicator-chart"] svg path').length > 0, undefined, { polling: 'raf' }) })
await browser.close()
process.kill(-server.pid)
