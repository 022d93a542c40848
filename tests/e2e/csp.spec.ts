import { expect, open, SEED_QUERY, test } from './fixtures'

test('the whole app works under its strict Content-Security-Policy', async ({ page }) => {
  // Record every CSP violation from the first script on.
  await page.addInitScript(() => {
    const seen: string[] = []
    ;(window as unknown as { __cspViolations: string[] }).__cspViolations = seen
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`))
  })
  await open(page, `#/${SEED_QUERY}`)
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')
  expect(policy).toContain("script-src 'self';")
  expect(policy).toContain("connect-src 'self';")
  expect(policy).toContain("worker-src 'self';")
  expect(policy).not.toContain('unsafe-eval')

  await expect(page.getByTestId('key-metrics')).toBeVisible()
  for (const hash of ['#/indicators', '#/budget', '#/report', '#/entry', '#/import', '#/data'])
    await open(page, hash + SEED_QUERY)
  await open(page, `#/indicators${SEED_QUERY}`)
  await page.getByRole('link', { name: '带动就业人数', exact: true }).click()
  await expect(page.getByTestId('indicator-chart')).toBeVisible()
  // The parse worker runs under the policy too.
  await open(page, `#/import${SEED_QUERY}`)
  await page.getByTestId('import-input').setInputFiles({
    name: 'q.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('年度,单位,类别,预算项目,季度,执行数\n2024,九江市柴桑区商务局,部门整体,人员经费,3,430\n'),
  })
  await expect(page.getByTestId('import-plan')).toBeVisible()
  expect(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)).toEqual([])
})
