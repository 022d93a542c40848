import { expect, open, SEED_QUERY, test } from './fixtures'

test('the drill-down of a 亿元 target draws and lists its values in 亿元', async ({ page }) => {
  await open(page, `#/indicators${SEED_QUERY}`)
  await page.getByRole('link', { name: '2024年实现内资进资额' }).click()
  const chart = page.getByTestId('indicator-chart')
  // The axis is named by the target's unit word, the user's own, listed on the panel.
  await expect(chart).toHaveAttribute('data-user-words', '["亿元"]')
  // Q2 was typed as 420000万元: 42 亿元, on the chart and in the table.
  await expect(chart.locator('figcaption')).toContainText('第2季度 42亿元')
  await expect(chart.locator('figcaption')).not.toContainText('万元')
  const periods = page.getByTestId('indicator-periods')
  await expect(periods).toContainText('42亿元')
  await expect(periods).toContainText('52亿元')
  await expect(periods).not.toContainText('420000')
})

test('in English a 亿元 target keeps its unit word beside its values', async ({ page }) => {
  await open(page, `#/indicators${SEED_QUERY}`)
  await page.getByTestId('language-switch').first().getByText('English').click()
  await page.getByRole('link', { name: '2024年实现内资进资额' }).click()
  await expect(page.getByTestId('figure-projected-value')).toHaveText('69.33亿元 (estimate)')
  await expect(page.getByTestId('indicator-periods')).toContainText('42亿元')
  await expect(page.getByTestId('indicator-chart').locator('figcaption')).toContainText('42亿元')
})

test('opening an indicator from far down the overview shows its title', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 700 })
  await open(page, `#/${SEED_QUERY}`)
  const behind = page.getByTestId('behind-list')
  const link = behind.getByRole('link').first()
  await link.scrollIntoViewIfNeeded()
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(200)
  await link.click()
  await expect(page).toHaveURL(/#\/indicator\//)
  const title = page.getByTestId('page-title')
  await expect(title).toBeVisible()
  await expect(async () => {
    const box = (await title.boundingBox())!
    expect(box.y).toBeGreaterThanOrEqual(0)
    expect(box.y + box.height).toBeLessThanOrEqual(700)
  }).toPass()
})
