import { defineConfig } from 'vitest/config'
import { fileURLToPath } from 'node:url'

// The Firefox smoke suite (tests/firefox, docs/testing.md): Vitest as the runner, puppeteer-core
// driving Debian's Firefox ESR over WebDriver BiDi against the production build. One file at a
// time, as the journeys share one preview server and one browser.
export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  test: {
    include: ['tests/firefox/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/unit/globalSetup.ts', 'tests/firefox/globalSetup.ts'],
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 90_000,
  },
})
