import { expect, open, SEED_QUERY, test } from './fixtures'
import { RECTIFY_LINE as RED, rectifyForm } from '../unit/forms/rectifyFormFixture'

test('a 监控表 with 整改 columns makes the item: told in the preview, listed on the 整改 page, undone with the import', async ({
  page,
}) => {
  await open(page, `#/import${SEED_QUERY}`)
  await page.getByTestId('import-input').setInputFiles({
    name: '监控表-整改.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: Buffer.from(rectifyForm()),
  })
  await expect(page.getByTestId('import-plan-rectify')).toHaveText(
    '将新增 1 条、更新 0 条整改事项（表中的整改栏或整改事项文件）',
  )
  await page.getByTestId('import-commit').click()
  await expect(page.getByTestId('import-done')).toBeVisible()

  await open(page, `#/rectify?year=2024`)
  const row = page.getByTestId('rectify-row')
  await expect(row).toHaveCount(1)
  await expect(row).toContainText(RED)
  await expect(row).toContainText('王明')
  await expect(row.getByTestId('rectify-state')).toHaveText('整改中')

  // The item is a line of the import's batch: its trail tells it, and undoing the import takes it away.
  await page.getByTestId('nav-import').click()
  const latest = page.getByTestId('import-history').locator('tbody tr').first()
  await latest.getByTestId('history-lines-toggle').click()
  await expect(page.getByTestId('history-lines')).toContainText('加大招商力度')
  await latest.getByTestId('import-undo').click()
  await page.getByTestId('undo-confirm').click()
  await expect(page.getByTestId('import-undone').first()).toBeVisible()
  await open(page, `#/rectify?year=2024`)
  await expect(page.getByTestId('rectify-row')).toHaveCount(0)
})

test('the import page lists the 整改事项 kind’s columns and gives its blank template', async ({ page }) => {
  await open(page, `#/import${SEED_QUERY}`)
  await page.getByRole('button', { name: '各类文件的列' }).click()
  const kinds = page.getByTestId('import-kinds')
  const row = kinds.locator('tr', { hasText: '整改措施 [measure]' })
  await expect(row).toHaveCount(1)
  await expect(row).toContainText('状态 [state]')
  await expect(row).toContainText('状态变化 [history]')
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('template-rectify').click()])
  expect(download.suggestedFilename()).toBe('整改事项-模板.csv')
})
