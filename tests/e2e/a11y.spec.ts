import { drawCharts, expect, open, SEED_QUERY, test } from './fixtures'
import { seriousViolations } from './axe'

// Colours are checked at rest: no transition half-way between two states.
test.beforeEach(({ page }) => page.emulateMedia({ reducedMotion: 'reduce' }))

const ROUTES = [
  ['overview', '#/', 'level-scores'],
  ['indicators', '#/indicators', 'indicator-table'],
  ['budget', '#/budget', 'budget-execution-chart'],
  ['entry', '#/entry', 'entry-row'],
  ['import', '#/import', 'import-drop'],
  ['report', '#/report', 'monitoring'],
  ['data', '#/data', 'table-counts'],
] as const

for (const [name, hash, ready] of ROUTES) {
  test(`axe: no serious or critical violation on ${name}`, async ({ page }) => {
    await open(page, hash + SEED_QUERY)
    await expect(page.getByTestId(ready).first()).toBeVisible()
    // Charts below the fold are drawn once scrolled to: every one is checked drawn.
    await drawCharts(page)
    expect(await seriousViolations(page)).toEqual([])
  })
}

test('axe: no serious or critical violation on a drill-down, on the empty state, and in English', async ({ page }) => {
  await open(page, `#/indicators${SEED_QUERY}`)
  await page.getByRole('link', { name: '带动就业人数', exact: true }).click()
  await expect(page.getByTestId('indicator-target')).toBeVisible()
  expect(await seriousViolations(page)).toEqual([])

  await page.goto('./#/indicator/NO-SUCH-CODE')
  await expect(page.getByTestId('indicator-missing')).toBeVisible()
  expect(await seriousViolations(page)).toEqual([])

  await open(page, `#/${SEED_QUERY}`)
  await page.getByTestId('language-switch').first().getByText('English').click()
  await expect(page.getByTestId('page-title')).toHaveText('Overview')
  expect(await seriousViolations(page)).toEqual([])
})

test('axe: no serious or critical violation on the units grouped by 主管部门, a department opened, and its roll-up', async ({
  page,
}) => {
  await open(page, '#/units?year=2024&group=department')
  await expect(page.getByTestId('unit-row')).toHaveCount(1)
  await page.getByTestId('unit-parent-edit').click()
  await expect(page.getByTestId('unit-parent-input')).toBeFocused()
  expect(await seriousViolations(page)).toEqual([])

  await page.getByTestId('department-link').first().click()
  await expect(page.getByTestId('department-figures')).toBeVisible()
  await drawCharts(page)
  expect(await seriousViolations(page)).toEqual([])
})
