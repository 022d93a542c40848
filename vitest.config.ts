import { defineConfig, mergeConfig } from 'vitest/config'
import viteConfig from './vite.config.ts'

// Node environment by default (domain, io, db under fake-indexeddb);
// component tests opt into happy-dom with a `@vitest-environment` comment.
export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      include: ['tests/unit/**/*.test.ts'],
      environment: 'node',
      setupFiles: ['tests/unit/setup.ts'],
      globalSetup: ['tests/unit/globalSetup.ts'],
      // Components import Element Plus's styles one by one: through Vite, whose CSS handling Node lacks.
      server: { deps: { inline: [/element-plus\/es\/components\/.*\/style\/css/] } },
    },
  }),
)
