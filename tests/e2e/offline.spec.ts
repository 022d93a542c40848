import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, open, SEED_QUERY, test } from './fixtures'

test('after a first visit on this machine the app opens with the network off, and says it can', async ({
  page,
  context,
}) => {
  await open(page, `#/${SEED_QUERY}`)
  await expect(page.getByTestId('key-metrics')).toBeVisible()
  // The service worker installs after the first paint and has precached the build once ready.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready
  })
  await open(page, `#/data${SEED_QUERY}`)
  await expect(page.getByTestId('offline-status')).toContainText('本应用已可离线打开')
  await context.setOffline(true)
  await page.reload()
  await expect(page.getByTestId('page-title')).toBeVisible()
  await open(page, `#/${SEED_QUERY}`)
  await expect(page.getByTestId('key-metrics')).toBeVisible()
  await expect(page.getByTestId('spent-total')).toContainText('560')
  // Screens loaded on demand come from the cache too.
  await open(page, `#/report${SEED_QUERY}`)
  await expect(page.getByTestId('monitoring').first()).toBeVisible()
  await context.setOffline(false)
})

test('a new build is announced, and not swapped in under an unsaved entry draft', async ({ page }) => {
  const sw = join(process.cwd(), 'dist', 'sw.js')
  const original = readFileSync(sw, 'utf8')
  try {
    await open(page, `#/${SEED_QUERY}`)
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready
    })
    // A later opening: the page is now served by the installed build, as a returning user's is.
    await page.reload()
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null)
    await expect(page.getByTestId('update-available')).toHaveCount(0)
    // A new build on the server: the browser finds a different service worker at its next check.
    writeFileSync(sw, `${original}\n// a new build\n`)
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration()
      await registration?.update()
    })
    const notice = page.getByTestId('update-available')
    await expect(notice).toContainText('有新版本', { timeout: 15_000 })
    // An unsaved period on #/entry holds the new build back.
    await page.evaluate(() => localStorage.setItem('jixiao-entry-draft:测试|2024|12', '{"values":{},"spending":{}}'))
    await page.getByTestId('update-reload').click()
    await expect(notice).toContainText('填报页有未保存的草稿')
    await page.evaluate(() => localStorage.removeItem('jixiao-entry-draft:测试|2024|12'))
    // The page reloads into the new build, which no longer waits.
    await Promise.all([page.waitForEvent('load'), page.getByTestId('update-reload').click()])
    await expect(page.getByTestId('page-title')).toBeVisible()
    await expect(page.getByTestId('update-available')).toHaveCount(0)
  } finally {
    writeFileSync(sw, original)
  }
})
