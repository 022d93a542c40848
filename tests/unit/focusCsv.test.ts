import { describe, expect, it } from 'vitest'
import type { UnitStanding } from '@/domain/engine/ranking'
import { focusList } from '@/domain/focusList'
import { toCsv } from '@/io/csvWriter'
import { FOCUS_COLUMNS, focusRows } from '@/io/focusCsv'

const standing = (unit: string, budget: number | null, executed: number | null, red: number): UnitStanding => ({
  unit,
  month: 9,
  period: { month: 9, byMonth: false },
  total: null,
  grade: null,
  projected: true,
  insufficient: true,
  budget,
  executed,
  e: budget === null || executed === null ? null : executed / budget,
  projectedE: null,
  executionColor: null,
  light: 'green',
  counts: { blue: 0, green: 0, yellow: 0, red, grey: 0 },
})

describe('focusRows', () => {
  it('writes a row per unit in rank order, each figure beside its points', () => {
    // 甲局 executed 250 of 1000 at Q3: 75% − 25% = 50 points behind; 乙局 has no budget line.
    const rows = focusList([standing('乙局', null, null, 2), standing('甲局', 1000, 250, 1)], new Map([['乙局', 1]]))
    expect(focusRows(rows, 2024, new Map([['甲局', '发改委']]))).toEqual([
      [...FOCUS_COLUMNS],
      [1, 2024, '甲局', '发改委', '第3季度', 1000, 30, 250, 25, 75, 50, 30, 1, 12.5, 0, 0, 72.5],
      [2, 2024, '乙局', '', '第3季度', null, 0, null, null, 75, null, 0, 2, 25, 1, 15, 40],
    ])
  })

  it('is a BOM-led CSV with the header first', () => {
    const text = toCsv(focusRows([], 2024, new Map()))
    expect(text).toBe(`\uFEFF${FOCUS_COLUMNS.join(',')}\r\n`)
  })
})
