import { describe, expect, it } from 'vitest'
import { parseQuarter, timeProgress, toHalfWidth } from '@/domain/quarter'

describe('parseQuarter', () => {
  it.each([
    ['1', 1],
    ['4', 4],
    ['Q1', 1],
    ['q3', 3],
    ['Ｑ２', 2],
    ['３', 3],
    ['一季度', 1],
    ['第三季度', 3],
    ['四季度', 4],
    ['第4季度', 4],
    ['全年', 4],
    [' 2 ', 2],
  ])('reads %j as quarter %i', (text, quarter) => {
    expect(parseQuarter(text)).toBe(quarter)
  })

  it.each(['0', '5', 'Q5', '五季度', '', '上半年', '1.5', '12'])('rejects %j', (text) => {
    expect(parseQuarter(text)).toBeNull()
  })
})

describe('timeProgress', () => {
  it('is q / 4', () => {
    expect([1, 2, 3, 4].map((q) => timeProgress(q as 1 | 2 | 3 | 4))).toEqual([0.25, 0.5, 0.75, 1])
  })
})

describe('toHalfWidth', () => {
  it('turns full-width digits, signs and the ideographic space into ASCII', () => {
    expect(toHalfWidth('≥１，２３４．５\u3000个')).toBe('≥1,234.5 个')
  })
})

describe('months and quarters (SPEC §2.8)', async () => {
  const { monthOfQuarter, quarterOfMonth } = await import('@/domain/quarter')

  it('quarter q is month 3q', () => {
    expect([1, 2, 3, 4].map((q) => monthOfQuarter(q as 1 | 2 | 3 | 4))).toEqual([3, 6, 9, 12])
  })

  it('a month stands for the last quarter ended by then; months 1 and 2 for Q1', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map(quarterOfMonth)).toEqual([1, 1, 1, 1, 1, 2, 2, 2, 3, 3, 3, 4])
    expect([0, 13, 2.5, Number.NaN].map(quarterOfMonth)).toEqual([null, null, null, null])
  })
})

describe('the latest period reported', async () => {
  const { laterQuarter, latestQuarter } = await import('@/domain/quarter')

  it('takes the later of two, either of which may be none', () => {
    expect([laterQuarter(null, null), laterQuarter(2, null), laterQuarter(null, 3), laterQuarter(4, 1)]).toEqual([null, 2, 3, 4])
  })

  it('reads values and spending together, in any order', () => {
    expect(latestQuarter({ actuals: [{ quarter: 3 }, { quarter: 1 }], spending: [{ quarter: 2 }] })).toBe(3)
    expect(latestQuarter({ spending: [{ quarter: 4 }] })).toBe(4)
    expect(latestQuarter({ actuals: [], spending: [] })).toBeNull()
  })
})
