import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { expect, open, SEED_QUERY, test, UNIT } from './fixtures'
import { chineseOutsideUserData, layoutProblems } from './layout'

const RED = '全年引进固投2000万元以上项目'

test('a 整改 item made from a red line: on the overview and the 整改 page, marked done, undone from the history', async ({
  page,
}, testInfo) => {
  await open(page, `#/indicators${SEED_QUERY}`)
  await page.getByRole('link', { name: RED, exact: true }).click()
  await page.getByTestId('rectify-new').click()
  const dialog = page.getByTestId('rectify-dialog')
  // 问题 is told from the light at the period on screen.
  await expect(dialog.locator('[name=problem]')).toHaveValue(new RegExp(`^第3季度 指标“${RED}”亮红灯（严重偏离）`))
  await dialog.locator('[name=measure]').fill('加大招商力度')
  await dialog.locator('[name=owner]').fill('王明')
  // A 完成时限 long past: the item is overdue at once.
  await dialog.locator('[name=due]').fill('2024-12-31')
  await page.getByTestId('rectify-save').click()
  const panel = page.getByTestId('rectify-panel')
  await expect(panel.getByTestId('rectify-row')).toHaveCount(1)
  await expect(panel.getByTestId('rectify-state')).toHaveText('未开始')
  await expect(panel.getByTestId('rectify-overdue')).toBeVisible()

  // The printed 监控表 carries the 整改 columns.
  await open(page, `#/report${SEED_QUERY}`)
  await expect(page.getByTestId('report-print')).toHaveAttribute('data-pages', /^\d+$/)
  const pdf = testInfo.outputPath('report.pdf')
  writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true, printBackground: true }))
  const printed = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, '')
  // Narrow columns wrap their texts over lines: whole words on paper, whole cells in the sheet drawn.
  for (const text of ['整改措施', '整改状', '加大招商力度', '王明', '未开始']) expect(printed).toContain(text)
  const sheet = page.getByTestId('report-print')
  for (const text of ['责任人及完成时限', '王明 2024-12-31']) await expect(sheet).toContainText(text)

  // The overview counts the unit's open and overdue items.
  await open(page, `#/${SEED_QUERY}`)
  const counts = page.getByTestId('rectify-counts')
  await expect(counts).toContainText('1')
  await expect(counts).toContainText('逾期 1 项')
  await counts.click()

  // The 整改 page lists it, filtered to the unit the overview named.
  await expect(page).toHaveURL(/#\/rectify/)
  await expect(page.getByTestId('rectify-filter-unit')).toHaveValue(UNIT)
  const row = page.getByTestId('rectify-row')
  await expect(row).toHaveCount(1)
  await expect(row).toContainText(RED)
  await expect(row).toContainText('王明')
  await page.getByTestId('rectify-filter-state').selectOption('done')
  await expect(row).toHaveCount(0)
  await page.getByTestId('rectify-filter-state').selectOption('')
  await row.getByTestId('rectify-edit').click()
  await dialog.locator('[name=state]').selectOption('done')
  await dialog.locator('[name=result]').fill('已签约两个项目')
  await page.getByTestId('rectify-save').click()
  await expect(row.getByTestId('rectify-state')).toHaveText('已完成')
  await expect(row.getByTestId('rectify-overdue')).toHaveCount(0)
  await expect(page.getByTestId('rectify-count')).toContainText('逾期 0 项')

  // A reload shows what was stored.
  await page.reload()
  await expect(page.getByTestId('rectify-row').getByTestId('rectify-state')).toHaveText('已完成')

  // The history has each change as a batch with its lines; undoing the last puts the item back as it was.
  await page.getByTestId('nav-import').click()
  const history = page.getByTestId('import-history')
  const latest = history.locator('tbody tr').first()
  await expect(latest).toContainText(`整改 · ${RED}`)
  await latest.getByTestId('history-lines-toggle').click()
  const lines = page.getByTestId('history-lines')
  await expect(lines).toContainText('状态')
  await expect(lines).toContainText('已完成')
  await expect(lines).toContainText('已签约两个项目')
  await latest.getByTestId('import-undo').click()
  await page.getByTestId('undo-confirm').click()
  await expect(history.getByTestId('import-undone')).toHaveCount(1)

  await page.getByTestId('nav-rectify').click()
  await expect(page.getByTestId('rectify-row').getByTestId('rectify-state')).toHaveText('未开始')
  await expect(page.getByTestId('rectify-row').getByTestId('rectify-overdue')).toBeVisible()
  await page.getByTestId('nav-overview').click()
  await expect(page.getByTestId('rectify-counts')).toContainText('逾期 1 项')
})

test('on #/entry a line turned red gets its 整改 item beside the reason, its 问题 told from the reason typed', async ({
  page,
}) => {
  await open(page, `#/entry${SEED_QUERY}`)
  await page.getByTestId('entry-period').click()
  await page.getByRole('option', { name: '第3季度（已填报，可修改）' }).click()
  const row = page.getByTestId('entry-row').filter({ hasText: '组建招商组团数' })
  await row.locator('[name=actual]').fill('5个')
  await row.locator('[name=reason]').fill('组团人员调整')
  await expect(row).toContainText('严重偏离')
  await row.getByTestId('rectify-new').click()
  const dialog = page.getByTestId('rectify-dialog')
  await expect(dialog.locator('[name=problem]')).toHaveValue(
    '第3季度 指标“组建招商组团数”亮红灯（严重偏离），偏差原因：组团人员调整。',
  )
  await dialog.locator('[name=owner]').fill('李华')
  await page.getByTestId('rectify-save').click()
  await expect(row.getByTestId('rectify-line-count')).toHaveText('整改 1 项')
  await page.getByTestId('nav-rectify').click()
  await expect(page.getByTestId('rectify-row')).toHaveCount(1)
  await expect(page.getByTestId('rectify-row')).toContainText('李华')
})

test.describe('with an item, on a 390-px phone in English', () => {
  test.use({ viewport: { width: 390, height: 844 } })

  test('the 整改 page and the drill-down with its item fit the screen and speak English', async ({ page }) => {
    await open(page, `#/data${SEED_QUERY}`)
    await page.getByTestId('language-switch').first().getByText('English').click()
    await open(page, `#/indicators${SEED_QUERY}`)
    await page.getByRole('link', { name: RED, exact: true }).click()
    await page.getByTestId('rectify-new').click()
    const dialog = page.getByTestId('rectify-dialog')
    await dialog.locator('[name=owner]').fill('王明')
    await dialog.locator('[name=due]').fill('2024-12-31')
    expect(await layoutProblems(page)).toEqual([])
    await page.getByTestId('rectify-save').click()
    await expect(page.getByTestId('rectify-row')).toContainText('days overdue')
    expect(await layoutProblems(page)).toEqual([])
    expect(await chineseOutsideUserData(page)).toEqual([])
    await page.getByTestId('nav-rectify').click()
    await expect(page.getByTestId('rectify-row')).toHaveCount(1)
    await expect(page.getByTestId('rectify-count')).toHaveText('1 in all, 1 overdue')
    expect(await layoutProblems(page)).toEqual([])
    expect(await chineseOutsideUserData(page)).toEqual([])
  })
})
