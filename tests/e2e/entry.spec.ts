import { expect, open, test, UNIT } from './fixtures'

const QUERY = `?unit=${encodeURIComponent(UNIT)}&year=2024&q=3`

test('a quarter filled in on the page by keyboard alone: a bad value corrected, a reload keeps the draft, saving is a batch that undo takes back', async ({
  page,
}) => {
  await open(page, `#/entry${QUERY}`)
  // The first quarter not yet reported is offered: the sample has values to 第3季度.
  await expect(page.getByTestId('entry-period')).toContainText('第4季度（未填报）')
  await expect(page.getByTestId('entry-unreported')).toContainText('本期未填报（31 项）')
  const rows = page.getByTestId('entry-row')
  await expect(rows).toHaveCount(31)
  const firstName = (await rows.first().locator('th span').last().textContent())!.trim()

  // Type down the 实际值 column: Enter moves to the next line.
  await rows.first().locator('[name=actual]').focus()
  await page.keyboard.type('七十')
  await page.keyboard.press('Enter')
  await expect(rows.nth(1).locator('[name=actual]')).toBeFocused()
  await page.keyboard.type('1场')
  await page.keyboard.press('Enter')
  // Said beside the field, and the row shows no light from an earlier value.
  await expect(rows.first().getByTestId('entry-message')).toContainText("'七十' 不是数字")
  await expect(rows.first().getByTestId('entry-no-light')).toBeVisible()
  await expect(page.getByTestId('entry-save')).toBeDisabled()
  // The light and score follow the value: 1 of 2 场 at the year end is 未完成, and asks for its reason.
  await expect(rows.nth(1)).toContainText('未完成')
  await expect(rows.nth(1)).toContainText('50.0%')

  // A reload in the middle: the draft is still there.
  await page.reload()
  await expect(rows.first().locator('[name=actual]')).toHaveValue('七十')
  await expect(rows.nth(1).locator('[name=actual]')).toHaveValue('1场')

  // The bad value corrected, by keyboard.
  await rows.first().locator('[name=actual]').focus()
  await page.keyboard.press('ControlOrMeta+a')
  await page.keyboard.type('4次')
  await expect(page.getByTestId('entry-message')).toHaveCount(0)
  // 1场 where 第3季度 had 3场 is below the cumulative value: a warning, confirmed once, by keyboard.
  await expect(rows.nth(1).getByTestId('entry-warning')).toHaveText("'1场' 低于上期的累计值 3场")
  await expect(page.getByTestId('entry-save')).toBeDisabled()
  await rows.nth(1).getByTestId('entry-confirm').focus()
  await page.keyboard.press('Space')
  await expect(rows.nth(1).getByTestId('entry-confirm')).toBeChecked()
  await rows.nth(1).locator('[name=reason]').focus()
  await page.keyboard.type('场地未落实')
  const spent = page.getByTestId('entry-spending-row')
  await spent.first().locator('[name=spent]').focus()
  await page.keyboard.type('579.59')
  await page.keyboard.press('Enter')
  await page.keyboard.type('150')
  await page.getByTestId('entry-reporter').focus()
  await page.keyboard.type('王明')
  await page.getByTestId('entry-save').focus()
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('entry-saved')).toContainText('已保存 4 条')

  // The overview of the quarter filled in shows what was saved.
  await page.getByTestId('entry-to-overview').focus()
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('spent-total')).toContainText('729.59')

  // The trail: who, when, what; undo takes it back and keeps it listed as 已撤销.
  await open(page, `#/import${QUERY}`)
  const history = page.getByTestId('import-history')
  await expect(history).toContainText('在线填报 2024年第4季度')
  await expect(history).toContainText('王明')
  // The batch's lines: the indicator typed for, by name, and its value before (none) and after.
  const entryBatch = history.locator('tbody tr').filter({ hasText: '在线填报 2024年第4季度' }).first()
  await entryBatch.getByTestId('history-lines-toggle').focus()
  await page.keyboard.press('Enter')
  const lines = page.getByTestId('history-lines')
  await expect(lines).toContainText(firstName)
  await expect(lines.locator('tr').filter({ hasText: firstName }).filter({ hasText: '实际值' })).toContainText(
    '— → 4次',
  )
  await expect(lines.locator('tr').filter({ hasText: '执行数' }).first()).toContainText('— → 579.59')
  // Found by the indicator's name; a name no line has finds nothing.
  await page.getByTestId('history-search').fill(firstName)
  await expect(history.locator('tbody tr').filter({ hasText: '在线填报 2024年第4季度' }).first()).toBeVisible()
  await page.getByTestId('history-search').fill('没有这个指标')
  await expect(history).not.toContainText('在线填报 2024年第4季度')
  await page.getByTestId('history-search').fill('')
  // Undo asks who, prefilled with the 填报人, and why.
  await page.getByTestId('import-undo').first().click()
  await expect(page.getByTestId('undo-reporter')).toHaveValue('王明')
  await page.getByTestId('undo-reporter').fill('李华')
  await page.getByTestId('undo-reason').fill('录入有误')
  await page.getByTestId('undo-confirm').click()
  await expect(page.getByText('已撤销：在线填报 2024年第4季度')).toBeVisible()
  await expect(history.getByTestId('import-undone')).toHaveCount(1)
  // The undo is a line of the trail too, above the batch it took back.
  const undoLine = history.locator('tbody tr').first()
  await expect(undoLine).toContainText('撤销')
  await expect(undoLine).toContainText('在线填报 2024年第4季度')
  await expect(undoLine.getByTestId('import-undo')).toHaveCount(0)
  await expect(undoLine).toContainText('李华')
  await expect(undoLine.getByTestId('import-reason')).toContainText('录入有误')
  await open(page, `#/entry${QUERY}`)
  await expect(page.getByTestId('entry-period')).toContainText('第4季度（未填报）')
  await expect(rows.first().locator('[name=actual]')).toHaveValue('')
})

test('the overview lists what is not reported for its period, each a link to its line on #/entry', async ({ page }) => {
  await open(page, `#/${QUERY}`)
  const reminders = page.getByTestId('overview-unreported')
  // At 第3季度 the sample leaves two indicators unreported.
  await expect(reminders).toContainText('本期未填报（2 项）')
  const first = reminders.getByRole('link').first()
  const name = (await first.textContent())!.trim()
  await first.click()
  await expect(page.getByTestId('entry-period')).toContainText('第3季度（已填报，可修改）')
  const row = page.getByTestId('entry-row').filter({ hasText: name })
  await expect(row.locator('[name=actual]')).toBeFocused()
})

test('a reported period is edited on the same screen; a line behind without its reason asks before saving', async ({
  page,
}) => {
  await open(page, `#/entry${QUERY}`)
  await page.getByTestId('entry-period').click()
  await page.getByRole('option', { name: '第3季度（已填报，可修改）' }).click()
  const row = page.getByTestId('entry-row').filter({ hasText: '组建招商组团数' })
  // As stored: 11个 to 第3季度.
  await expect(row.locator('[name=actual]')).toHaveValue('11个')
  await row.locator('[name=actual]').fill('5个')
  await row.getByTestId('entry-confirm').check()
  await expect(row).toContainText('严重偏离')
  await expect(row.locator('[name=reason]')).toHaveClass(/missing/)
  await page.getByTestId('entry-save').click()
  const dialog = page.getByRole('dialog')
  await expect(dialog).toContainText('组建招商组团数')
  await dialog.getByRole('button', { name: '取消' }).click()
  await expect(page.getByTestId('entry-saved')).toHaveCount(0)
  await row.locator('[name=reason]').fill('组团出访推迟')
  await page.getByTestId('entry-save').click()
  await expect(page.getByTestId('entry-saved')).toContainText('已保存 1 条')
  await open(page, `#/import${QUERY}`)
  await expect(page.getByTestId('import-history')).toContainText('在线填报 2024年第3季度')
})
