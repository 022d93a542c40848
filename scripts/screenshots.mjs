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

/** Charts draw once scrolled into view: the page is passed over a screen at a time, then shown from the top. */
async function passOver(page) {
  const height = await page.evaluate(() => document.documentElement.scrollHeight)
  const screen = page.viewportSize()?.height ?? 900
  for (let y = 0; y < height; y += screen) {
    await page.evaluate((top) => window.scrollTo(0, top), y)
    await page.waitForTimeout(150)
  }
  await page.evaluate(() => window.scrollTo(0, 0))
  await page.waitForTimeout(300)
}

/** Six units under two 主管部门, imported from a budget and a spending CSV, for the grouped units page and a roll-up. */
async function shootDepartments(page, width) {
  const units = [
    ['第一中学', '柴桑区教育局', 100, 50],
    ['第二中学', '柴桑区教育局', 300, 60],
    ['第三中学', '柴桑区教育局', 600, 240],
    ['人民医院', '柴桑区卫健委', 200, 150],
    ['中医院', '柴桑区卫健委', 200, 50],
    ['妇幼保健院', '柴桑区卫健委', 400, 200],
  ]
  const file = (name, rows) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(rows.join('\n'), 'utf8') })
  await page.goto(base + `#/import${unitQuery}`)
  await page
    .getByTestId('import-input')
    .setInputFiles([
      file('预算.csv', [
        '年度,单位,类别,预算项目,全年预算数,主管部门',
        ...units.map(([u, p, b]) => `2024,${u},部门整体,基本支出,${b},${p}`),
      ]),
      file('执行.csv', [
        '年度,单位,类别,预算项目,季度,执行数,主管部门',
        ...units.map(([u, p, , s]) => `2024,${u},部门整体,基本支出,3,${s},${p}`),
      ]),
    ])
  await page.getByTestId('import-commit').click()
  await page.getByTestId('import-done').waitFor()
  await page.goto(base + '#/units?year=2024&group=department')
  await page.getByTestId('department-row').first().waitFor()
  await page.getByRole('button', { name: lang === 'en' ? 'Expand all' : '全部展开' }).click()
  await page.waitForTimeout(300)
  await page.screenshot({ path: `${outDir}/units-grouped-${width}${suffix}.png`, fullPage: true })
  await page.goto(base + `#/department?year=2024&name=${encodeURIComponent('柴桑区教育局')}`)
  await page.getByTestId('department-figures').waitFor()
  await passOver(page)
  await page.screenshot({ path: `${outDir}/department-${width}${suffix}.png`, fullPage: true })
  await page.pdf({ path: `${outDir}/department-${width}${suffix}.pdf`, preferCSSPageSize: true, printBackground: true })
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
      ['focus', `#/focus${unitQuery}`],
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
      await passOver(page)
      await page.screenshot({ path: `${outDir}/${name}-${width}${suffix}.png`, fullPage: true })
    }
    await page.goto(base + `#/indicators${unitQuery}`)
    await page.getByTestId('indicator-link').nth(1).click()
    await page.getByTestId('indicator-facts').waitFor()
    await page.waitForTimeout(300)
    await page.screenshot({ path: `${outDir}/indicator-${width}${suffix}.png`, fullPage: true })
    // The drill-down of a money indicator, whose values and axis follow its target's 亿元.
    await page.goto(base + `#/indicators${unitQuery}`)
    await page.getByTestId('indicator-link').filter({ hasText: '2024年实现内资进资额' }).click()
    await page.getByTestId('indicator-facts').waitFor()
    await passOver(page)
    await page.screenshot({ path: `${outDir}/drilldown-${width}${suffix}.png`, fullPage: true })
    // The import history with its newest batch opened to its lines: one value entered for 第4季度 first.
    await page.goto(base + `#/entry${unitQuery}`)
    const row = page.getByTestId('entry-row').filter({ hasText: '组建招商组团数' })
    await row.locator('[name=actual]').fill('13个')
    await page.getByTestId('entry-save').click()
    await page
      .getByTestId('entry-saved')
      .waitFor({ timeout: 5000 })
      .catch(() => console.error('entry not saved'))
    await page.goto(base + `#/import${unitQuery}`)
    await page.getByTestId('import-history').waitFor()
    const toggle = page.getByTestId('history-lines-toggle').first()
    if (await toggle.count()) await toggle.click()
    await page.waitForTimeout(300)
    // Opening it scrolled a phone's table to the button: shown from its first column.
    await page.evaluate(() => {
      for (const el of document.querySelectorAll('*')) if (el.scrollLeft > 0) el.scrollLeft = 0
    })
    await page.waitForTimeout(200)
    await page.getByTestId('import-history').screenshot({ path: `${outDir}/history-${width}${suffix}.png` })
    // The leadership brief as it prints from this screen, as a PDF (the page, not the screen, sets its width).
    await page.goto(base + `#/report${unitQuery}`)
    await page.getByTestId('monitoring').first().waitFor()
    await page.evaluate(() => (document.documentElement.dataset.print = 'brief'))
    await page.pdf({ path: `${outDir}/brief-${width}${suffix}.pdf`, preferCSSPageSize: true, printBackground: true })
    // The review screen, its return dialog, and the overview of the period returned with a reason on a line.
    await page.goto(base + `#/review${unitQuery}`)
    await page.getByTestId('review-lines').waitFor()
    await page.getByTestId('review-return').click()
    const dialog = page.getByTestId('review-return-dialog')
    await dialog
      .getByTestId('review-reason')
      .fill(lang === 'en' ? 'Reasons missing for red lines' : '红灯指标缺少偏差原因')
    await dialog
      .getByTestId('review-reason-line')
      .first()
      .locator('input')
      .fill(lang === 'en' ? 'Explain the delay' : '请说明滞后原因')
    await page.waitForTimeout(300)
    await page.screenshot({ path: `${outDir}/review-dialog-${width}${suffix}.png` })
    await dialog.getByTestId('review-return-confirm').click()
    await page.getByTestId('review-said').waitFor()
    await passOver(page)
    await page.screenshot({ path: `${outDir}/review-${width}${suffix}.png`, fullPage: true })
    await page.goto(base + `#/${unitQuery}`)
    await page.getByTestId('review-returned').waitFor()
    await page.waitForTimeout(300)
    await page.screenshot({ path: `${outDir}/overview-returned-${width}${suffix}.png` })
    await shootDepartments(page, width)
    await page.close()
  }
  await browser.close()
  console.log(`screenshots written to ${outDir}`)
} finally {
  stop()
}
