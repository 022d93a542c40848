// The core journeys in Debian's Firefox ESR (issue: proven in Firefox too). Each test starts
// from a fresh browser context, so the app's first start loads the sample as a new user's does.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import puppeteer, { type Browser, type Page } from 'puppeteer-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import {
  chooseFiles,
  clickTestId,
  confirmDialog,
  downloaded,
  go,
  launchOptions,
  openSession,
  textOf,
  waitForPageText,
  waitForText,
  type Session,
} from './firefox'

const UNIT = '九江市柴桑区商务局'
const QUERY = `?unit=${encodeURIComponent(UNIT)}&year=2024&q=3`
const ROUTES = [
  ['#/', '总览'],
  ['#/indicators', '指标'],
  ['#/budget', '预算'],
  ['#/units', '单位'],
  ['#/report', '报告'],
  ['#/entry', '填报'],
  ['#/import', '导入'],
  ['#/data', '数据'],
] as const

const SPENDING_HEADER = ['年度', '单位', '类别', '预算项目', '季度', '执行数']
const SPENDING_Q3 = [
  [2024, UNIT, '部门整体', '人员经费', 3, 500],
  [2024, UNIT, '部门整体', '公用经费', 3, 130],
]

const files = mkdtempSync(join(tmpdir(), 'jixiao-firefox-files-'))

/** A file on disk for the file input, as a user's would be. */
function fileOf(name: string, content: string | Buffer): string {
  const path = join(files, name)
  writeFileSync(path, content)
  return path
}

/** The 2024 Q3 spending correction as a workbook of one flat sheet. */
async function spendingWorkbook(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet('预算执行')
  sheet.addRow(SPENDING_HEADER)
  for (const row of SPENDING_Q3) sheet.addRow(row)
  return Buffer.from(await workbook.xlsx.writeBuffer())
}

/** A PDF's pages as text, without the spaces pdftotext puts between CJK characters. */
function pdfPages(pdf: Uint8Array): string[] {
  const path = fileOf('report.pdf', Buffer.from(pdf))
  return execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' })
    .split('\f')
    .filter((page) => page.trim() !== '')
    .map((page) => page.replace(/[ \t]+/g, ''))
}

/** Chooses a file on #/import, commits it once the plan reads as given, and finds the overview's 执行数 at 630. */
async function importAndCommit(page: Page, path: string, plan: string, done: string): Promise<void> {
  await go(page, `#/import${QUERY}`)
  await chooseFiles(page, 'import-input', [path])
  await waitForText(page, 'import-errors', '未发现问题')
  await waitForText(page, 'import-plan', plan)
  await clickTestId(page, 'import-commit')
  await waitForText(page, 'import-done', done)
  await go(page, `#/${QUERY}`)
  await waitForText(page, 'spent-total', '630')
}

const skipReason = inject('firefoxSkipReason')

describe.skipIf(skipReason !== '')('Firefox ESR', () => {
  let browser: Browser
  let session: Session

  beforeAll(async () => {
    browser = await puppeteer.launch(launchOptions())
  })
  afterAll(async () => {
    await browser?.close()
  })

  /** A fresh context for the test; its guard is checked by the test's last line. */
  async function start(): Promise<Session> {
    session = await openSession(browser)
    return session
  }

  it('sees what the guard is for: a CSP violation, an uncaught error, a console error', async () => {
    const { page, problems } = await start()
    await go(page, '#/')
    await page.evaluate(() => {
      const image = document.createElement('img')
      image.src = 'https://example.invalid/tracker.png'
      document.body.append(image)
      setTimeout(() => {
        throw new Error('thrown on purpose')
      })
      console.error('logged on purpose')
    })
    await new Promise((r) => setTimeout(r, 500))
    expect(problems).toContain('console: CSP violation: img-src https://example.invalid/tracker.png')
    expect(problems.some((p) => p.startsWith('page error:') && p.includes('thrown on purpose'))).toBe(true)
    expect(problems).toContain('console: logged on purpose')
  })

  it('starts with the sample, renders every route and a drill-down, and keeps the data over a reload', async () => {
    const { page, problems } = await start()
    await go(page, '#/')
    await waitForText(page, 'page-context', UNIT)
    await waitForText(page, 'indicator-count', '31')
    await waitForPageText(page, '示例数据（非真实数据）')

    for (const [hash, title] of ROUTES) {
      await go(page, hash + QUERY)
      await waitForText(page, 'page-title', title)
      expect(await page.title()).toBe(`${title} · 绩效看板`)
    }

    await go(page, `#/indicators${QUERY}`)
    await page.locator('[data-testid="indicator-table"] a::-p-text(带动就业人数)').click()
    await waitForText(page, 'page-title', '带动就业人数')
    expect(page.url()).toMatch(/#\/indicator\/2024-[0-9a-z]{11}\?/)
    expect(await textOf(page, 'indicator-target')).toBe('≥500人')
    await waitForText(page, 'indicator-periods', '390人')

    await page.reload()
    await waitForText(page, 'page-title', '带动就业人数')
    await go(page, `#/${QUERY}`)
    await waitForText(page, 'indicator-count', '31')
    await waitForText(page, 'spent-total', '560')
    expect(problems).toEqual([])
  })

  it('imports a CSV and a workbook, each changing the overview, undoes the CSV, and keeps it all over a reload', async () => {
    const { page, problems } = await start()
    await go(page, `#/${QUERY}`)
    await waitForText(page, 'spent-total', '560')

    const csv = [SPENDING_HEADER, ...SPENDING_Q3].map((row) => row.join(',')).join('\r\n')
    await importAndCommit(
      page,
      fileOf('人员经费更正.csv', csv),
      '将新增 0 条，更新 2 条，0 条与已有数据相同',
      '已导入：新增 0 条，更新 2 条',
    )

    await go(page, `#/import${QUERY}`)
    await waitForText(page, 'import-history', '人员经费更正.csv')
    await clickTestId(page, 'import-undo')
    // The undo asks who undoes it (prefilled) and why: confirmed as it stands.
    await clickTestId(page, 'undo-confirm')
    await waitForPageText(page, '已撤销：人员经费更正.csv')
    await go(page, `#/${QUERY}`)
    await waitForText(page, 'spent-total', '560')

    // The workbook reader loads in its own chunk, inside the worker, under the CSP.
    await importAndCommit(page, fileOf('预算执行.xlsx', await spendingWorkbook()), '更新 2 条', '更新 2 条')

    await page.reload()
    await waitForText(page, 'spent-total', '630')
    expect(problems).toEqual([])
  })

  it('prints the report to PDF: a page per sheet at least, numbered, the indicator headers on every page, the funds on the first', async () => {
    const { page, problems } = await start()
    await go(page, `#/report${QUERY}`)
    await page.waitForSelector('[data-testid="monitoring"]', { visible: true })
    // The app lays the pages out itself once it has measured the sheets (docs/formats.md, Numbered pages).
    const laidOut = await page.waitForSelector('[data-testid="report-print"][data-pages]')
    const pages = pdfPages(await page.pdf({ preferCSSPageSize: true, printBackground: true }))
    // Each laid-out page is one sheet of paper: none runs over onto another.
    expect(String(pages.length)).toBe(await laidOut!.evaluate((e) => e.getAttribute('data-pages')))
    // Numbered at the foot (第 reads back as no known character, the rest does).
    pages.forEach((text, i) => expect(text, `page ${i + 1}`).toContain(`${i + 1}页共${pages.length}页`))
    // Firefox's PDF maps some CJK glyphs back to radicals or to nothing, so titles cannot be
    // read back; the repeated headers and the figures can. The pages were looked at as images.
    expect(pages.length).toBeGreaterThan(3)
    for (const text of pages) expect(text).toContain('三级指标')
    // The 部门整体 funds at Q3: 734.05 budget, 560 spent, 76.3 % executed, 101.7 % projected.
    for (const figure of ['734.05', '579.59', '154.46', '560', '76.3%', '101.7%']) expect(pages[0]).toContain(figure)
    expect(problems).toEqual([])
  })

  it('downloads a backup, and restores it after everything is cleared', async () => {
    const { page, problems, downloads } = await start()
    await go(page, '#/data')
    await waitForText(page, 'table-counts', '31')
    await clickTestId(page, 'backup-download')
    const backup = await downloaded(downloads)
    expect(backup.name).toMatch(/^绩效看板备份-\d{8}\.json$/)
    expect(JSON.parse(backup.bytes.toString('utf8'))).toMatchObject({ format: 'jixiao-board-backup', version: 2 })

    await clickTestId(page, 'clear-all')
    await confirmDialog(page)
    await waitForPageText(page, '已清除全部数据')

    await chooseFiles(page, 'restore-input', [fileOf('backup.json', backup.bytes)])
    await waitForPageText(page, '31 个指标')
    await confirmDialog(page)
    await waitForPageText(page, '已从备份恢复')
    await go(page, `#/${QUERY}`)
    await waitForText(page, 'indicator-count', '31')
    await waitForText(page, 'spent-total', '560')
    expect(problems).toEqual([])
  })
})

if (skipReason) {
  describe('Firefox ESR', () => {
    it.skip(`cannot run here: ${skipReason}`, () => {})
  })
}
