import { spawn } from 'node:child_process'
import { chromium } from '@playwright/test'
const port = 4182
const base = `http://127.0.0.1:${port}/`
const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], { stdio: 'ignore', detached: true })
const stop = () => { try { process.kill(-server.pid) } catch {} }
for (let i = 0; i < 100; i++) { try { if ((await fetch(base)).ok) break } catch {} await new Promise((r) => setTimeout(r, 200)) }
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] })
const q = `?unit=${encodeURIComponent('九江市柴桑区商务局')}&year=2024&q=3`
try {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' })
  const page = await context.newPage()
  await page.goto(`${base}#/data`)
  await page.getByTestId('rules-form').waitFor()
  await page.locator('input[name=grade-you]').fill('85')
  await page.locator('input[name=grade-liang]').fill('75')
  await page.locator('input[name=pace-yellow]').fill('0.7')
  await page.getByTestId('rules-save').click()
  await page.getByTestId('rules-in-force').filter({ hasText: '自定义' }).waitFor()
  for (const width of [1440, 390]) {
    await page.setViewportSize({ width, height: 900 })
    await page.goto(`${base}#/report${q}`)
    await page.getByTestId('rules-note').waitFor()
    await page.waitForTimeout(3500)
    await page.evaluate(() => window.scrollTo(0, 0))
    await page.screenshot({ path: `/tmp/shots/report-rules-${width}.png` })
  }
  await page.setViewportSize({ width: 1440, height: 900 })
  await page.goto(`${base}#/import`)
  await page.getByTestId('import-history').waitFor()
  await page.waitForTimeout(500)
  await page.getByTestId('import-history').screenshot({ path: `/tmp/shots/history-rules.png` })
  await page.goto(`${base}#/report${q}`)
  await page.getByTestId('rules-note').waitFor()
  await page.evaluate(() => (document.documentElement.dataset.print = 'tables'))
  await page.emulateMedia({ media: 'print' })
  await page.pdf({ path: '/tmp/shots/report-rules.pdf', format: 'A4', landscape: true, preferCSSPageSize: true })
  await page.evaluate(() => (document.documentElement.dataset.print = 'brief'))
  await page.pdf({ path: '/tmp/shots/brief-rules.pdf', format: 'A4', landscape: true, preferCSSPageSize: true })
} finally {
  await browser.close()
  stop()
}
