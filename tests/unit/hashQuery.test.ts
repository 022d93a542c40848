import { describe, expect, it } from 'vitest'
import { hashQuery } from '@/router/hashQuery'

describe('hashQuery', () => {
  it('reads the query of a hash route, decoded', () => {
    expect(hashQuery('#/?unit=%E7%94%B2%E5%B1%80&year=2024&q=3')).toEqual({ unit: '甲局', year: '2024', q: '3' })
    expect(hashQuery('#/report?unit=a+b')).toEqual({ unit: 'a b' })
  })
  it('is empty without a query', () => {
    expect(hashQuery('#/')).toEqual({})
    expect(hashQuery('')).toEqual({})
  })
})
