// Screenshots of every screen with the sample data, for docs/screenshots/ and for
// looking at what was built. Needs a production build: `npm run build` first.
// Usage: node scripts/screenshots.mjs [outDir] [width] [zh-CN|en]
// Without a width, every screen at 1440 and 390 px; without a language, Chinese.
import { spawn } from 'node:child_process'
import { mkdir } from 'node:fs/promises'
import { chromium } from '@playwright/test'

const outDir = process.argv[2] ?? 'docs/screenshots'
const widths = process.argv[3] ? [Number(process.argv[3])] : [1440, 390]
const lang = process.argv[4] ?? 'zh-CN'
const suffix = lang === 'en' ? '-en' : ''
const port = Number(process.env.SHOT_PORT ?? 4179)
const base = `http://127.0.0.1:${port}/`
const unitQuery = `?unit=${encodeURIComponent('九江市柴桑区商务局')}&year=2024&q=3`

const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
  stdio: 'ignore',
  detached: true,
})
const stop = () => {
  try {
    process.kill(-server.pid)
  } catch {
    // Already gone.
  }
}

async function waitForServer() {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(base)).ok) return
    } catch {
      // Not up yet.
    }
    await new Promise((r) => setTimeout(r, 200))
  }
  throw new Error('preview server did not start')
}

try {
  await waitForServer()
  await mkdir(outDir, { recursive: true })
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  })
  for (const width of widths) {
    const page = await browser.newPage({ viewport: { width, height: width < 600 ? 844 : 900 }, locale: 'zh-CN' })
    page.on('pageerror', (e) => console.error('pageerror', e.message))
    page.on('console', (m) => m.type() === 'error' && console.error('console', m.text()))
    await page.goto(base)
    await page.getByTestId('unit-name').waitFor()
    // The language is a remembered setting: switch it on the data page once.
    await page.goto(base + `#/data${unitQuery}`)
    // The shell and the data page each show a switch: either will do.
    await page
      .getByTestId('language-switch')
      .first()
      .getByText(lang === 'en' ? 'English' : '中文')
      .click()
    const routes = [
      ['overview', `#/${unitQuery}`],
      ['units', `#/units${unitQuery}`],
      ['indicators', `#/indicators${unitQuery}`],
      ['budget', `#/budget${unitQuery}`],
      ['report', `#/report${unitQuery}`],
      ['rectify', `#/rectify${unitQuery}`],
      ['entry', `#/entry${unitQuery}`],
      ['import', `#/import${unitQuery}`],
      ['data', `#/data${unitQuery}`],
    ]
    for (const [name, hash] of routes) {
      await page.goto(base + hash)
      await page.getByTestId('page-title').waitFor()
      await page.waitForTimeout(300)
      await page.screenshot({ path: `${outDir}/${name}-${width}${suffix}.png`, fullPage: true })
    }
    await page.goto(base + `#/indicators${unitQuery}`)
    await page.getByTestId('indicator-link').nth(1).click()
    await page.getByTestId('indicator-facts').waitFor()
    await page.waitForTimeout(300)
    await page.screenshot({ path: `${outDir}/indicator-${width}${suffix}.png`, fullPage: true })
    await page.close()
  }
  await browser.close()
  console.log(`screenshots written to ${outDir}`)
} finally {
  stop()
}
