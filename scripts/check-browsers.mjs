// `npm run check:browsers [dir]`: the built app (dist/ unless told) against the support floor
// of package.json's browserslist (docs/browsers.md). Every script must parse and call only
// what the floor has (or src/polyfills.ts supplies), the boot check must be plain ES5 (it
// runs in IE too, to say the app cannot), every stylesheet must work there. Exits 1 on any problem.
import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { checkCss } from './browser-floor/css.mjs'
import { chromiumFloor, floorQueries } from './browser-floor/floor.mjs'
import { checkScripts } from './browser-floor/scripts.mjs'

const { runChecks } = createRequire(import.meta.url)('es-check')

/** The classic ES5 scripts: they run before the app, in any browser. */
const ES5_SCRIPTS = ['boot-check.js']

const dir = process.argv[2] ?? 'dist'
const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
  .map((file) => join(dir, file))
  .sort()
const scripts = files.filter((f) => f.endsWith('.js') || f.endsWith('.mjs'))
const classic = scripts.filter((f) => ES5_SCRIPTS.some((name) => f.endsWith(name)))
const modern = scripts.filter((f) => !classic.includes(f))
const sheets = files.filter((f) => f.endsWith('.css'))

const queries = floorQueries()
const chrome = chromiumFloor(queries)
const problems = [...checkScripts(modern, queries, chrome)]
if (classic.length > 0) {
  const es5 = runChecks([{ ecmaVersion: 'es5', files: classic, checkFeatures: true }])
  for (const { file, err } of es5.errors ?? []) problems.push(`${file}: not ES5: ${err?.message ?? String(err)}`)
}
for (const sheet of sheets) problems.push(...checkCss(readFileSync(sheet, 'utf8'), chrome, sheet))

if (scripts.length === 0) problems.push(`${dir}: no scripts to check (build first)`)
for (const problem of problems) console.error(problem)
console.log(
  `check:browsers (${queries.join(', ')}): ${modern.length} scripts, ${classic.length} ES5 scripts, ` +
    `${sheets.length} stylesheets; ${problems.length} problem${problems.length === 1 ? '' : 's'}`,
)
process.exit(problems.length > 0 ? 1 : 0)
