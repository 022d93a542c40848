import { expect, open, test, UNIT } from './fixtures'

test('a fresh browser opens #/ and sees the seed department with its 31 indicators', async ({ page }) => {
  await open(page, '#/')
  await expect(page.getByTestId('unit-name')).toHaveText(UNIT)
  await expect(page.getByTestId('indicator-count')).toContainText('31')
  await expect(page.getByTestId('scope-counts')).toContainText('部门整体')
  await expect(page.getByTestId('scope-counts')).toContainText('招商引资')
  // Illustrative actuals are always labelled.
  await expect(page.getByTestId('sample-banner')).toContainText('示例数据（非真实数据）')
  // The view is written into the URL, so the link can be shared.
  await expect(page).toHaveURL(/#\/\?unit=%E4%B9%9D.*&year=2024&q=3$/)
  await expect(page.getByTestId('reported-count')).toContainText('29 / 31')
  await expect(page.getByTestId('budget-total')).toContainText('734.05')
  await expect(page.getByTestId('spent-total')).toContainText('560')
})

test('a copied link opens the same unit, year and quarter', async ({ page, context }) => {
  await open(page, '#/')
  await page.getByTestId('pick-quarter').click()
  await page.getByRole('option', { name: '第1季度（已填报）' }).click()
  await expect(page).toHaveURL(/q=1$/)
  await expect(page.getByTestId('reported-count')).toContainText('27 / 31')
  const copied = page.url()

  const other = await context.newPage()
  await other.goto(copied)
  await expect(other.getByTestId('page-context')).toHaveText(`${UNIT} · 2024 年 · 第1季度`)
  await expect(other.getByTestId('reported-count')).toContainText('27 / 31')
  await other.close()
})

test('without a query the app reopens the last viewed selection', async ({ page }) => {
  await open(page, '#/?q=2')
  await expect(page.getByTestId('page-context')).toHaveText(`${UNIT} · 2024 年 · 第2季度`)
  await open(page, '#/budget')
  await expect(page).toHaveURL(/#\/budget\?.*q=2$/)
  await expect(page.getByTestId('page-context')).toHaveText(`${UNIT} · 2024 年 · 第2季度`)
})

test('switching the year shows the 2023 budget with its execution', async ({ page }) => {
  await open(page, '#/budget')
  const years = page.getByTestId('budget-years')
  await expect(years).toContainText('2023 年')
  await expect(years).toContainText('100.0%')
  await expect(years).toContainText('76.3%')
  await page.getByTestId('pick-year').click()
  await page.getByRole('option', { name: '2023 年' }).click()
  await expect(page).toHaveURL(/year=2023&q=4$/)
  const fund = page.getByTestId('budget-fund')
  await expect(fund).toContainText('部门整体支出')
  await expect(fund).toContainText('757.3')
  await expect(fund).toContainText('1,773.6')
})

test('a year with a budget and no indicators shows no total: 已评分指标不足, never 100 优', async ({ page }) => {
  await open(page, `#/?unit=${encodeURIComponent(UNIT)}&year=2023`)
  await expect(page.getByTestId('scope-total')).toHaveText('—')
  await expect(page.getByTestId('scope-insufficient')).toHaveText('已评分指标不足')
  await expect(page.getByTestId('scope-grade')).toHaveCount(0)
  await expect(page.getByTestId('budget-only')).toContainText('2023 年只导入了预算')
  await expect(page.getByText('尚未导入数据')).toHaveCount(0)
})
