import { describe, expect, it } from 'vitest'
import { joinedRowKey, legacyRowKeyOf, rowIdOf } from '@/domain/rowKeys'
import { actual, budgetLine, legacyActual, legacySpent, spent, target, UNIT } from './fixtures'

const meetings = target('会议次数', { code: 'T1' })
const travel = budgetLine('差旅费', 1000, { id: 'B1' })

describe('rowIdOf', () => {
  it('knows a row within its document: a target by 类别 and name, a budget line by id, a value by indicator or line and month', () => {
    expect(rowIdOf('targets', meetings)).toBe('部门整体\u0000会议次数')
    expect(rowIdOf('budgets', travel)).toBe('B1')
    expect(rowIdOf('actuals', actual(meetings, 2, '5次'))).toBe('T1\u00006')
    expect(rowIdOf('actuals', actual(meetings, 2, '5次', { month: 5, byMonth: true }))).toBe('T1\u00005')
    expect(rowIdOf('spending', spent(travel, 3, 200))).toBe('B1\u00009')
  })
})

describe('legacyRowKeyOf', () => {
  it('gives the primary keys of schema v6: year and unit first for targets and actuals', () => {
    expect(legacyRowKeyOf('targets', meetings)).toEqual([2024, UNIT, '部门整体', '会议次数'])
    expect(legacyRowKeyOf('budgets', travel)).toBe('B1')
    expect(legacyRowKeyOf('actuals', legacyActual(meetings, 2, '5次'))).toEqual([2024, UNIT, 'T1', 2])
    expect(legacyRowKeyOf('spending', legacySpent(travel, 3, 200))).toEqual(['B1', 3])
  })
})

describe('joinedRowKey', () => {
  it('joins an array key with NUL and leaves a string key as it is', () => {
    expect(joinedRowKey('B1')).toBe('B1')
    expect(joinedRowKey(['B1', 3])).toBe('B1\u00003')
    expect(joinedRowKey([2024, UNIT, 'T1', 2])).toBe(`2024\u0000${UNIT}\u0000T1\u00002`)
  })
})
