import { describe, expect, it } from 'vitest'
import { parseQuarter, toHalfWidth } from '@/domain/quarter'

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

describe('toHalfWidth', () => {
  it('turns full-width digits, signs and the ideographic space into ASCII', () => {
    expect(toHalfWidth('≥１，２３４．５\u3000个')).toBe('≥1,234.5 个')
  })
})

describe('parseQuarter: Chinese numerals only whole', () => {
  it.each([
    ['三季度', 3],
    ['第三季度', 3],
    ['第三季', 3],
    ['三季', 3],
    ['第三季度末', null],
    ['前三季度', null],
  ])('%s → %s', (text, expected) => {
    expect(parseQuarter(text)).toBe(expected)
  })
})
