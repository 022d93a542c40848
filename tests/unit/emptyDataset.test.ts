import { describe, expect, it } from 'vitest'
import { emptyDataset } from '@/domain/model'

describe('the empty data set', () => {
  it('has the four tables with no rows, new arrays on every call', () => {
    const data = emptyDataset()
    expect(data).toEqual({ targets: [], budgets: [], actuals: [], spending: [] })
    expect(Object.keys(data)).toEqual(['targets', 'budgets', 'actuals', 'spending'])
    data.targets.push({} as never)
    expect(emptyDataset().targets).toEqual([])
  })
})
