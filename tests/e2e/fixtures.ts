import { test as base, expect, type Page } from '@playwright/test'

export const UNIT = '九江市柴桑区商务局'

/** The view query for the seed department at 2024 Q3. */
export const SEED_QUERY = `?unit=${encodeURIComponent(UNIT)}&year=2024&q=3`

interface Guard {
  /** Console errors and uncaught page errors seen so far. */
  errors: string[]
  /** Requests to anything but the app's own origin. */
  outbound: string[]
}

/**
 * `page` comes with a guard that records console errors, page errors and any request
 * leaving the origin; every test ends by asserting both lists are empty.
 */
export const test = base.extend<{ guard: Guard }>({
  guard: [
    async ({ page, baseURL }, use) => {
      const origin = new URL(baseURL!).origin
      const guard: Guard = { errors: [], outbound: [] }
      page.on('console', (message) => {
        if (message.type() === 'error') guard.errors.push(message.text())
      })
      page.on('pageerror', (error) => guard.errors.push(error.message))
      page.on('request', (request) => {
        const url = request.url()
        if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) guard.outbound.push(url)
      })
      await use(guard)
      expect(guard.errors, 'console or page errors').toEqual([])
      expect(guard.outbound, 'requests leaving the origin').toEqual([])
    },
    { auto: true },
  ],
})

export { expect }

/** Opens a hash route and waits until the shell has shown its page title. */
export async function open(page: Page, hash: string): Promise<void> {
  await page.goto(`./${hash}`)
  await expect(page.getByTestId('page-title')).toBeVisible()
}

/**
 * Scrolls to every chart on the page (those below the fold are drawn once near the
 * screen), waits until each has drawn its current option, and scrolls back to the top.
 */
export async function drawCharts(page: Page): Promise<void> {
  // Charts may mount while this waits (the overview's arrive in a chunk of their own): each
  // poll scrolls to any still waiting.
  await page.waitForFunction(() => {
    const panels = [...document.querySelectorAll<HTMLElement>('.chart-panel')]
    panels.find((c) => c.dataset.drawn === 'later')?.scrollIntoView()
    return panels.every((c) => c.dataset.drawn === 'true')
  })
  await page.evaluate(() => window.scrollTo(0, 0))
}
