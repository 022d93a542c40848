import type { Page } from '@playwright/test'
import { expect, open, SEED_QUERY } from './fixtures'

/** A quarter's spending for the sample unit: a CSV every walk imports as far as its preview. */
const SPENDING_CSV = '年度,单位,类别,预算项目,季度,执行数\n2024,九江市柴桑区商务局,部门整体,人员经费,3,430\n'

/**
 * Opens every screen of the sample unit, a drill-down, and an import up to its preview: the walk a
 * test repeats under a changed browser (a strict policy, built-ins taken away) to prove nothing breaks.
 */
export async function walkScreens(page: Page, hashes: readonly string[]): Promise<void> {
  await open(page, `#/${SEED_QUERY}`)
  await expect(page.getByTestId('key-metrics')).toBeVisible()
  for (const hash of hashes) await open(page, hash + SEED_QUERY)
  await open(page, `#/indicators${SEED_QUERY}`)
  await page.getByRole('link', { name: '带动就业人数', exact: true }).click()
  await expect(page.getByTestId('indicator-chart')).toBeVisible()
  await open(page, `#/import${SEED_QUERY}`)
  await page
    .getByTestId('import-input')
    .setInputFiles({ name: 'q.csv', mimeType: 'text/csv', buffer: Buffer.from(SPENDING_CSV) })
  await expect(page.getByTestId('import-plan')).toBeVisible()
}
