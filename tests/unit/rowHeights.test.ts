import { describe, expect, it } from 'vitest'
import { heightFor, lineCount, rowHeights, textWidth } from '@/io/official/rowHeights'
import { cells } from '@/io/official/sheetModel'

describe('the width of a text', () => {
  it('counts a full-width character as 1 em and any other as 0.7 em', () => {
    // 4 × 7 + 10 = 38; `≥` is set full width by CJK fonts: 10 + 7 + 10 = 27
    expect(textWidth('2024年', 10)).toBe(38)
    expect(textWidth('≥4次', 10)).toBe(27)
    expect(textWidth('', 10)).toBe(0)
  })
})

describe('the lines a wrapped text takes', () => {
  it('fills each line with as many full-width characters as fit', () => {
    // 4 per line in 45 pt (40 ≤ 45 < 50): 4 + 4 + 2
    expect(lineCount('一二三四五六七八九十', 45, 10)).toBe(3)
    expect(lineCount('一二三四', 40, 10)).toBe(1)
    expect(lineCount('一二三四五', 40, 10)).toBe(2)
  })

  it('takes one line for an empty text and starts a line at each line break', () => {
    expect(lineCount('', 50, 10)).toBe(1)
    expect(lineCount('甲\n乙', 100, 10)).toBe(2)
  })

  it('keeps a run of narrow characters together, moving it to the next line', () => {
    // 一二 20, then `1234` (28) does not fit in 40: line 2 holds 1234 五 (38), 六 goes to line 3.
    // Broken anywhere it would take 2: 一二123 / 4五六.
    expect(lineCount('一二1234五六', 40, 10)).toBe(3)
  })

  it('breaks a run wider than a line where it must', () => {
    // 10 × 7 = 70 pt in 30: 4 characters (28 pt) a line, 4 + 4 + 2
    expect(lineCount('ABCDEFGHIJ', 30, 10)).toBe(3)
  })

  it('breaks at a space and draws none at the start of a line', () => {
    // ab (14) fills 14; the space and cd go on; cd starts line 2
    expect(lineCount('ab cd', 14, 10)).toBe(2)
    expect(lineCount('ab cd', 35, 10)).toBe(1)
  })
})

describe('the height of a row', () => {
  it('is 1.5 lines of the type per line and 3 pt above and below', () => {
    expect(heightFor(1, 10)).toBe(21)
    expect(heightFor(3, 10)).toBe(51)
    expect(heightFor(1, 16)).toBe(30)
  })

  it('fits the tallest cell of each row, merged cells over their columns, and a text merged down its rows', () => {
    // Column A: 4 × 5.25 − 4 = 17 pt, one character a line; column B: 52.5 − 4 = 48.5 pt, four.
    const sheet = {
      widths: [4, 10],
      rows: [
        cells('title', '标题', null),
        [...cells('text', '一二三'), ...cells('amount', 5)],
        [...cells('center', '甲乙丙丁五'), ...cells('text', '一二三四五')],
        cells('text', null, '一'),
        cells('text', '一二三四五六七八九十', null),
        cells('text', null, null),
      ],
      merges: ['A1:B1', 'A3:A4', 'A5:B5'],
    }
    expect(rowHeights(sheet)).toEqual([
      // the title does not wrap: one line of 16 pt
      30,
      // 一二三 down column A: 3 lines; the amount never wraps
      51,
      // 一二三四五 in B: 2 lines (36); A3 is sized with the row under it
      36,
      // 一 in B: 21; 甲乙丙丁五 needs 5 lines (81) over A3:A4, which have 36 + 21: the last grows by 24
      45,
      // across A:B, 69.5 pt: 6 characters a line, 2 lines
      36,
      // an empty row: one line
      21,
    ])
  })
})
