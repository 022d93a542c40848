import type { Plugin } from 'vite'
/** `<link rel="modulepreload">` for the chunks of `modules` (paths as they end, e.g. `/src/components/OverviewCharts.vue`) that the entry does not load. */
export function preloadLazy(modules: string[]): Plugin
