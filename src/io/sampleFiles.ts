// The seed department's CSVs, bundled so first start works offline. Kept in a module
// of its own so the bundler puts them in a chunk loaded only when needed.
import targets from '../../sample-data/targets-2024.csv?raw'
import budget from '../../sample-data/budget-2023-2024.csv?raw'
import spending2023 from '../../sample-data/spending-2023.csv?raw'
import actualsSample from '../../sample-data/actuals-2024-Q1-Q3.sample.csv?raw'
import spendingSample from '../../sample-data/spending-2024-Q1-Q3.sample.csv?raw'

export interface SampleFile {
  name: string
  text: string
  /** Illustrative values, not from the forms: labelled 示例数据 wherever shown. */
  sample: boolean
}

export const SAMPLE_FILES: readonly SampleFile[] = [
  { name: 'targets-2024.csv', text: targets, sample: false },
  { name: 'budget-2023-2024.csv', text: budget, sample: false },
  { name: 'spending-2023.csv', text: spending2023, sample: false },
  { name: 'actuals-2024-Q1-Q3.sample.csv', text: actualsSample, sample: true },
  { name: 'spending-2024-Q1-Q3.sample.csv', text: spendingSample, sample: true },
]
