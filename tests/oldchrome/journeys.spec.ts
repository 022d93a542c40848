// The core journeys in Chromium 92 and 109 (playwright.oldchrome.config.ts runs this file once in
// each): the built app as a government PC's browser meets it. The guard of tests/e2e/fixtures.ts
// fails a test on any console error, page error or request leaving the origin. Playwright's locators
// check visibility with Element.checkVisibility (Chromium 105), so the journeys use none: text is
// awaited in the page, clicks and typing are the DOM's own events.
import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import * as XLSX from '@e965/xlsx'
import type { Page } from '@playwright/test'
import { expect, SEED_QUERY, test, UNIT } from '../e2e/fixtures'

const SPENDING_HEADER = ['年度', '单位', '类别', '预算项目', '季度', '执行数']
const SPENDING_Q3 = [
  [2024, UNIT, '部门整体', '人员经费', 3, 500],
  [2024, UNIT, '部门整体', '公用经费', 3, 130],
]
const SHEET_TITLES = [
  '部门整体支出绩效目标执行监控表',
  '项目支出绩效目标执行监控表',
  '部门整体支出绩效自评表',
  '项目支出绩效自评表',
]

/** A line behind its pace at Q3 in the sample: 10 of 20 projects. */
const WHAT_IF_LINE = '全年引进注册资金1000万元以上项目'

const byTestId = (id: string) => `[data-testid="${id}"]`

/** Waits until an element matching the selector contains the text. */
async function waitFor(page: Page, selector: string, text: string): Promise<void> {
  await page.waitForFunction(
    ([css, wanted]) => [...document.querySelectorAll(css)].some((e) => e.textContent?.includes(wanted)),
    [selector, text] as const,
    { timeout: 15_000 },
  )
}

/** Waits until the element with the test id contains the text. */
const waitForText = (page: Page, testId: string, text: string) => waitFor(page, byTestId(testId), text)

/** Waits until an element matches the selector (Playwright's own wait asks for visibility). */
async function attached(page: Page, selector: string): Promise<void> {
  await page.waitForFunction((css) => document.querySelector(css) !== null, selector, { timeout: 15_000 })
}

/** Opens a hash route and waits until the shell has titled the page. */
async function open(page: Page, hash: string): Promise<void> {
  await page.goto(`./${hash}`)
  await waitForText(page, 'page-title', '')
}

/** Clicks the first element matching the selector, once there. */
async function click(page: Page, selector: string): Promise<void> {
  await attached(page, selector)
  await page.evaluate((css) => document.querySelector<HTMLElement>(css)!.click(), selector)
}

/** Types a value into the nth field matching the selector, as its input events would carry it. */
async function fill(page: Page, selector: string, value: string, nth = 0): Promise<void> {
  await attached(page, selector)
  await page.evaluate(
    ([css, text, index]) => {
      const field = document.querySelectorAll<HTMLInputElement>(css)[index]!
      field.value = text
      field.dispatchEvent(new Event('input', { bubbles: true }))
      field.dispatchEvent(new Event('change', { bubbles: true }))
    },
    [selector, value, nth] as const,
  )
}

/** The PDF's pages as text (pdftotext), without the spaces it puts between CJK characters. */
function pdfPages(pdf: Buffer, path: string): string[] {
  writeFileSync(path, pdf)
  return execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' })
    .split('\f')
    .filter((page) => page.trim() !== '')
    .map((page) => page.replace(/[ \t]+/g, ''))
}

/** Chooses a file on #/import, commits it once the plan reads as given, and finds the overview's 执行数 at 630. */
async function importAndCommit(page: Page, file: { name: string; buffer: Buffer }, plan: string): Promise<void> {
  await open(page, `#/import${SEED_QUERY}`)
  await attached(page, byTestId('import-input'))
  const input = (
    await page.evaluateHandle((css) => document.querySelector(css)!, byTestId('import-input'))
  ).asElement()!
  await input.setInputFiles({ ...file, mimeType: 'application/octet-stream' })
  await waitForText(page, 'import-errors', '未发现问题')
  await waitForText(page, 'import-plan', plan)
  await click(page, byTestId('import-commit'))
  await waitForText(page, 'import-done', '更新 2 条')
  await open(page, `#/${SEED_QUERY}`)
  await waitForText(page, 'spent-total', '630')
}

test('the sample overview shows its scores, and a drill-down opens by its URL', async ({ page }) => {
  await open(page, '#/')
  await waitForText(page, 'page-context', UNIT)
  await waitForText(page, 'indicator-count', '31')
  await waitFor(page, `${byTestId('scope-card-部门整体')} ${byTestId('scope-total')}`, '94.29')
  await waitForText(page, 'spent-total', '560')

  await open(page, `#/indicators${SEED_QUERY}`)
  await waitForText(page, 'indicator-table', '带动就业人数')
  await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[data-testid="indicator-link"]')]
      .find((link) => link.textContent?.trim() === '带动就业人数')!
      .click(),
  )
  await waitForText(page, 'page-title', '带动就业人数')
  const url = page.url()
  expect(url).toMatch(/#\/indicator\/2024-[0-9a-z]{11}\?/)
  // The address alone, in a page of its own, opens the same drill-down.
  const other = await page.context().newPage()
  await other.goto(url)
  await waitForText(other, 'indicator-target', '≥500人')
  await waitForText(other, 'indicator-periods', '390人')
})

test('the 整改 page opens for a year, and a drill-down’s what-if changes the total as typed', async ({ page }) => {
  await open(page, '#/rectify?year=2024')
  await waitForText(page, 'page-title', '整改')
  await waitForText(page, 'rectify-count', '共 0 项，逾期 0 项')
  await waitForText(page, 'rectify-empty', '本年度还没有整改事项')

  // 招商引资's line 2 at Q3, behind its pace (docs/scoring.md §7 works the figures).
  await open(page, `#/indicators${SEED_QUERY}`)
  await waitForText(page, 'indicator-table', WHAT_IF_LINE)
  await page.evaluate(
    (name) =>
      [...document.querySelectorAll<HTMLElement>('[data-testid="indicator-link"]')]
        .find((link) => link.textContent?.trim() === name)!
        .click(),
    WHAT_IF_LINE,
  )
  await waitForText(page, 'what-if-total', '招商引资 预计得分 89.73 良')
  await fill(page, 'input[name=what-if]', '20')
  await waitForText(page, 'what-if-total', '招商引资 预计得分 89.73 良 → 91.79 优')
  await waitForText(page, 'what-if-light', '完成')
})

test('the report prints to PDF: each sheet on its own pages, every page numbered 第 X 页 共 Y 页', async ({
  page,
}, testInfo) => {
  await open(page, `#/report${SEED_QUERY}`)
  await attached(page, '[data-testid="report-print"][data-pages]')
  const pages = pdfPages(
    await page.pdf({ preferCSSPageSize: true, printBackground: true }),
    testInfo.outputPath('report.pdf'),
  )
  expect(pages.length).toBeGreaterThan(3)
  const counted = await page.evaluate(() =>
    document.querySelector('[data-testid="report-print"]')!.getAttribute('data-pages'),
  )
  expect(counted).toBe(String(pages.length))
  pages.forEach((text, i) => {
    expect(text, `page ${i + 1}`).toContain(`第${i + 1}页共${pages.length}页`)
    expect(text, `page ${i + 1}`).toContain('三级指标')
  })
  for (const title of SHEET_TITLES) expect(pages.filter((text) => text.includes(title))).toHaveLength(1)
  // The 部门整体 funds at Q3 on the first page: 734.05 budget, 560 spent.
  for (const figure of ['734.05', '579.59', '154.46', '560']) expect(pages[0]).toContain(figure)
})

test('imports a CSV and a workbook, each changing the overview', async ({ page }) => {
  await open(page, `#/${SEED_QUERY}`)
  await waitForText(page, 'spent-total', '560')
  const csv = [SPENDING_HEADER, ...SPENDING_Q3].map((row) => row.join(',')).join('\r\n')
  await importAndCommit(page, { name: '人员经费更正.csv', buffer: Buffer.from(csv) }, '将新增 0 条，更新 2 条')

  await open(page, `#/import${SEED_QUERY}`)
  await click(page, byTestId('import-undo'))
  // The undo asks who undoes it (prefilled) and why: confirmed as it stands.
  await click(page, byTestId('undo-confirm'))
  await waitFor(page, '.el-message', '已撤销：人员经费更正.csv')

  const book = XLSX.utils.book_new()
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([SPENDING_HEADER, ...SPENDING_Q3]), '预算执行')
  const xlsx = XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer
  // The workbook reader loads in its own chunk, inside the import worker.
  await importAndCommit(page, { name: '预算执行.xlsx', buffer: xlsx }, '更新 2 条')
})

test('填报 saves a quarter, and the overview shows it', async ({ page }) => {
  await open(page, `#/entry${SEED_QUERY}`)
  await waitForText(page, 'entry-period', '第4季度（未填报）')
  const spent = `${byTestId('entry-spending-row')} [name=spent]`
  await fill(page, spent, '579.59')
  await fill(page, spent, '150', 1)
  await fill(page, byTestId('entry-reporter'), '王明')
  await click(page, byTestId('entry-save'))
  await waitForText(page, 'entry-saved', '已保存 2 条')
  await click(page, byTestId('entry-to-overview'))
  await waitForText(page, 'spent-total', '729.59')
})

test('数据 downloads a backup of everything', async ({ page }) => {
  await open(page, '#/data')
  await waitForText(page, 'table-counts', '31')
  const [download] = await Promise.all([page.waitForEvent('download'), click(page, byTestId('backup-download'))])
  expect(download.suggestedFilename()).toMatch(/^绩效看板备份-\d{8}\.json$/)
  const bytes = Buffer.concat(await (await download.createReadStream()).toArray())
  const backup = JSON.parse(bytes.toString('utf8')) as { format: string; version: number }
  expect(backup).toMatchObject({ format: 'jixiao-board-backup', version: 2 })
})
