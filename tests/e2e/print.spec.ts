import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import * as XLSX from '@e965/xlsx'
import { expect, open, test, UNIT } from './fixtures'
import { chineseOutsideUserData } from './layout'

const QUERY = `?unit=${encodeURIComponent(UNIT)}&year=2024&q=3`
const HEADERS = ['二级指标', '三级指标']

/** The PDF's pages as text, read back with poppler's pdftotext (page breaks are form feeds). */
function pagesOf(pdf: Buffer, path: string): string[] {
  writeFileSync(path, pdf)
  // pdftotext drops the spaces between CJK characters and keeps the layout's own: compare without spaces.
  return execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' })
    .split('\f')
    .filter((page) => page.trim() !== '')
    .map((page) => page.replace(/[ \t]+/g, ''))
}

test('the report prints fit to hand in: rows from the first page, headers on every page, numbered pages, sign-off lines', async ({
  page,
}, testInfo) => {
  await open(page, `#/report${QUERY}`)
  await expect(page.getByTestId('monitoring').first()).toBeVisible()
  // The app lays the pages out itself (pagination.ts) once it has measured the sheets.
  const report = page.getByTestId('report-print')
  await expect(report).toHaveAttribute('data-pages', /^\d+$/)
  const pages = pagesOf(
    await page.pdf({ preferCSSPageSize: true, printBackground: true }),
    testInfo.outputPath('report.pdf'),
  )
  expect(pages.length).toBeGreaterThan(3)
  // Each laid-out page is one sheet of paper: none runs over onto another.
  expect(await report.getAttribute('data-pages')).toBe(String(pages.length))
  // The first page: the title block, then the funds and indicator rows under it.
  expect(pages[0]).toContain('部门整体支出绩效目标执行监控表')
  expect(pages[0]).toContain('（2024年度第3季度）')
  expect(pages[0]).toContain('提高政治站位')
  expect(pages[0]).toContain('示例数据（非真实数据）')
  // Every page holds indicator rows (each sheet starts a page), so every page must hold the headers.
  const indicatorRow = /(≥|≧|≤|≦|＝|=)\d|\d+(\.\d+)?%|作用明显|不断提升|合规/
  for (const text of pages) expect(text.split('三级指标').slice(1).join('')).toMatch(indicatorRow)
  pages.forEach((text, i) => {
    for (const header of HEADERS) expect(text, `page ${i + 1}`).toContain(header)
    expect(text, `page ${i + 1}`).toContain(`第${i + 1}页共${pages.length}页`)
  })
  // Each sheet starts on a page of its own and ends with its sign-off lines: 2 类别 × 2 tables.
  const all = pages.join('\n')
  for (const title of [
    '部门整体支出绩效目标执行监控表',
    '项目支出绩效目标执行监控表',
    '部门整体支出绩效自评表',
    '项目支出绩效自评表',
  ]) {
    expect(pages.filter((text) => text.includes(title))).toHaveLength(1)
  }
  expect(all.match(/填报单位（盖章）：/g)).toHaveLength(4)
  // Each sheet names the rules it was scored by, in its title block.
  expect(all.match(/评分规则：财政部默认（财预〔2020〕10号）/g)).toHaveLength(4)
  for (const line of ['填报人：', '联系电话：', '填报日期：']) expect(all.split(line).length - 1).toBe(4)
  // The total once, at the end of its table.
  expect(all.match(/预计总分/g)).toHaveLength(2)
})

test('the leadership brief prints on one page with the figures and the behind list', async ({ page }, testInfo) => {
  await open(page, `#/report${QUERY}`)
  await expect(page.getByTestId('monitoring').first()).toBeVisible()
  await page.evaluate(() => (document.documentElement.dataset.print = 'brief'))
  const pages = pagesOf(
    await page.pdf({ preferCSSPageSize: true, printBackground: true }),
    testInfo.outputPath('brief.pdf'),
  )
  expect(pages).toHaveLength(1)
  expect(pages[0]).toContain(`${UNIT}2024年度绩效简报（第3季度）`)
  expect(pages[0]).toContain('预警与严重偏离的指标')
  expect(pages[0]).toContain('严重偏离')
  expect(pages[0]).toContain('第1页共1页')
})

test('in English the brief prints in English, with the overview’s words and counts, on one page', async ({
  page,
}, testInfo) => {
  await open(page, `#/data${QUERY}`)
  await page.getByTestId('language-switch').first().getByText('English').click()
  await open(page, `#/${QUERY}`)
  const card = page.getByTestId('scope-card-部门整体').getByTestId('light-counts')
  await expect(card).toContainText('Ahead 1')
  await open(page, `#/report${QUERY}`)
  await expect(page.getByTestId('monitoring').first()).toBeVisible()
  await page.evaluate(() => (document.documentElement.dataset.print = 'brief'))
  const pages = pagesOf(
    await page.pdf({ preferCSSPageSize: true, printBackground: true }),
    testInfo.outputPath('brief-en.pdf'),
  )
  expect(pages).toHaveLength(1)
  expect(pages[0]).toContain(`${UNIT}:2024performancebrief(Q3)`)
  expect(pages[0]).toContain('Ahead1')
  expect(pages[0]).toContain('Offtrack2')
  expect(pages[0]).toContain('Page1of1')
  expect(pages[0]).not.toContain('预警与严重偏离')
  // As printed, nothing in Chinese but the user's own words.
  await page.emulateMedia({ media: 'print' })
  await expect(page.getByTestId('brief-print')).toBeVisible()
  expect(await chineseOutsideUserData(page)).toEqual([])
})

test('the official tables and the 自评报告 download as .xlsx and .docx, named 单位-年度-表名, under the CSP', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const seen: string[] = []
    ;(window as unknown as { __cspViolations: string[] }).__cspViolations = seen
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`))
  })
  await open(page, `#/report${QUERY}`)
  await expect(page.getByTestId('monitoring').first()).toBeVisible()
  for (const [hook, name] of [
    ['export-monitoring-xlsx', `${UNIT}-2024-绩效监控表.xlsx`],
    ['export-selfeval-xlsx', `${UNIT}-2024-绩效自评表.xlsx`],
    ['export-report-docx', `${UNIT}-2024-自评报告.docx`],
  ] as const) {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(hook).click()])
    expect(download.suggestedFilename()).toBe(name)
    const bytes = await (await download.createReadStream()).toArray()
    const file = Buffer.concat(bytes)
    // A zip (both formats are), of a real size.
    expect(file.subarray(0, 4)).toEqual(Buffer.from([0x50, 0x4b, 0x03, 0x04]))
    expect(file.length).toBeGreaterThan(5000)
    if (hook === 'export-report-docx') {
      // The charts drawn on the page are in it as pictures: each 类别's scores and the budget's execution.
      const zip = XLSX.CFB.read(file, { type: 'buffer' })
      expect(zip.FullPaths.filter((path: string) => /word\/media\/.+\.png$/.test(path))).toHaveLength(3)
      const document = new TextDecoder().decode(
        zip.FileIndex[zip.FullPaths.findIndex((path: string) => path.endsWith('word/document.xml'))]!
          .content as Uint8Array,
      )
      expect(document).toContain('三、偏差情况及原因分析')
      expect(document).toContain('本报告中的实际完成值为示例数据（非真实数据），仅供演示。')
    }
    if (hook === 'export-monitoring-xlsx') {
      const book = XLSX.read(file, { type: 'buffer' })
      expect(book.SheetNames).toEqual(['部门整体', '招商引资'])
      expect(book.Sheets['部门整体']!.A2?.v).toBe('（2024年度 第3季度）')
    }
  }
  expect(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)).toEqual([])
})
