import { expect, open, SEED_QUERY, test } from './fixtures'
import { walkScreens } from './walkScreens'

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

  // The parse worker runs under the policy too (the walk ends in an import's preview).
  await walkScreens(page, ['#/indicators', '#/budget', '#/report', '#/entry', '#/import', '#/data'])
  expect(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)).toEqual([])
})
