import { emptyDataset, type Dataset, type DatasetDraft } from '@/domain/model'
import { describeProblem } from './problems'
import { parseCsvText } from './parseCsv'
import type { KindRecords } from './parsedCsv'

/** Name under which the sample load appears in the import history. */
export const SAMPLE_BATCH_NAME = '示例数据：九江市柴桑区商务局 2024'

/**
 * Reads the bundled sample CSVs into one data set. Throws if any file has a problem:
 * the sample is part of the app, so a problem there is a bug, not user input.
 */
export async function loadSampleDataset(): Promise<Dataset> {
  const { SAMPLE_FILES } = await import('./sampleFiles')
  const dataset = emptyDataset()
  for (const file of SAMPLE_FILES) {
    const result = parseCsvText(file.text, file.name, { sample: file.sample })
    const problems = result.problems.map(describeProblem)
    if (!result.tagged || problems.length > 0) throw new Error(`${file.name}: ${problems.join('; ')}`)
    addRecords(dataset, result.tagged)
  }
  return dataset
}

/** Appends records of any kind to the matching list of a data set. */
export function addRecords(dataset: DatasetDraft, tagged: KindRecords): void {
  switch (tagged.kind) {
    case 'targets':
      dataset.targets.push(...tagged.records)
      break
    case 'budget':
      dataset.budgets.push(...tagged.records)
      break
    case 'actuals':
      dataset.actuals.push(...tagged.records)
      break
    case 'spending':
      dataset.spending.push(...tagged.records)
      break
  }
}
