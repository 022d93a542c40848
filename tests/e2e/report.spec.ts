import { readFile } from 'node:fs/promises'
import Papa from 'papaparse'
import { expect, open, SEED_QUERY, test } from './fixtures'

test('#/report exports the results CSV of every unit, year and 类别', async ({ page }) => {
  await open(page, `#/report${SEED_QUERY}`)
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-results').click()])
  expect(download.suggestedFilename()).toMatch(/^绩效自评结果-\d{8}\.csv$/)
  const text = await readFile((await download.path())!, 'utf8')
  expect(text.startsWith('\uFEFF')).toBe(true)
  const rows = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data
  expect(rows[0]).toEqual(['年度', '单位', '类别', '一级指标', '二级指标', '三级指标', '指标编码', '指标值', '实际值', '截至季度', '完成率', '分值', '得分', '状态', '偏差原因'])
  expect(rows).toHaveLength(1 + 37)
  const totals = rows.filter((r) => r[5] === '总分').map((r) => [r[0], r[2], r[9], r[12], r[13]])
  expect(totals).toEqual([
    ['2023', '部门整体', '4', '100', '优'],
    ['2024', '部门整体', '3', '94.29', '优'],
    ['2024', '招商引资', '3', '89.73', '良'],
  ])
})

test('#/report shows both official tables and prints without the app chrome', async ({ page }) => {
  await open(page, `#/report${SEED_QUERY}`)
  const monitoring = page.getByTestId('monitoring')
  await expect(monitoring).toHaveCount(2)
  await expect(monitoring.first()).toContainText('九江市柴桑区商务局 · 部门整体 · 绩效监控表（2024年度 第3季度）')
  await expect(monitoring.first()).toContainText('严重偏离')
  await page.getByRole('tab', { name: '绩效自评表' }).click()
  const totals = page.getByTestId('total-row')
  await expect(totals.first()).toContainText('预计得分')
  await expect(totals.first()).toContainText('94.29')
  await expect(totals.nth(1)).toContainText('89.73')
  await page.emulateMedia({ media: 'print' })
  await expect(page.locator('.nav')).toBeHidden()
  await expect(page.getByTestId('export-results')).toBeHidden()
  await expect(page.getByTestId('self-evaluation').first()).toBeVisible()
  await expect(page.getByTestId('monitoring').first()).toBeVisible()
  await expect(page.getByTestId('sample-banner')).toBeVisible()
})
