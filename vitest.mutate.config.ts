import { defineConfig, mergeConfig } from 'vitest/config'
import unitConfig from './vitest.config.ts'

// The unit tests as mutation testing runs them (stryker.config.mjs): without the tests that
// guard no rule but take seconds each (a city-sized upgrade, the fuzzer, the data generator,
// the publish script), which Stryker would otherwise rerun for every mutant of a shared table.
export default mergeConfig(
  unitConfig,
  defineConfig({
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
