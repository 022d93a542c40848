import { describe, expect, it } from 'vitest'
import { rowLines, rowsThatFit } from '@/components/print/briefRows'

const row = (name: string, reason = '') => ({ name, reason })

describe('the rows of the brief’s behind list', () => {
  it('take one line, or two for a name past 18 characters or a reason past 26, never more', () => {
    expect(rowLines('培训次数', '')).toBe(1)
    expect(rowLines('名'.repeat(18), '因'.repeat(26))).toBe(1)
    expect(rowLines('名'.repeat(19), '')).toBe(2)
    expect(rowLines('培训次数', '因'.repeat(27))).toBe(2)
    expect(rowLines('名'.repeat(100), '因'.repeat(500))).toBe(2)
  })

  it('fill the room: fourteen short rows, or eight long ones', () => {
    expect(rowsThatFit(Array.from({ length: 15 }, () => row('培训次数')))).toBe(14)
    expect(rowsThatFit(Array.from({ length: 10 }, () => row('培训次数', '因'.repeat(500))))).toBe(8)
    // Six short rows take 9, four long ones 10 more: a fifth long one would pass 21.
    const mixed = [
      ...Array.from({ length: 6 }, () => row('培训次数')),
      ...Array.from({ length: 6 }, () => row('名'.repeat(40))),
    ]
    expect(rowsThatFit(mixed)).toBe(10)
  })

  it('list the first row whatever it takes, and none of none', () => {
    expect(rowsThatFit([row('名'.repeat(100), '因'.repeat(500))])).toBe(1)
    expect(rowsThatFit([])).toBe(0)
  })
})
