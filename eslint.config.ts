import js from '@eslint/js'
import { defineConfigWithVueTs, vueTsConfigs } from '@vue/eslint-config-typescript'
import pluginVue from 'eslint-plugin-vue'
import skipFormatting from '@vue/eslint-config-prettier/skip-formatting'
import globals from 'globals'
import compat from 'eslint-plugin-compat'

const FRAMEWORKS = ['vue', 'vue-*', 'pinia', 'dexie', 'echarts', 'echarts/*', 'element-plus', 'element-plus/*']

export default defineConfigWithVueTs(
  {
    ignores: [
      'dist/**',
      'bench-data/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'coverage/**',
      '.stryker-tmp/**',
    ],
  },
  js.configs.recommended,
  pluginVue.configs['flat/recommended'],
  vueTsConfigs.recommended,
  {
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      // Names like ElButton are imported explicitly; one-word view names are fine for route components.
      'vue/multi-word-component-names': 'off',
      'vue/max-attributes-per-line': 'off',
      'vue/singleline-html-element-content-newline': 'off',
      'vue/html-self-closing': 'off',
      'vue/no-v-html': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    // The support floor (package.json `browserslist`, docs/browsers.md): no web or language API the
    // oldest supported browser lacks, unless src/polyfills.ts supplies it.
    files: ['src/**/*.{ts,vue}'],
    plugins: { compat },
    settings: { polyfills: ['Object.hasOwn', 'Array.at'] },
    rules: { 'compat/compat': 'error' },
  },
  {
    // The domain is pure TypeScript: no framework, no database, no DOM libraries.
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: FRAMEWORKS, message: 'src/domain stays pure: no framework imports.' },
            {
              group: ['@/db', '@/db/*', '@/stores/*', '@/io/*', '@/components/*', '@/views/*', '@/charts/*'],
              message: 'src/domain depends on nothing else in the app.',
            },
          ],
        },
      ],
    },
  },
  {
    // The database stores the data model; it knows nothing of files, parsing or screens (no db ↔ io circle).
    files: ['src/db/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@/io/*', '@/stores/*', '@/components/*', '@/views/*', '@/charts/*', '@/workers/*'],
              message: 'src/db depends on the domain and Dexie only.',
            },
          ],
        },
      ],
    },
  },
  {
    // Files and formats never depend on storage or screens: the stores compose them with the database.
    files: ['src/io/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@/db', '@/db/*', '@/stores/*', '@/components/*', '@/views/*'],
              message: 'src/io depends on the domain only: no database, stores or screens.',
            },
          ],
        },
      ],
    },
  },
  {
    // Components render; stores talk to the database and the parser.
    files: ['src/components/**/*.{ts,vue}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@/db', '@/db/*', '../db/*', 'dexie'],
              message: 'Components never touch the database: go through a store.',
            },
            { group: ['papaparse', '@/workers/*'], message: 'Components never parse CSV: go through a store.' },
          ],
        },
      ],
    },
  },
  {
    files: ['scripts/**/*.{js,mjs}', '*.config.{ts,mjs}', 'tests/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
  // Layout is Prettier's (npm test runs `prettier --check`); ESLint judges the code only.
  skipFormatting,
)
