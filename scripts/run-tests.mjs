// Runs every check the project has, in order: lint, formatting (Prettier), import
// cycles (dpdm, type-only imports included), unit tests (Vitest), the
// production build (vue-tsc type-check + vite build), the built app against the support
// floor (`npm run check:browsers`, counted as one test), end-to-end tests (Playwright
// in Debian's Chromium), the Firefox smoke suite (puppeteer-core driving Debian's
// Firefox ESR) and the core journeys in Chromium 92 and 109 (Playwright driving the old
// builds that the chromium92 / chromium109 packages ship). Ends with one line `N passed, N failed` summing unit and end-to-end
// tests in every browser and the floor check, and exits non-zero when anything failed.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const reports = mkdtempSync(join(tmpdir(), 'jixiao-tests-'))
const unitReport = join(reports, 'unit.json')
const e2eReport = join(reports, 'e2e.json')
const firefoxReport = join(reports, 'firefox.json')
const oldChromeReport = join(reports, 'oldchrome.json')

/** Runs a command with inherited output; returns whether it exited 0. */
function run(label, command, args, env = {}) {
  console.log(`\n=== ${label} ===`)
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } })
  return result.status === 0
}

function readJson(path) {
  try {
    return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null
  } catch {
    return null
  }
}

const failures = []
if (!run('lint', 'npx', ['eslint', '.'])) failures.push('lint')
if (!run('formatting (prettier --check)', 'npm', ['run', 'format:check', '--silent'])) failures.push('formatting')
if (!run('import cycles (dpdm)', 'npm', ['run', 'cycles', '--silent'])) failures.push('import cycles')

const unitOk = run('unit tests', 'npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${unitReport}`,
])
const unit = readJson(unitReport)
if (!unitOk) failures.push('unit tests')

const buildOk = run('build (type-check + bundle)', 'npm', ['run', 'build', '--silent'])
if (!buildOk) failures.push('build')

let e2e = null
let firefox = null
let oldChrome = null
// null: not run (the build failed), which counts as a failure.
let floorOk = null
if (buildOk) {
  floorOk = run('support floor (check:browsers: Chromium 86, Firefox ESR 115)', 'npm', [
    'run',
    'check:browsers',
    '--silent',
  ])
  if (!floorOk) failures.push('support floor')
  const e2eOk = run('end-to-end tests', 'npx', ['playwright', 'test'], { PW_JSON_REPORT: e2eReport })
  e2e = readJson(e2eReport)
  if (!e2eOk) failures.push('end-to-end tests')
  // Skipped, with the reason printed, only where Firefox cannot start at all.
  const firefoxOk = run('end-to-end tests in Firefox ESR', 'npx', [
    'vitest',
    'run',
    '--config',
    'vitest.firefox.config.ts',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${firefoxReport}`,
  ])
  firefox = readJson(firefoxReport)
  if (!firefoxOk) failures.push('end-to-end tests in Firefox ESR')
  const oldChromeOk = run(
    'end-to-end tests in Chromium 92 and 109',
    'npx',
    ['playwright', 'test', '--config', 'playwright.oldchrome.config.ts'],
    { PW_JSON_REPORT: oldChromeReport },
  )
  oldChrome = readJson(oldChromeReport)
  if (!oldChromeOk) failures.push('end-to-end tests in Chromium 92 and 109')
} else {
  failures.push('end-to-end tests (not run: build failed)')
}

const unitPassed = unit?.numPassedTests ?? 0
const unitFailed = unit ? unit.numFailedTests : 1
const e2ePassed = (e2e?.stats?.expected ?? 0) + (e2e?.stats?.flaky ?? 0)
const e2eFailed = e2e ? e2e.stats.unexpected : 1
const firefoxPassed = firefox?.numPassedTests ?? 0
const firefoxFailed = firefox ? firefox.numFailedTests : 1
const firefoxSkipped = firefox?.numPendingTests ?? 0
const oldChromePassed = (oldChrome?.stats?.expected ?? 0) + (oldChrome?.stats?.flaky ?? 0)
const oldChromeFailed = oldChrome ? oldChrome.stats.unexpected : 1
const floorPassed = floorOk ? 1 : 0
const floorFailed = floorOk ? 0 : 1

console.log(
  `\nunit: ${unitPassed} passed, ${unitFailed} failed; end-to-end: ${e2ePassed} passed, ${e2eFailed} failed; ` +
    `Firefox: ${firefoxPassed} passed, ${firefoxFailed} failed${firefoxSkipped ? `, ${firefoxSkipped} skipped (see above)` : ''}; ` +
    `Chromium 92 and 109: ${oldChromePassed} passed, ${oldChromeFailed} failed; ` +
    `support floor: ${floorOk ? 'passed' : 'failed'}`,
)
if (failures.length > 0) console.log(`failed: ${failures.join(', ')}`)
console.log(
  `${unitPassed + e2ePassed + firefoxPassed + oldChromePassed + floorPassed} passed, ` +
    `${unitFailed + e2eFailed + firefoxFailed + oldChromeFailed + floorFailed} failed`,
)
process.exit(failures.length > 0 ? 1 : 0)
