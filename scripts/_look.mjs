import { spawn } from 'node:child_process'
import { chromium } from '@playwright/test'
import { createJiti } from 'jiti'
const jiti = createJiti(import.meta.url)
const f = await jiti.import('../tests/unit/forms/formFixtures.ts')
const port = 4190
const base = `http://127.0.0.1:${port}/`
const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], { stdio: 'ignore', detached: true })
for (let i = 0; i < 100; i++) { try { if ((await fetch(base)).ok) break } catch {} await new Promise((r) => setTimeout(r, 200)) }
const bad = f.selfEvaluation(); bad.rows[11][6] = '十分'
const bytes = f.workbook([f.departmentApplication(), f.projectApplication(), bad])
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] })
const q = `?unit=${encodeURIComponent('九江市柴桑区商务局')}&year=2024&q=3`
for (const lang of ['zh-CN', 'en']) for (const width of [1440, 390]) {
  const page = await browser.newPage({ viewport: { width, height: width < 600 ? 844 : 900 }, locale: 'zh-CN' })
  await page.goto(`${base}#/data${q}`)
  await page.getByTestId('language-switch').getByText(lang === 'en' ? 'English' : '中文').first().click()
  await page.goto(`${base}#/import${q}`)
  await page.getByTestId('import-input').setInputFiles({ name: '商务局2024.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from(bytes) })
  await page.getByTestId('import-forms').waitFor()
  await page.getByTestId('import-form').nth(2).getByText(lang === 'en' ? 'Where each was read' : '读取位置').click()
  await page.screenshot({ path: `/tmp/look-import-${lang}-${width}.png`, fullPage: true })
  await page.close()
}
await browser.close()
process.kill(-server.pid)
