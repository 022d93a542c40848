import { describe, expect, it } from 'vitest'
import { KIND_NAMES, TABLE_NAMES } from '@/domain/kindNames'

describe('the Chinese names of kinds and tables', () => {
  it('name each kind of file and the table it fills alike', () => {
    expect(KIND_NAMES).toEqual({
      targets: '绩效目标',
      budget: '预算',
      actuals: '实际完成',
      spending: '预算执行',
      rectify: '整改事项',
    })
    expect(TABLE_NAMES).toEqual({ targets: '绩效目标', budgets: '预算', actuals: '实际完成', spending: '预算执行' })
  })
})
