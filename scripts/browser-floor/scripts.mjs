// The built JavaScript against the support floor: syntax and ES built-ins by es-check (per
// browser, from the browserslist), web APIs es-check does not know by a scan for their names.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'

const require = createRequire(import.meta.url)
const { runChecks } = require('es-check')
// es-check's own parser, for the one syntax its feature list misses.
const acorn = createRequire(require.resolve('es-check'))('acorn')

/**
 * es-check's names of the built-ins src/polyfills.ts supplies (core-js), so their calls may
 * stay in the built code. A new polyfill is added there and here together.
 */
export const POLYFILLED = ['ObjectHasOwn', 'ArrayPrototypeAt']

/**
 * Web APIs newer than the floor, with the Chromium that brought each; es-check knows ES
 * built-ins only. Named in the built code (minified or not) by these patterns.
 */
export const WEB_APIS = [
  { name: 'structuredClone', chrome: 98, pattern: /\bstructuredClone\s*\(/ },
  { name: 'crypto.randomUUID', chrome: 92, pattern: /\.randomUUID\s*\(/ },
  { name: 'AbortSignal.timeout', chrome: 103, pattern: /\bAbortSignal\.timeout\s*\(/ },
  { name: 'AbortSignal.any', chrome: 116, pattern: /\bAbortSignal\.any\s*\(/ },
  { name: 'Promise.withResolvers', chrome: 119, pattern: /\bPromise\.withResolvers\s*\(/ },
  { name: 'URL.canParse', chrome: 120, pattern: /\bURL\.canParse\s*\(/ },
  { name: 'Array.fromAsync', chrome: 121, pattern: /\bArray\.fromAsync\s*\(/ },
  { name: 'Object.groupBy', chrome: 117, pattern: /\b(Object|Map)\.groupBy\s*\(/ },
]

/** Regular-expression flags es-check does not name: `d` (match indices) came with Chromium 90. */
export const REGEX_FLAGS = [{ flag: 'd', chrome: 90 }]

/** The flags of the regular-expression literals in a script; none where it does not parse (es-check says why). */
export function regexFlags(code) {
  const flags = new Set()
  try {
    for (const token of acorn.tokenizer(code, { ecmaVersion: 'latest', sourceType: 'module' }))
      if (token.type === acorn.tokTypes.regexp) for (const flag of token.value.flags) flags.add(flag)
  } catch {
    // Not parseable: es-check reports it.
  }
  return flags
}

/**
 * Vue's reactive arrays forward the change-by-copy methods (`toSorted` …) to the raw array:
 * they run only when the app calls them, which ESLint's compat rule watches in src/. The
 * forwarding bodies are blanked before the check so that a real call elsewhere still fails.
 */
const VUE_FORWARDERS = /\b(toReversed|toSorted|toSpliced)\(((?:\.\.\.)?[\w$]*)\)\{return ([\w$]+)\(this\)\.\1\(\2\)\}/g

/** The text es-check reads: the file with Vue's forwarders blanked. */
export function withoutVueForwarders(code) {
  return code.replace(VUE_FORWARDERS, '$1($2){return $3(this)}')
}

/**
 * Problems of the built scripts for the browsers of `queries` (the package.json browserslist):
 * one line per file and cause; empty when every file parses and calls only what the floor has.
 */
export function checkScripts(files, queries, chromeFloor) {
  const problems = []
  const copies = mkdtempSync(join(tmpdir(), 'jx-es-check-'))
  try {
    const byCopy = new Map()
    files.forEach((file, index) => {
      const code = readFileSync(file, 'utf8')
      for (const api of WEB_APIS)
        if (api.chrome > chromeFloor && api.pattern.test(code))
          problems.push(`${file}: ${api.name} (Chromium ${api.chrome}) is not in Chromium ${chromeFloor}`)
      const flags = regexFlags(code)
      for (const { flag, chrome } of REGEX_FLAGS)
        if (chrome > chromeFloor && flags.has(flag))
          problems.push(
            `${file}: the regular-expression flag ${flag} (Chromium ${chrome}) is not in Chromium ${chromeFloor}`,
          )
      const copy = join(copies, `${index}-${basename(file)}`)
      writeFileSync(copy, withoutVueForwarders(code))
      byCopy.set(copy, file)
    })
    if (files.length === 0) return problems
    const result = runChecks([
      {
        ecmaVersion: 'checkBrowser',
        browserslistQuery: queries.join(', '),
        files: [...byCopy.keys()],
        module: true,
        checkFeatures: true,
        ignore: POLYFILLED.join(','),
      },
    ])
    for (const { file, err } of result.errors ?? [])
      problems.push(`${byCopy.get(file) ?? file}: ${err?.message ?? String(err)}`)
  } finally {
    rmSync(copies, { recursive: true, force: true })
  }
  return problems
}
