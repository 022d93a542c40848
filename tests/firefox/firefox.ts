// Drives Debian's Firefox ESR with puppeteer-core over WebDriver BiDi (no browser is ever
// downloaded). Each session is a browser context of its own: its own IndexedDB, its own
// downloads folder, and a guard that collects console errors, page errors, CSP violations
// and requests leaving the origin, which every journey ends by asserting empty.
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, BrowserContext, ElementHandle, LaunchOptions, Page } from 'puppeteer-core'

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr'
export const FIREFOX_PORT = 4174
export const BASE = `http://127.0.0.1:${FIREFOX_PORT}/`

/** Headless Firefox ESR, in Chinese, kept off the (closed) network. */
export function launchOptions(): LaunchOptions {
  return {
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    protocol: 'webDriverBiDi',
    headless: true,
    extraPrefsFirefox: {
      'intl.accept_languages': 'zh-CN',
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      'browser.safebrowsing.update.enabled': false,
      'app.update.enabled': false,
    },
  }
}

export interface Session {
  page: Page
  context: BrowserContext
  /** Console errors, page errors, CSP violations and outbound requests, as seen. */
  problems: string[]
  /** Where this session's downloads land. */
  downloads: string
}

/** A fresh context (empty storage) with its guard and a downloads folder. */
export async function openSession(browser: Browser): Promise<Session> {
  const downloads = mkdtempSync(join(tmpdir(), 'jixiao-firefox-downloads-'))
  const context = await browser.createBrowserContext({ downloadBehavior: { policy: 'allow', downloadPath: downloads } })
  const page = await context.newPage()
  await page.setViewport({ width: 1440, height: 900 })
  const problems: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`)
  })
  page.on('pageerror', (error) =>
    problems.push(`page error: ${error instanceof Error ? error.message : String(error)}`),
  )
  page.on('request', (request) => {
    const url = request.url()
    if (!url.startsWith(BASE) && !url.startsWith('data:') && !url.startsWith('blob:')) problems.push(`outbound: ${url}`)
  })
  // A violation is an event in the page; reported as a console error, the guard sees it.
  await page.evaluateOnNewDocument(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`)
    })
  })
  return { page, context, problems, downloads }
}

/** Opens a hash route of the app and waits for the shell's page title. */
export async function go(page: Page, hash: string): Promise<void> {
  await page.goto(BASE + hash)
  await page.waitForSelector('[data-testid="page-title"]', { visible: true })
}

const byTestId = (id: string) => `[data-testid="${id}"]`

/** Waits until the element with the test id contains the text, and returns its text. */
export async function waitForText(page: Page, testId: string, text: string, timeout = 30_000): Promise<string> {
  try {
    await page.waitForFunction(
      (selector, wanted) => [...document.querySelectorAll(selector)].some((e) => e.textContent?.includes(wanted)),
      { timeout, polling: 100 },
      byTestId(testId),
      text,
    )
  } catch (error) {
    const shown = await page
      .$$eval(byTestId(testId), (all) => all.map((e) => e.textContent ?? '').join(' | '))
      .catch(() => '(none)')
    throw new Error(`"${testId}" never contained "${text}"; it shows: ${shown.slice(0, 400) || '(nothing)'}`, {
      cause: error,
    })
  }
  return textOf(page, testId)
}

/** Waits until the page's visible text contains the text anywhere. */
export async function waitForPageText(page: Page, text: string, timeout = 30_000): Promise<void> {
  try {
    await page.waitForFunction((wanted) => document.body.innerText.includes(wanted), { timeout, polling: 100 }, text)
  } catch (error) {
    throw new Error(`the page never showed "${text}"`, { cause: error })
  }
}

/** The text of the first element with the test id. */
export async function textOf(page: Page, testId: string): Promise<string> {
  return page.$eval(byTestId(testId), (e) => e.textContent ?? '')
}

/** Clicks the first visible element with the test id. */
export async function clickTestId(page: Page, testId: string): Promise<void> {
  await page.locator(`${byTestId(testId)}`).click()
}

/** Clicks the primary button of the open confirmation dialog. */
export async function confirmDialog(page: Page): Promise<void> {
  await page.locator('.el-message-box__btns .el-button--primary').click()
}

/** Hands files to a file input, as a user choosing them does. */
export async function chooseFiles(page: Page, testId: string, paths: string[]): Promise<void> {
  const input = (await page.waitForSelector(byTestId(testId))) as ElementHandle<HTMLInputElement> | null
  await input!.uploadFile(...paths)
}

/** Waits for the one finished download of the folder (Firefox writes a `.part` file first). */
export async function downloaded(folder: string, timeout = 30_000): Promise<{ name: string; bytes: Buffer }> {
  const until = Date.now() + timeout
  while (Date.now() < until) {
    const names = readdirSync(folder)
    const done = names.filter((name) => !name.endsWith('.part'))
    if (done.length === 1 && done.length === names.length && statSync(join(folder, done[0]!)).size > 0) {
      return { name: done[0]!, bytes: readFileSync(join(folder, done[0]!)) }
    }
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error(`no download in ${folder} after ${timeout} ms`)
}
