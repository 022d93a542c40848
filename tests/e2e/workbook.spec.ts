import { writeFileSync } from 'node:fs'
import { expect, open, SEED_QUERY, test, UNIT } from './fixtures'
import {
  departmentApplication,
  projectApplication,
  selfEvaluation,
  workbook,
  type FormSheet,
} from '../unit/forms/formFixtures'

const xlsx = (name: string, bytes: Uint8Array) => ({
  name,
  mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  buffer: Buffer.from(bytes),
})

test("a 自评表 workbook is read in the worker under the strict CSP, previewed with its cells, committed, and its 表内得分 shown beside the app's", async ({
  page,
}) => {
  // The worker is governed by its own response's policy: the server sends the app's.
  const workerPolicies: string[] = []
  page.on('response', (response) => {
    if (/importWorker-.*\.js$/.test(response.url()))
      workerPolicies.push(response.headers()['content-security-policy'] ?? '')
  })
  const scripts: string[] = []
  page.on('request', (request) => {
    if (request.resourceType() === 'script' || request.url().endsWith('.js')) scripts.push(request.url())
  })
  await open(page, `#/import${SEED_QUERY}`)
  // The workbook reader is no part of the first screens: it loads when a workbook is read.
  expect(scripts.filter((url) => /xlsx-.*\.js$/.test(url))).toEqual([])
  await expect(page.getByTestId('import-input')).toHaveAttribute('accept', /\.xlsx,\.xls/)

  await page.getByTestId('import-input').setInputFiles(xlsx('招商引资自评表.xlsx', workbook([selfEvaluation()])))
  const form = page.getByTestId('import-form')
  await expect(form).toHaveCount(1)
  await expect(form).toContainText('绩效自评表')
  await expect(form).toContainText('项目支出绩效自评表')
  await expect(form).toContainText('2024')
  await expect(form).toContainText(UNIT)
  await expect(form).toContainText('招商引资')
  await expect(form).toContainText('全年')
  await expect(form).toContainText('指标 5 项，预算项目 2 项，完成值 5 条，执行数 2 条')
  await form.getByText('读取位置').click()
  await expect(form).toContainText('自评表!G4')
  await expect(form).toContainText('自评表!H16')
  await expect(page.getByTestId('import-sheets')).toContainText('自评表：官方表样')
  await expect(page.getByTestId('import-errors')).toContainText('未发现问题')
  expect(workerPolicies.length).toBeGreaterThan(0)
  for (const policy of workerPolicies) expect(policy).toContain("script-src 'self'")
  expect(scripts.filter((url) => /xlsx-.*\.js$/.test(url))).toHaveLength(1)

  await page.getByTestId('import-commit').click()
  await expect(page.getByTestId('import-done')).toBeVisible()
  await expect(page.getByTestId('import-history')).toContainText(
    '招商引资自评表.xlsx › 自评表 › 表1 招商引资 · 实际完成',
  )

  // The year end: the 自评表 with a 表内得分 column, a generous line marked.
  await open(page, `#/report?unit=${encodeURIComponent(UNIT)}&year=2024&q=4`)
  await page.getByRole('tab', { name: '绩效自评表' }).click()
  const table = page.getByTestId('self-evaluation').filter({ hasText: '· 招商引资 · 绩效自评表' })
  await expect(table).toContainText('表内得分')
  await expect(table.getByTestId('form-score').first()).toBeVisible()
  await expect(table).toContainText('比本系统高')

  // The drill-down sets the form's score beside the app's: 16 of 20 is 80%, 8.00 of 10; the form said 10.
  await open(page, `#/indicators?unit=${encodeURIComponent(UNIT)}&year=2024&q=4`)
  await page.getByRole('link', { name: '全年引进注册资金1000万元以上项目', exact: true }).click()
  await expect(page.getByTestId('figure-score')).toHaveText('8.00')
  await expect(page.getByTestId('figure-form-score')).toContainText('10.00（比本系统高 2.00 分）')
})

test("the seed's two 申报表 as a workbook onto the sample change nothing", async ({ page }) => {
  await open(page, `#/import${SEED_QUERY}`)
  await page
    .getByTestId('import-input')
    .setInputFiles(xlsx('申报表.xlsx', workbook([departmentApplication(), projectApplication()])))
  await expect(page.getByTestId('import-form')).toHaveCount(2)
  await expect(page.getByTestId('import-notices')).toContainText(
    '部门名称“商务局”按同一文件中的“九江市柴桑区商务局”读取',
  )
  await expect(page.getByTestId('import-plan')).toContainText('将新增 0 条，更新 0 条，42 条与已有数据相同')
})

test('hostile workbooks get a clear Chinese message and write nothing', async ({ page }, testInfo) => {
  await open(page, `#/import${SEED_QUERY}`)
  const random = Buffer.alloc(4096, 0).map((_, i) => (i * 7919 + 13) % 256)
  const zipLike = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), random])
  await page.getByTestId('import-input').setInputFiles([xlsx('随机.xlsx', zipLike)])
  await expect(page.getByTestId('import-errors')).toContainText('不是有效的 Excel 工作簿')
  await expect(page.getByTestId('import-commit')).toBeDisabled()
  await page.getByRole('button', { name: '清空' }).click()
  // Over 50 MB: refused before a byte is read.
  const huge = testInfo.outputPath('巨大.xlsx')
  writeFileSync(huge, Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(60 * 1024 * 1024)]))
  await page.getByTestId('import-input').setInputFiles(huge)
  await expect(page.getByTestId('import-errors')).toContainText('超过 50 MB 上限')
  await expect(page.getByTestId('import-commit')).toBeDisabled()
  await page.getByRole('button', { name: '清空' }).click()

  // Markup and formulas in cells are text: shown as typed, never run.
  const payload = '<img src=x onerror="window.__xss=1">'
  const sheet: FormSheet = {
    name: '<script>',
    rows: [
      ['年度', '单位', '类别', '一级指标', '二级指标', '三级指标', '指标值'],
      [2024, UNIT, '部门整体', '产出指标', '数量指标', payload, '=HYPERLINK("http://x","点击")'],
    ],
    merges: [],
  }
  await page.getByTestId('import-input').setInputFiles([xlsx('<b>标记</b>.xlsx', workbook([sheet]))])
  await expect(page.getByTestId('import-preview')).toContainText(payload)
  await expect(page.getByTestId('import-sheets')).toContainText('<script>')
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined()
})
