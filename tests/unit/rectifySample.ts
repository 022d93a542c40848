/** The seed department's 2024 with one 整改 item: what the 监控表 export and its import back are tried on. */
import type { Dataset } from '@/domain/model'
import { newRectifyItem, withState } from '@/domain/rectify'
import { loadSampleDataset } from '@/io/sampleData'

export const U = '九江市柴桑区商务局'
export const RED = '全年引进固投2000万元以上项目'

/** The seed department's 2024 with one 整改 item on its red 部门整体 line. */
export async function withItem(): Promise<Dataset> {
  const sample = await loadSampleDataset()
  const data = {
    targets: sample.targets.filter((t) => t.year === 2024),
    budgets: sample.budgets.filter((b) => b.year === 2024),
    actuals: sample.actuals.filter((a) => a.year === 2024).map((a) => ({ ...a, sample: false })),
    spending: sample.spending.filter((s) => s.year === 2024).map((s) => ({ ...s, sample: false })),
  }
  const target = data.targets.find((t) => t.name === RED && t.scope === '部门整体')!
  const item = newRectifyItem(
    {
      year: 2024,
      unit: U,
      scope: '部门整体',
      subject: 'indicator',
      ref: target.code,
      name: RED,
      month: 9,
      light: 'red',
      problem: '进度滞后',
      measure: '加大招商力度',
      owner: '王明',
      due: '2024-12-31',
      result: '',
      date: '2024-10-10',
    },
    [],
  )
  return { ...data, rectify: [withState(item, 'inProgress', '2024-10-12')] }
}
