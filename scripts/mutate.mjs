// `npm run mutate`: mutation testing of the engine and the importer (docs/testing.md).
// Runs Stryker (stryker.config.mjs, incremental), then prints each area's score against its
// floor and exits non-zero when an area is below it. `npm run mutate -- --survivors` lists
// the surviving mutants too. Extra arguments go to Stryker (`--mutate src/domain/engine/lights.ts`).
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { homedir } from 'node:os'
import { join } from 'node:path'
import { areaScores, survivorLines } from './mutate/summary.mjs'

const out = process.env.JIXIAO_MUTATION_DIR ?? join(homedir(), '.cache', 'jixiao-board', 'mutation')
const args = process.argv.slice(2)
const showSurvivors = args.includes('--survivors')
const strykerArgs = args.filter((a) => a !== '--survivors')

const started = Date.now()
const run = spawnSync('npx', ['stryker', 'run', ...strykerArgs], {
  stdio: 'inherit',
  env: { ...process.env, JIXIAO_MUTATION_DIR: out },
})
const minutes = ((Date.now() - started) / 60000).toFixed(1)
const reportPath = join(out, 'report.json')
if (run.status !== 0 || !existsSync(reportPath)) {
  console.error(`\nStryker did not finish (exit ${run.status}); no scores.`)
  process.exit(1)
}

const report = JSON.parse(readFileSync(reportPath, 'utf8'))
if (showSurvivors) {
  console.log('\nSurvivors:')
  for (const line of survivorLines(report)) console.log(`  ${line}`)
}
console.log(`\nMutation scores (${minutes} min; report: ${join(out, 'report.html')}):`)
let below = false
for (const area of areaScores(report)) {
  if (area.score === null) {
    console.log(`  ${area.name}: not run`)
    continue
  }
  const ok = area.score >= area.floor
  below ||= !ok
  console.log(
    `  ${area.name}: ${area.score.toFixed(2)} % (floor ${area.floor} %) — ${area.detected} detected, ` +
      `${area.undetected} survived, ${area.ignored} ignored (static), ${area.invalid} not compiling ${ok ? '' : ' ← BELOW FLOOR'}`,
  )
}
process.exit(below ? 1 : 0)
