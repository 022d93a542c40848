import { test as bare } from '@playwright/test'
import { walkScreens } from './walkScreens'
import { expect, open, SEED_QUERY, test } from './fixtures'

// Where the app cannot start, index.html's message says which browsers work (docs/browsers.md).
const MESSAGE = '[data-testid=browser-unsupported]'

test('dual-engine browsers are told to use their Chromium engine (极速模式)', async ({ page }) => {
  await open(page, `#/${SEED_QUERY}`)
  await expect(page.locator('meta[name=renderer]')).toHaveAttribute('content', 'webkit')
  await expect(page.locator('meta[name=force-rendering]')).toHaveAttribute('content', 'webkit')
  await expect(page.locator('meta[http-equiv=X-UA-Compatible]')).toHaveAttribute('content', 'IE=edge')
})

test('a normal start never shows the message, not even for a moment', async ({ page }) => {
  // Recorded from the first script on: any moment the message is laid out counts.
  await page.addInitScript(() => {
    const seen: string[] = []
    ;(window as unknown as { __shown: string[] }).__shown = seen
    new MutationObserver(() => {
      const message = document.getElementById('browser-unsupported')
      if (message && message.style.display !== 'none') seen.push(message.getAttribute('data-reason') ?? 'shown')
    }).observe(document, { subtree: true, attributes: true, childList: true })
  })
  await open(page, `#/${SEED_QUERY}`)
  await expect(page.locator('html')).toHaveAttribute('data-booted', 'true')
  await expect(page.locator(MESSAGE)).toBeHidden()
  expect(await page.evaluate(() => (window as unknown as { __shown: string[] }).__shown)).toEqual([])
})

bare('with JavaScript off, the page says to turn it on and which browsers work', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL })
  const page = await context.newPage()
  await page.goto('./')
  const message = page.locator(MESSAGE)
  await expect(message).toBeVisible()
  await expect(message).toContainText('浏览器禁用了 JavaScript')
  await expect(message).toContainText('Chrome 或 Edge 86 及以上版本')
  await expect(message).toContainText('Firefox ESR 115 及以上版本')
  await expect(message).toContainText('选择“极速模式”')
  await context.close()
})

bare('a start whose main script never loads shows the message at once', async ({ page }) => {
  await page.route('**/assets/index-*.js', (route) => route.abort())
  await page.goto('./')
  const message = page.locator(MESSAGE)
  await expect(message).toBeVisible({ timeout: 5_000 })
  await expect(message).toHaveAttribute('data-reason', 'load')
  await expect(message).toContainText('此浏览器无法打开绩效看板')
  // Only the scripts-off line is for pages without JavaScript.
  await expect(message.getByText('浏览器禁用了 JavaScript')).toBeHidden()
  await expect(page.getByTestId('page-title')).toHaveCount(0)
})

bare('a main script that does not parse shows the message', async ({ page }) => {
  await page.route('**/assets/index-*.js', (route) =>
    route.fulfill({ contentType: 'text/javascript', body: 'class A { static { } }; const x = ;' }),
  )
  await page.goto('./')
  await expect(page.locator(MESSAGE)).toBeVisible({ timeout: 5_000 })
  await expect(page.locator(MESSAGE)).toHaveAttribute('data-reason', 'error')
})

bare('a browser below the floor is turned away before the app loads', async ({ page }) => {
  // Chromium 84 and older have no String.prototype.replaceAll.
  await page.addInitScript(() => {
    delete (String.prototype as { replaceAll?: unknown }).replaceAll
  })
  await page.goto('./')
  await expect(page.locator(MESSAGE)).toBeVisible({ timeout: 5_000 })
  await expect(page.locator(MESSAGE)).toHaveAttribute('data-reason', 'browser')
  // The app loads but does not start there: the message stays the page (a normal start takes about a second).
  await page.waitForTimeout(3_000)
  await expect(page.getByTestId('page-title')).toHaveCount(0)
  await expect(page.locator(MESSAGE)).toBeVisible()
})

bare('a start that stalls shows the message after the timeout, and a late start takes it back', async ({ page }) => {
  await page.clock.install()
  let release: () => void = () => undefined
  const held = new Promise<void>((resolve) => (release = resolve))
  await page.route('**/assets/index-*.js', async (route) => {
    await held
    await route.continue()
  })
  await page.goto('./', { waitUntil: 'commit' })
  // Parsed to the end (the held module runs only after): boot-check.js has run and set its timer.
  await expect.poll(() => page.evaluate(() => document.readyState)).toBe('interactive')
  await page.clock.runFor(29_000)
  await expect(page.locator(MESSAGE)).toBeHidden()
  await page.clock.runFor(2_000)
  await expect(page.locator(MESSAGE)).toBeVisible()
  await expect(page.locator(MESSAGE)).toHaveAttribute('data-reason', 'timeout')
  release()
  await page.clock.resume()
  await expect(page.getByTestId('page-title')).toBeVisible({ timeout: 15_000 })
  await expect(page.locator(MESSAGE)).toBeHidden()
})

test('every screen works without the built-ins newer than Chromium 86 (the polyfills stand in)', async ({ page }) => {
  // What Chromium 86 lacks that a page can take away; syntax and CSS are for npm run check:browsers.
  await page.addInitScript(() => {
    const drop = (owner: object, names: string[]) => {
      for (const name of names) delete (owner as Record<string, unknown>)[name]
    }
    drop(Object, ['hasOwn', 'groupBy'])
    drop(Array.prototype, ['at', 'findLast', 'findLastIndex', 'toSorted', 'toReversed', 'toSpliced', 'with'])
    drop(String.prototype, ['at', 'isWellFormed', 'toWellFormed'])
    drop(Array, ['fromAsync'])
    drop(Promise, ['withResolvers'])
    drop(AbortSignal, ['timeout', 'any'])
    drop(Crypto.prototype, ['randomUUID'])
    drop(globalThis, ['structuredClone'])
  })
  await walkScreens(page, ['#/indicators', '#/budget', '#/units', '#/report', '#/entry', '#/import', '#/data'])
  // From 导入 to 数据 in the app (without Object.hasOwn the tab stayed on 导入).
  await open(page, `#/import${SEED_QUERY}`)
  await page.getByRole('link', { name: '数据' }).first().click()
  await expect(page.getByTestId('page-title')).toHaveText('数据')
})
