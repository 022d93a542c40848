import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { expect, open, test, UNIT } from './fixtures'

const QUERY = `?unit=${encodeURIComponent(UNIT)}&year=2024&q=3`
const TEAMS = '组建招商组团数'

test('entry guards the typist: an unlikely value is confirmed once, a value that does not read blanks its light, a long reason is cut', async ({
  page,
}) => {
  await open(page, `#/entry${QUERY}`)
  // The sample has values to 第3季度: 第4季度 is offered, 组建招商组团数 stood at 11个.
  await expect(page.getByTestId('entry-period')).toContainText('第4季度')
  const row = page.getByTestId('entry-row').filter({ hasText: TEAMS })
  await expect(row.getByTestId('entry-previous')).toHaveText('11个')
  const value = row.locator('[name=actual]')
  const save = page.getByTestId('entry-save')

  // A negative count, and below the last cumulative value: warned beside the field, not refused.
  await value.fill('-5')
  const warnings = row.getByTestId('entry-warning')
  await expect(warnings).toHaveText(["'-5' 为负数：数量和金额通常不为负", "'-5' 低于上期的累计值 11个"])
  await expect(page.getByTestId('entry-message')).toHaveCount(0)
  await expect(save).toBeDisabled()
  await expect(page.getByTestId('entry-unconfirmed')).toHaveText('有 1 个值待确认')
  await row.getByTestId('entry-confirm').check()
  await expect(save).toBeEnabled()

  // A jump past ten times the last value asks again.
  await value.fill('12,000')
  await expect(warnings).toHaveText(["'12,000' 超过上期 11个 的 10 倍"])
  await expect(row.getByTestId('entry-confirm')).not.toBeChecked()
  await expect(save).toBeDisabled()

  // A value that does not read: the message beside it, and no light or rates from another value.
  await value.fill('abc')
  await expect(row.getByTestId('entry-message')).toHaveText("'abc' 不是数字")
  await expect(row.getByTestId('entry-warning')).toHaveCount(0)
  await expect(row.getByTestId('entry-no-light')).toHaveText('')
  await expect(row.locator('.light-tag')).toHaveCount(0)
  await expect(row).not.toContainText('%')
  await value.fill('12个')
  await expect(row.getByTestId('entry-message')).toHaveCount(0)
  await expect(row).toContainText('%')

  // A reason of 5,000 characters is cut at 500, the counter showing.
  const reason = row.locator('[name=reason]')
  await reason.fill('因'.repeat(5000))
  await expect(reason).toHaveValue('因'.repeat(500))
  await expect(row.getByTestId('entry-counter')).toHaveText('500/500')
  await expect(row.getByTestId('entry-cut')).toHaveText('超过 500 字，已截断')
  // A direction override is dropped, and said.
  await reason.fill('\u202E场地未落实')
  await expect(reason).toHaveValue('场地未落实')
  await expect(row.getByTestId('entry-stripped')).toHaveText('已删除 1 个控制字符或文字方向字符')
  await expect(row.getByTestId('entry-counter')).toHaveText('5/500')

  // The draft of 第4季度 is named when another period is open, and opens from there.
  await page.getByTestId('entry-period').click()
  await page.getByRole('option', { name: '第3季度（已填报，可修改）' }).click()
  await expect(page.getByTestId('entry-other-drafts')).toContainText('以下填报期有未保存的草稿：')
  await page.getByTestId('entry-open-draft').filter({ hasText: '第4季度' }).click()
  await expect(page.getByTestId('entry-period')).toContainText('第4季度')
  await expect(value).toHaveValue('12个')
  await expect(page.getByTestId('entry-other-drafts')).toHaveCount(0)
  // Opened afresh, the page names it too.
  await open(page, `#/entry${QUERY}`)
  await page.getByTestId('entry-period').click()
  await page.getByRole('option', { name: '第3季度（已填报，可修改）' }).click()
  await expect(page.getByTestId('entry-open-draft')).toHaveText(['打开第4季度'])
})

test('an import drops a direction override from a unit name and tells unlikely values, as entry does', async ({
  page,
}) => {
  await open(page, `#/import${QUERY}`)
  const actuals = ['年度,单位,类别,三级指标,季度,实际值', `2024,\u202E${UNIT},部门整体,${TEAMS},4,-5`].join('\n')
  await page
    .getByTestId('import-input')
    .setInputFiles([{ name: 'q4.csv', mimeType: 'text/csv', buffer: Buffer.from(actuals, 'utf8') }])
  const notices = page.getByTestId('import-notices')
  await expect(notices).toContainText(
    'q4.csv：第2行（共 1 行）的单位含控制字符或文字方向字符（如 U+202E），已删除 1 个',
  )
  await expect(notices).toContainText(`q4.csv 第2行 ${TEAMS}：实际值 -5 为负数，请确认`)
  await expect(notices).toContainText(`q4.csv 第2行 ${TEAMS}：累计值 -5 低于上期的 11个，请确认`)
  // A warning, not a refusal: the row is taken, under the unit as it reads.
  await page.getByTestId('import-commit').click()
  await expect(page.getByTestId('import-done')).toContainText('新增 1 条')
})

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } })

  test('the name column stays in view while the values scroll sideways', async ({ page }) => {
    await open(page, `#/entry${QUERY}`)
    const row = page.getByTestId('entry-row').filter({ hasText: TEAMS })
    const name = row.locator('th.name')
    const before = (await name.boundingBox())!
    await row.locator('[name=reason]').focus()
    await row.locator('[name=reason]').scrollIntoViewIfNeeded()
    const scroller = page.locator('.entry-table').locator('xpath=..')
    await expect.poll(() => scroller.evaluate((el) => el.scrollLeft)).toBeGreaterThan(200)
    const after = (await name.boundingBox())!
    expect(after.x).toBeCloseTo(before.x, 0)
    await expect(name).toBeInViewport()
    // The field being typed in is in view beside it.
    await expect(row.locator('[name=reason]')).toBeInViewport()
  })
})

test('the brief stays one page when every reason is as long as allowed', async ({ page }, testInfo) => {
  test.slow()
  await open(page, `#/entry${QUERY}`)
  await page.getByTestId('entry-period').click()
  await page.getByRole('option', { name: '第3季度（已填报，可修改）' }).click()
  const rows = page.getByTestId('entry-row')
  await expect(rows).toHaveCount(31)
  const long = '由于外部环境变化和项目推进节奏调整，'.repeat(300)
  // Every line with a value gets a reason of 5,400 characters, kept as its first 500.
  for (const row of await rows.all())
    if ((await row.locator('[name=actual]').inputValue()) !== '') await row.locator('[name=reason]').fill(long)
  await expect(rows.first().locator('[name=reason]')).toHaveValue(long.slice(0, 500))
  await page.getByTestId('entry-save').click()
  await expect(page.getByTestId('entry-saved')).toBeVisible()

  await open(page, `#/report${QUERY}`)
  await expect(page.getByTestId('monitoring').first()).toBeVisible()
  await page.evaluate(() => (document.documentElement.dataset.print = 'brief'))
  const path = testInfo.outputPath('brief.pdf')
  writeFileSync(path, await page.pdf({ preferCSSPageSize: true, printBackground: true }))
  const pages = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' })
    .split('\f')
    .filter((text) => text.trim() !== '')
  expect(pages).toHaveLength(1)
  const text = pages[0]!.replace(/\s+/g, '')
  expect(text).toContain('第1页共1页')
  // Ten lines behind, each reason cut at two lines: eight listed, the rest counted.
  expect(text).toContain('预警与严重偏离的指标（10项）')
  expect(text).toContain('另有2项，见绩效监控表。')
})
