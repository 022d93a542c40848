// Serves the production build (dist/, from `npm run build`) for the Firefox suite and finds out
// whether Firefox can start here at all. Where it cannot, the suite is skipped with the reason
// printed, never failed: a machine without Firefox proves nothing either way.
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import puppeteer from 'puppeteer-core'
import type { TestProject } from 'vitest/node'
import { FIREFOX_PATH, FIREFOX_PORT, launchOptions } from './firefox'

declare module 'vitest' {
  export interface ProvidedContext {
    /** Why the suite cannot run here; empty when Firefox started. */
    firefoxSkipReason: string
  }
}

async function waitForServer(url: string, ms: number): Promise<boolean> {
  const until = Date.now() + ms
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return true
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 200))
  }
  return false
}

/** Why Firefox cannot be used here, or '' when a page opened in it. */
async function firefoxProblem(): Promise<string> {
  if (!existsSync(FIREFOX_PATH)) return `${FIREFOX_PATH} is not installed (apt-get install -y firefox-esr)`
  try {
    const browser = await puppeteer.launch(launchOptions())
    await browser.close()
    return ''
  } catch (error) {
    return `Firefox did not start: ${(error as Error).message.split('\n')[0]}`
  }
}

let server: ChildProcess | null = null

export default async function setup(project: TestProject): Promise<() => void> {
  let reason = existsSync('dist/index.html') ? await firefoxProblem() : 'dist/ is missing: run `npm run build` first'
  if (!reason) {
    server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(FIREFOX_PORT), '--strictPort'], {
      stdio: 'ignore',
      detached: true,
    })
    if (!(await waitForServer(`http://127.0.0.1:${FIREFOX_PORT}/`, 60_000)))
      reason = `vite preview did not answer on port ${FIREFOX_PORT}`
  }
  if (reason) console.log(`\nFirefox suite skipped: ${reason}\n`)
  project.provide('firefoxSkipReason', reason)
  return () => {
    // The server runs in its own process group, so npx and vite stop together.
    if (server?.pid) process.kill(-server.pid)
  }
}
