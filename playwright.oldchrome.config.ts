import { defineConfig } from '@playwright/test'
import { CHROMIUM_ARGS } from './tests/chromiumArgs'
import { OLD_CHROMIUMS, oldChromiumPath, type OldChromium } from './tests/oldchrome/binaries'

/**
 * The core journeys in the oldest Chromium builds the app supports (docs/browsers.md): Chromium 92 and 109,
 * as npm packages (tests/oldchrome/binaries.ts), driven by Playwright in their (old) headless mode. Off the (closed) network, like the main suite.
 */
/** The old builds run without a zygote process in their headless mode. */
const chromiumArgs = [...CHROMIUM_ARGS, '--no-zygote']

/** 4175 beside the main suite's 4173 and Firefox's 4174; another port lets two worktrees run side by side. */
const port = Number(process.env.PW_PORT ?? 4175)

export default defineConfig({
  testDir: 'tests/oldchrome',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: process.env.PW_JSON_REPORT ? [['list'], ['json', { outputFile: process.env.PW_JSON_REPORT }]] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    locale: 'zh-CN',
    viewport: { width: 1440, height: 900 },
  },
  projects: (Object.keys(OLD_CHROMIUMS).map(Number) as OldChromium[]).map((major) => ({
    name: `chromium${major}`,
    use: { launchOptions: { executablePath: oldChromiumPath(major), args: chromiumArgs } },
  })),
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
})
