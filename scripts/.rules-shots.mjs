import { spawn } from 'node:child_process'
import { chromium } from '@playwright/test'
const port = 4181
const base = `http://127.0.0.1:${port}/`
const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], { stdio: 'ignore', detached: true })
const stop = () => { try { process.kill(-server.pid) } catch {} }
for (let i = 0; i < 100; i++) { try { if ((await fetch(base)).ok) break } catch {} await new Promise((r) => setTimeout(r, 200)) }
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] })
try {
  for (const lang of ['zh-CN', 'en']) for (const width of [1440, 390]) {
    const context = await browser.newContext({ viewport: { width, height: 900 }, locale: lang })
    const page = await context.newPage()
    page.on('pageerror', (e) => console.log('pageerror', e.message))
    await page.goto(`${base}#/?unit=${encodeURIComponent('九江市柴桑区商务局')}&year=2024&q=3`)
    await page.waitForSelector('text=九江市柴桑区商务局')
    if (lang === 'en') {
      await page.goto(`${base}#/data`)
      await page.getByTestId('rules-form').waitFor()
      await page.evaluate(() => 0)
      // switch language through the app's own switch
      const sw = page.locator('[data-testid=language-switch], .language-switch').first()
      if (await sw.count()) { await sw.click().catch(() => {}); await page.getByText('English').click().catch(() => {}) }
    }
    await page.goto(`${base}#/data`)
    await page.getByTestId('rules-form').waitFor()
    const card = page.getByTestId('rules-card')
    await card.scrollIntoViewIfNeeded()
    await card.screenshot({ path: `/tmp/shots/rules-${lang}-${width}-a.png` })
    await page.locator('input[name=grade-you]').fill('85')
    await page.locator('input[name=grade-liang]').fill('75')
    await page.locator('input[name=pace-yellow]').fill('0.7')
    await page.waitForTimeout(300)
    await card.screenshot({ path: `/tmp/shots/rules-${lang}-${width}-b.png` })
    await page.locator('input[name=grade-liang]').fill('90')
    await page.waitForTimeout(300)
    await card.screenshot({ path: `/tmp/shots/rules-${lang}-${width}-c.png` })
    await context.close()
  }
} finally {
  await browser.close()
  stop()
}
