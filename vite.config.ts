import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'
import { VitePWA } from 'vite-plugin-pwa'
import { floorTargets } from './scripts/browser-floor/floor.mjs'
import { preloadLazy } from './scripts/vite/preloadLazy.mjs'

/**
 * A hash of the engine's source (src/domain): results the app keeps computed in the
 * database (a year's standings) carry it, and are computed again whenever it changes.
 * Derived at build time, so no version is ever bumped by hand.
 */
function engineVersion(): string {
  const root = fileURLToPath(new URL('./src/domain', import.meta.url))
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .sort()
  const hash = createHash('sha256')
  for (const file of files)
    hash
      .update(file)
      .update('\0')
      .update(readFileSync(join(root, file)))
      .update('\0')
  return hash.digest('hex').slice(0, 16)
}

/**
 * The page's Content-Security-Policy (index.html's meta), also sent as a header by the
 * preview server: a worker is governed by its own response's policy, not the page's meta,
 * so this is how the import worker (and the workbook reader it loads) runs under it too,
 * as it does behind a server configured as docs/deploy.md says.
 */
function contentSecurityPolicy(): string {
  const html = readFileSync(fileURLToPath(new URL('./index.html', import.meta.url)), 'utf8')
  return /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)![1]!
}

// Relative base so dist/ works from any folder of a static server.
export default defineConfig({
  base: './',
  plugins: [
    vue(),
    // The overview's charts (ECharts) fetched and compiled while the first screen is built, run once shown.
    preloadLazy(['/src/components/OverviewCharts.vue']),
    // Installable and offline (SPEC §8): every built file is precached; a new build waits
    // for the user (registerType 'prompt'); registration is our own module's, never an
    // inline script, so the CSP stays strict (src/pwa.ts).
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      manifest: {
        name: '绩效看板',
        short_name: '绩效看板',
        description: '部门绩效目标、实际完成与预算执行的对比与监控',
        lang: 'zh-CN',
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#409eff',
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        // The largest chunk (the .xlsx writer) is about 0.9 MB: every chunk fits, so every screen and export works offline.
        maximumFileSizeToCacheInBytes: 2 * 1024 * 1024,
        // No fallback page: the app is one page, `index.html`, which the precache serves for its
        // folder's address; other pages of the same site (a data folder, docs) stay theirs.
        navigateFallback: null,
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  worker: { format: 'es' },
  // vue-i18n feature flags: composition API only, no devtools hooks in production.
  define: {
    __VUE_I18N_FULL_INSTALL__: true,
    __VUE_I18N_LEGACY_API__: false,
    __INTLIFY_PROD_DEVTOOLS__: false,
    __ENGINE_VERSION__: JSON.stringify(engineVersion()),
  },
  server: { port: 5173, strictPort: true },
  preview: { port: 4173, strictPort: true, headers: { 'Content-Security-Policy': contentSecurityPolicy() } },
  // The support floor (package.json `browserslist`, docs/browsers.md): the syntax and the CSS
  // written are those Chromium 86 and Firefox ESR 115 read; `npm run check:browsers` proves it.
  build: {
    target: floorTargets(),
    cssTarget: floorTargets(),
    chunkSizeWarningLimit: 1200,
  },
})
