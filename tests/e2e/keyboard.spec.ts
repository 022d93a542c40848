import AxeBuilder from '@axe-core/playwright'
import type { Locator, Page } from '@playwright/test'
import { expect, open, SEED_QUERY, test, UNIT } from './fixtures'

/** Presses Tab until `target` (or something inside it) has focus; fails after `max` presses. */
async function tabTo(page: Page, target: Locator, max = 150): Promise<void> {
  for (let i = 0; i < max; i++) {
    const focused = await target
      .evaluate((el) => el === document.activeElement || el.contains(document.activeElement))
      .catch(() => false)
    if (focused) return
    await page.keyboard.press('Tab')
  }
  throw new Error(`Tab never reached ${target}`)
}

const QUARTER_4 = ['年度,单位,类别,三级指标,季度,实际值,偏差原因', `2024,${UNIT},部门整体,带动就业人数,4,530人,`].join(
  '\n',
)

test('keyboard only: pick a file, commit the import, open a drill-down', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' })
  await open(page, `#/import${SEED_QUERY}`)
  await expect(page.getByTestId('import-history')).toBeVisible()
  // Listening before any key is pressed turns Playwright's file-chooser interception on in good time.
  const chooserOpened = page.waitForEvent('filechooser', { timeout: 15_000 })
  await page.locator('body').click({ position: { x: 1, y: 1 } }) // start from the document, as after a page load

  // The file picker opens from the keyboard; the OS dialog is where the file is chosen.
  await tabTo(page, page.getByTestId('import-pick'))
  await expect(page.getByTestId('import-pick')).toBeFocused()
  await page.keyboard.press('Enter')
  const chooser = await chooserOpened
  await chooser.setFiles({ name: '四季度.csv', mimeType: 'text/csv', buffer: Buffer.from(QUARTER_4, 'utf8') })
  await expect(page.getByTestId('import-errors')).toContainText('未发现问题')
  const { violations } = await new AxeBuilder({ page }).analyze()
  expect(
    violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} ${v.nodes.map((n) => n.target.join(' ') + ' ' + n.failureSummary).join(' | ')}`),
  ).toEqual([])

  await tabTo(page, page.getByTestId('import-commit'))
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('import-done')).toContainText('新增 1 条')

  // To the indicator list through the navigation; the new screen starts focus at its content.
  await tabTo(page, page.getByTestId('nav-indicators'))
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('page-title')).toHaveText('指标')
  await expect(page.locator('#main')).toBeFocused()

  await tabTo(page, page.getByRole('link', { name: '带动就业人数', exact: true }))
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('page-title')).toHaveText('带动就业人数')
  await expect(page.getByTestId('indicator-periods')).toContainText('530人')
  await expect(page.locator('#main')).toBeFocused()
})

test('lights always carry a word and a shape beside the colour', async ({ page }) => {
  await open(page, `#/${SEED_QUERY}`)
  await open(page, `#/indicators${SEED_QUERY}`)
  const lights = page.getByTestId('light')
  // Every 类别's lines, not only the first drawn: the texts are read once all are there.
  await expect.poll(() => lights.count()).toBeGreaterThan(30)
  const texts = await lights.allInnerTexts()
  for (const text of texts)
    expect(text).toMatch(/^[▲●◆■○]\s*(超序时|正常|预警|严重偏离|未填报|进行中|无法识别|无预算)$/)
})
