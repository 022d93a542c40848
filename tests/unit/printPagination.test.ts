import { describe, expect, it } from 'vitest'
import { mmToPx, paginate, type SheetHeights } from '@/components/print/pagination'

/** A sheet of `rows` rows of the given height under a title block and header row. */
const sheet = (rows: number[], top = 100, head = 20, tail = 30): SheetHeights => ({ top, head, rows, tail })

describe('paginate', () => {
  it('keeps a sheet that fits on one page', () => {
    // 100 + 20 + 3 × 50 + 30 = 300 ≤ 300.
    expect(paginate(sheet([50, 50, 50]), 300)).toEqual([[0, 1, 2]])
  })

  it('starts a page with the header row when the next row would not fit', () => {
    // Page 1: 120 + 50 + 50 = 220; a third row makes 270 > 250. Page 2: 20 + 50 + 50 + 30 = 150.
    expect(paginate(sheet([50, 50, 50, 50]), 250)).toEqual([
      [0, 1],
      [2, 3],
    ])
  })

  it('moves the last row over with the sign-off lines when they do not fit under it', () => {
    // 120 + 3 × 50 = 270 fits 280, the tail of 30 does not: the last row goes with it (20 + 50 + 30).
    expect(paginate(sheet([50, 50, 50]), 280)).toEqual([[0, 1], [2]])
  })

  it('puts the sign-off lines alone on a page when the last page holds one row', () => {
    // Page 2: 20 + 200 = 220, and 250 with the tail > 240.
    expect(paginate(sheet([100, 200]), 240)).toEqual([[0], [1], []])
  })

  it('gives a row taller than a page a page of its own', () => {
    expect(paginate(sheet([10, 500, 10]), 200)).toEqual([[0], [1], [2]])
  })

  it('opens even a sheet without rows', () => {
    expect(paginate(sheet([]), 200)).toEqual([[]])
  })
})

describe('mmToPx', () => {
  it('counts 96 pixels to the inch of 25.4 mm', () => {
    expect(mmToPx(25.4)).toBeCloseTo(96, 9)
    expect(mmToPx(127)).toBeCloseTo(480, 9)
  })
})
