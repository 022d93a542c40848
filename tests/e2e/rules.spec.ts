import { readFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import Papa from 'papaparse'
import { expect, open, SEED_QUERY, test } from './fixtures'
import { chineseOutsideUserData } from './layout'

/** The results CSV as rows, and its 招商引资 总分 row's grade. */
async function results(page: Page): Promise<{ grade: string; last: string }> {
  await open(page, `#/report${SEED_QUERY}`)
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-results').click()])
  const rows = Papa.parse<string[]>((await readFile((await download.path())!, 'utf8')).slice(1), {
    skipEmptyLines: true,
  }).data
  const total = rows.find((r) => r[0] === '2024' && r[2] === '招商引资' && r[5] === '总分')!
  return { grade: total[18]!, last: rows.at(-1)![0]! }
}

test("a province's rules set on 数据 apply to every screen and export, are named on them, and their change is undone from the history", async ({
  page,
}) => {
  await open(page, `#/data`)
  const form = page.getByTestId('rules-form')
  await expect(form.getByTestId('rules-in-force')).toHaveText('财政部默认')
  await expect(page.getByTestId('rules-save')).toBeDisabled()
  await form.locator('input[name=grade-you]').fill('85')
  await form.locator('input[name=grade-liang]').fill('75')
  await form.locator('input[name=pace-yellow]').fill('0.7')
  // Before saving, what it would change for the unit on screen (2024 第3季度).
  await expect(page.getByTestId('rules-preview')).toContainText(
    '按新规则，九江市柴桑区商务局 2024年 第3季度：2 个指标的状态将改变，招商引资 等级 良 → 优',
  )
  await page.getByTestId('rules-save').click()
  await expect(form.getByTestId('rules-in-force')).toHaveText('自定义')

  // Every export recomputes, and names the rules.
  expect(await results(page)).toEqual({
    grade: '优',
    last: '评分规则：自定义（优≥85 良≥75 中≥60；序时比 蓝≥1.2 绿≥0.8 黄≥0.7）',
  })
  await expect(page.getByTestId('rules-note')).toContainText('评分规则：自定义')
  // Under each printed sheet, below its sign-off lines.
  await expect(page.getByTestId('print-rules')).toHaveCount(4)
  await expect(page.getByTestId('print-rules').first()).toHaveText(
    '评分规则：自定义（优≥85 良≥75 中≥60；序时比 蓝≥1.2 绿≥0.8 黄≥0.7）',
  )
  await expect(page.getByTestId('print-sign-off').first()).toContainText('填报单位（盖章）')
  await expect(page.getByTestId('brief-print')).toContainText('评分规则：自定义')

  // The change is a line of the trail; undone, the defaults are back everywhere.
  await open(page, `#/import`)
  const line = page.getByTestId('import-history').locator('tr', { hasText: '财政部默认 → 自定义' })
  await expect(line).toContainText('评分规则')
  await line.getByTestId('import-undo').click()
  await page.getByTestId('undo-confirm').click()
  await expect(line.getByTestId('import-undone')).toBeVisible()
  expect(await results(page)).toEqual({ grade: '良', last: '评分规则：财政部默认（财预〔2020〕10号）' })
})

test('rules out of order are named at the field, and cannot be saved', async ({ page }) => {
  await open(page, `#/data`)
  const form = page.getByTestId('rules-form')
  await form.locator('input[name=grade-liang]').fill('90')
  await expect(form.getByTestId('rules-error')).toHaveText('良的下限（90）须低于优的下限（90）')
  await form.locator('input[name=red-share]').fill('一半')
  await expect(page.getByTestId('rules-conflicts')).toContainText('红灯指标占比应填写数字')
  await expect(page.getByTestId('rules-save')).toBeDisabled()
})

test('a preset saved by name comes back after a reload, and the defaults are one click away', async ({ page }) => {
  await open(page, `#/data`)
  const form = page.getByTestId('rules-form')
  await form.locator('input[name=min-scored-weight]').fill('0.6')
  await page.getByTestId('rules-save-preset').click()
  await page.getByRole('textbox', { name: /名称/ }).or(page.locator('.el-message-box input')).first().fill('江西省')
  await page.locator('.el-message-box').getByRole('button', { name: '确定' }).click()
  await page.getByTestId('rules-save').click()
  await expect(form.getByTestId('rules-in-force')).toHaveText('江西省')
  await page.reload()
  await expect(page.getByTestId('rules-in-force')).toHaveText('江西省')
  await expect(page.locator('input[name=min-scored-weight]')).toHaveValue('0.6')
  await page.getByTestId('rules-reset').click()
  await page.locator('.el-message-box').getByRole('button', { name: '确定' }).click()
  await expect(page.getByTestId('rules-in-force')).toHaveText('财政部默认')
  await expect(page.locator('input[name=min-scored-weight]')).toHaveValue('0.5')
})

test("in English the form, its conflicts and its preview say nothing in Chinese but the user's own names", async ({
  page,
}) => {
  await open(page, `#/data${SEED_QUERY}`)
  await page.getByTestId('language-switch').first().getByText('English').click()
  const form = page.getByTestId('rules-form')
  await form.locator('input[name=grade-you]').fill('85')
  await form.locator('input[name=grade-liang]').fill('75')
  await expect(page.getByTestId('rules-preview')).toContainText(
    'Under the new rules, for 九江市柴桑区商务局, 2024, Q3: ',
  )
  await expect(page.getByTestId('rules-preview')).toContainText('招商引资 grade Good → Excellent')
  expect(await chineseOutsideUserData(page)).toEqual([])
  await form.locator('input[name=grade-liang]').fill('90')
  await expect(form.getByTestId('rules-error')).toHaveText('Good bound (90) must be below Excellent bound (85)')
  expect(await chineseOutsideUserData(page)).toEqual([])
})
