import { expect, open, SEED_QUERY, test, UNIT } from './fixtures'

const ROUTES = [
  ['#/', '总览'],
  ['#/indicators', '指标'],
  ['#/budget', '预算'],
  ['#/report', '报告'],
  ['#/entry', '填报'],
  ['#/import', '导入'],
  ['#/data', '数据'],
] as const

for (const [hash, title] of ROUTES) {
  test(`${hash} renders its title for the seed department`, async ({ page }) => {
    await open(page, hash + SEED_QUERY)
    await expect(page.getByTestId('page-title')).toHaveText(title)
    await expect(page.getByTestId('page-context')).toContainText(UNIT)
    await expect(page).toHaveTitle(`${title} · 绩效看板`)
  })
}

test('every indicator links to its drill-down, which shows the target and quarters', async ({ page }) => {
  await open(page, `#/indicators${SEED_QUERY}`)
  const links = page.getByTestId('indicator-table').locator('a[href^="#/indicator/"]')
  await expect(links).toHaveCount(31)
  await page.getByRole('link', { name: '带动就业人数', exact: true }).click()
  await expect(page).toHaveURL(/#\/indicator\/2024-[0-9a-z]{11}\?/)
  await expect(page.getByTestId('page-title')).toHaveText('带动就业人数')
  await expect(page.getByTestId('indicator-target')).toHaveText('≥500人')
  const quarters = page.getByTestId('indicator-periods')
  await expect(quarters).toContainText('390人')
  await expect(quarters).toContainText('示例数据（非真实数据）')
  // The nav's 指标详情 tab now leads back to this indicator.
  await open(page, `#/budget${SEED_QUERY}`)
  await page.getByTestId('nav-indicator').click()
  await expect(page.getByTestId('page-title')).toHaveText('带动就业人数')
})

test('a deep link to an indicator works from a fresh tab; an unknown code says so', async ({ page }) => {
  await open(page, `#/indicators${SEED_QUERY}`)
  const href = await page.getByRole('link', { name: '企业满意度' }).getAttribute('href')
  const code = href!.replace(/^#\/indicator\//, '').replace(/\?.*$/, '')
  await page.goto(`./#/indicator/${code}`)
  await expect(page.getByTestId('page-title')).toHaveText('企业满意度')
  await page.goto('./#/indicator/NO-SUCH-CODE')
  await expect(page.getByTestId('indicator-missing')).toContainText('找不到该指标')
})

test('the language switch turns the UI to English and is remembered', async ({ page }) => {
  await open(page, '#/')
  await page.getByTestId('language-switch').getByText('English').click()
  await expect(page.getByTestId('page-title')).toHaveText('Overview')
  await page.reload()
  await expect(page.getByTestId('page-title')).toHaveText('Overview')
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await page.getByTestId('language-switch').getByText('中文').click()
  await expect(page.getByTestId('page-title')).toHaveText('总览')
})

test('the data page clears everything after confirmation and loads the sample again', async ({ page }) => {
  await open(page, '#/data')
  await expect(page.getByTestId('table-counts')).toContainText('31')

  // Cancelling changes nothing.
  await page.getByTestId('clear-all').click()
  await page.getByRole('button', { name: '取消' }).click()
  await expect(page.getByTestId('table-counts')).toContainText('31')

  await page.getByTestId('clear-all').click()
  await page.getByRole('button', { name: '确定' }).click()
  await expect(page.getByText('已清除全部数据')).toBeVisible()
  await page.getByTestId('nav-overview').click()
  await expect(page.getByTestId('empty-state')).toContainText('尚未导入数据')
  await page.getByTestId('empty-go-import').click()
  await expect(page.getByTestId('page-title')).toHaveText('导入')

  // Clearing is not undone by a reload: first start seeds only a never-used database.
  await page.goto('./#/')
  await page.reload()
  await expect(page.getByTestId('empty-state')).toContainText('尚未导入数据')
  await open(page, '#/data')
  await page.getByTestId('reload-sample').click()
  await page.getByRole('button', { name: '确定' }).click()
  await expect(page.getByText('已载入示例数据')).toBeVisible()
  await page.getByTestId('nav-overview').click()
  await expect(page.getByTestId('indicator-count')).toContainText('31')
})

test('the indicator list filters by light and 类别, with lights in words', async ({ page }) => {
  await open(page, `#/indicators${SEED_QUERY}`)
  await expect(page.getByTestId('indicator-shown')).toHaveText('显示 31 / 31 个指标')
  await page.getByTestId('filter-light').click()
  await page.getByRole('option', { name: '严重偏离' }).click()
  await page.keyboard.press('Escape')
  await expect(page.getByTestId('indicator-shown')).toHaveText('显示 3 / 31 个指标')
  await expect(page.getByTestId('indicator-table').first()).toContainText('全年引进固投2000万元以上项目')
  await page.getByTestId('filter-scope').click()
  await page.getByRole('option', { name: '招商引资' }).click()
  await page.keyboard.press('Escape')
  await expect(page.getByTestId('indicator-shown')).toHaveText('显示 1 / 31 个指标')
  await expect(page.getByTestId('indicator-table')).toContainText('新增招商引资项目预计带动就业人数')
})

test('a drill-down chart downloads as a PNG image', async ({ page }) => {
  await open(page, `#/indicators${SEED_QUERY}`)
  await page.getByRole('link', { name: '带动就业人数', exact: true }).click()
  await expect(page.getByTestId('indicator-chart')).toBeVisible()
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('chart-png').click()])
  expect(download.suggestedFilename()).toMatch(/\.png$/)
  const { readFile } = await import('node:fs/promises')
  const bytes = await readFile((await download.path())!)
  expect([...bytes.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47])
  expect(bytes.length).toBeGreaterThan(5000)
})

test('#/units lists every unit of the year, each a link to its overview', async ({ page }) => {
  await open(page, `#/units?year=2024`)
  await expect(page.getByTestId('page-title')).toHaveText('单位')
  await expect(page.getByTestId('page-context')).toHaveText('2024 年')
  const rows = page.getByTestId('unit-row')
  await expect(rows).toHaveCount(1)
  await expect(rows.first()).toContainText('黄灯')
  await expect(rows.first()).toContainText('94.29 优')
  await rows.first().getByRole('link', { name: UNIT }).click()
  await expect(page.getByTestId('unit-name')).toHaveText(UNIT)
})

test('a link may name the period by quarter= or month=, and the view follows it', async ({ page }) => {
  await open(page, `#/indicators?unit=${encodeURIComponent(UNIT)}&year=2024&quarter=2`)
  await expect(page.getByTestId('page-context')).toContainText('第2季度')
  await expect(page).toHaveURL(/[?&]q=2/)
  await open(page, `#/?unit=${encodeURIComponent(UNIT)}&year=2024&month=9`)
  await expect(page.getByTestId('page-context')).toContainText('第3季度')
  await expect(page).toHaveURL(/[?&]q=3/)
})

test('the drill-down never shows a code the app derived, and names its figures one way', async ({ page }) => {
  await open(page, `#/indicators${SEED_QUERY}`)
  await page.getByRole('link', { name: '2024年实现内资进资额' }).click()
  await expect(page.getByTestId('indicator-facts')).toBeVisible()
  await expect(page.getByTestId('indicator-code')).toHaveCount(0)
  await expect(page.getByTestId('indicator-facts')).not.toContainText('2024-')
  // 52 of 100 亿元 at Q3: 完成率 52.0%, 序时进度 75.0%, 预计完成值 69.33亿元 (测算), 预计完成率 69.3%, 预计得分 3.15
  await expect(page.getByTestId('figure-ratio')).toHaveText('52.0%')
  await expect(page.getByTestId('figure-time')).toHaveText('75.0%')
  await expect(page.getByTestId('figure-projected-value')).toHaveText('69.33亿元（测算）')
  await expect(page.getByTestId('figure-projected-ratio')).toHaveText('69.3%')
  await expect(page.getByTestId('figure-score')).toHaveText('3.15')
  await expect(page.getByTestId('indicator-formula')).toHaveText(
    '分值 4.55 × min(预计完成率 69.3%, 1) = 4.55 × 69.3% = 3.15',
  )
})
