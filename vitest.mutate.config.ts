import { defineConfig, mergeConfig, type Plugin } from 'vitest/config'
import unitConfig from './vitest.config.ts'

/**
 * Stryker's Vitest runner (9.6) selects a mutant's tests by a name pattern joined with spaces,
 * while Vitest 5 matches patterns against the suite chain joined with ' > '
 * (stryker-mutator/stryker-js#6210). Left alone, no test runs against a mutant and every
 * mutant "survives". Each space of the runner's pattern may stand for either separator here.
 */
function chainPatterns(): Plugin {
  return {
    name: 'jixiao:stryker-chain-patterns',
    configureVitest({ project }) {
      let pattern: RegExp | undefined
      Object.defineProperty(project.config, 'testNamePattern', {
        configurable: true,
        enumerable: true,
        get: () => pattern,
        set: (value: RegExp | string | undefined) => {
          pattern =
            value === undefined
              ? undefined
              : new RegExp(String(value instanceof RegExp ? value.source : value).replaceAll(' ', '(?: > | )'))
        },
      })
    },
  }
}

// The unit tests as mutation testing runs them (stryker.config.mjs): without the tests that
// guard no rule but take seconds each (a city-sized upgrade, the fuzzer, the data generator,
// the publish script), which Stryker would otherwise rerun for every mutant of a shared table.
export default mergeConfig(
  unitConfig,
  defineConfig({
    plugins: [chainPatterns()],
    test: {
      // Instrumented code runs several times slower; the province-sized key test needs room.
      testTimeout: 60_000,
      exclude: [
        'tests/unit/upgradeCity.test.ts',
        'tests/unit/csvFuzz.test.ts',
        'tests/unit/generator.test.ts',
        'tests/unit/publishScript.test.ts',
      ],
    },
  }),
)
