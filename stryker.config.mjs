// @ts-check
// Mutation testing (`npm run mutate`, docs/testing.md). Not part of `npm test`: a full run
// takes many minutes. Reports and the incremental record live outside the repository.
import { homedir } from 'node:os'
import { join } from 'node:path'
import { MUTATED } from './scripts/mutate/scope.mjs'

const out = process.env.JIXIAO_MUTATION_DIR ?? join(homedir(), '.cache', 'jixiao-board', 'mutation')

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutate.config.ts', related: true },
  checkers: ['typescript'],
  // Only the mutated folders: the checker cannot read .vue files, and needs not.
  tsconfigFile: 'tsconfig.mutate.json',
  typescriptChecker: { prioritizePerformanceOverAccuracy: true },
  coverageAnalysis: 'perTest',
  // A mutant in a module-level table runs at import, so no test "covers" it and Stryker would
  // rerun the whole suite for each; those tables get tests of their own instead (docs/testing.md).
  ignoreStatic: true,
  concurrency: 3,
  mutate: MUTATED,
  // A rerun tests only the mutants whose code or covering tests changed.
  incremental: true,
  incrementalFile: join(out, 'incremental.json'),
  reporters: ['html', 'json', 'progress', 'clear-text'],
  htmlReporter: { fileName: join(out, 'report.html') },
  jsonReporter: { fileName: join(out, 'report.json') },
  clearTextReporter: { reportTests: false, reportMutants: false, reportScoreTable: true },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
  // Slow tests (the fuzzer, a city-sized upgrade) are not what guards a rule.
  timeoutMS: 10000,
}
