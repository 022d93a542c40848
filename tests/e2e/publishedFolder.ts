import { createHash } from 'node:crypto'
import type { Page, Route } from '@playwright/test'
import { expect, open } from './fixtures'

export const sha = (text: string) => createHash('sha256').update(Buffer.from(text, 'utf8')).digest('hex')

/** A folder the test serves at /<name>/: its files, the manifest, and a count of each fetch. */
export function folder(page: Page, name = 'published') {
  const files = new Map<string, string>()
  const hashes = new Map<string, string>()
  const fetched = new Map<string, number>()
  let rules: unknown
  let down = false
  const serve = async (route: Route) => {
    const path = decodeURIComponent(new URL(route.request().url()).pathname.replace(new RegExp(`^.*/${name}/`), ''))
    fetched.set(path, (fetched.get(path) ?? 0) + 1)
    if (down) return route.abort('connectionrefused')
    if (path === 'jixiao-manifest.json') {
      const listed = [...files.keys()].map((p) => ({ path: p, sha256: hashes.get(p) ?? sha(files.get(p)!) }))
      return route.fulfill({
        contentType: 'application/json',
        body: JSON.stringify({ version: 1, files: listed, ...(rules !== undefined && { rules }) }),
      })
    }
    const body = files.get(path)
    return body === undefined
      ? route.fulfill({ status: 404, body: 'not found' })
      : route.fulfill({ contentType: 'text/csv', body })
  }
  return {
    files,
    hashes,
    fetched,
    start: () => page.route(`**/${name}/**`, serve),
    /** The province's rules the manifest carries from now on. */
    publishRules: (next: unknown) => (rules = next),
    stop: () => (down = true),
  }
}

/** The browser logs the folder's failed fetches (404, refused) itself: expected here, and only here. */
export function allowFailedFetches(guard: { errors: string[] }): void {
  const kept = guard.errors.filter((e) => !/Failed to load resource|net::ERR_/.test(e))
  guard.errors.splice(0, guard.errors.length, ...kept)
}

/** Opens a route as a new opening of the app (a reload), which is when a set folder is synced. */
export async function reopen(page: Page, hash: string): Promise<void> {
  await open(page, hash)
  await page.reload()
  await expect(page.getByTestId('page-title')).toBeVisible()
}
