/**
 * The height each row of an official sheet needs so that its wrapped texts fit, worked out
 * from the texts, the column widths and the type, because no office suite can be relied on
 * to size rows on opening (LibreOffice keeps the default height, Excel ignores merged cells).
 * Measured for the narrowest column unit among the suites (Calibri's digit, 7 px = 5.25 pt),
 * so a suite with wider units only gets more room, never less.
 */
import type { CellStyle, OfficialSheet } from './sheetModel'

/** Each style's type size (pt) and whether its text wraps: the one table writeXlsx.ts styles cells from. */
export const TYPE: Record<CellStyle, { size: number; wraps: boolean }> = {
  title: { size: 16, wraps: false },
  subtitle: { size: 11, wraps: false },
  header: { size: 10, wraps: true },
  label: { size: 10, wraps: true },
  text: { size: 10, wraps: true },
  center: { size: 10, wraps: true },
  amount: { size: 10, wraps: false },
  score: { size: 10, wraps: false },
  percent: { size: 10, wraps: false },
  signOff: { size: 10, wraps: false },
}

/** Points in one unit of column width: Calibri 11's digit, 7 px, the narrowest of the suites. */
export const UNIT_PT = 5.25
/** Points of a column's width no text may use: the cell's inner margins. */
export const CELL_PADDING_PT = 4
/** A line of text, as a multiple of the type size (CJK fonts set about 1.45). */
export const LINE_SPACING = 1.5
/** Points above and below the lines of a row. */
export const ROW_PADDING_PT = 3

/**
 * A character from U+1100 on (CJK, full-width punctuation, and symbols such as `≥` that CJK
 * fonts set full width) takes 1 em; any other at most about 0.7 em.
 */
const isWide = (ch: string): boolean => ch.codePointAt(0)! >= 0x1100

/** Width in points of `text` set at `size` pt. */
export function textWidth(text: string, size: number): number {
  let width = 0
  for (const ch of text) width += isWide(ch) ? size : 0.7 * size
  return width
}

/** Runs of narrow characters (kept together, as `2024` or `100.0%`), single spaces, single wide characters. */
const TOKENS = /[^\s\u{1100}-\u{10ffff}]+|\s|[\s\S]/gu

/**
 * How many lines `text` takes in `widthPt` of room at `size` pt: breaks anywhere between
 * wide characters and at spaces, keeps a run of narrow characters together unless it is
 * wider than a line. An empty text takes one line.
 */
export function lineCount(text: string, widthPt: number, size: number): number {
  let lines = 0
  for (const paragraph of text.split('\n')) {
    lines++
    let used = 0
    for (const token of paragraph.match(TOKENS) ?? []) {
      const width = textWidth(token, size)
      if (/^\s$/u.test(token)) {
        // A space at the start of a line is not drawn.
        if (used > 0) used += width
      } else if (used + width <= widthPt) used += width
      else if (width <= widthPt) {
        lines++
        used = width
      } else
        for (const ch of token) {
          // A run wider than a line breaks where it must.
          const w = textWidth(ch, size)
          if (used > 0 && used + w > widthPt) {
            lines++
            used = 0
          }
          used += w
        }
    }
  }
  return lines
}

/** Points a cell of `lines` lines at `size` pt needs. */
export const heightFor = (lines: number, size: number): number =>
  Math.ceil(lines * size * LINE_SPACING + 2 * ROW_PADDING_PT)

interface Area {
  fromColumn: number
  fromRow: number
  toColumn: number
  toRow: number
}

const decode = (ref: string) => {
  const [, letters, digits] = /^([A-Z]+)(\d+)$/.exec(ref) ?? []
  return { column: (letters ?? 'A').charCodeAt(0) - 65, row: Number(digits) - 1 }
}

/** Merged ranges as 0-based areas. */
function areas(merges: readonly string[]): Area[] {
  return merges.map((merge) => {
    const [from, to] = merge.split(':').map(decode)
    return { fromColumn: from!.column, fromRow: from!.row, toColumn: to!.column, toRow: to!.row }
  })
}

/**
 * The height (pt) of each row of `sheet`: every cell's text wrapped to its column (or its
 * merged columns) at its style's size; a text merged down several rows shares their heights,
 * and the last of them grows when together they are too short.
 */
export function rowHeights(sheet: Pick<OfficialSheet, 'rows' | 'merges' | 'widths'>): number[] {
  const merged = areas(sheet.merges)
  const room = (from: number, to: number) =>
    sheet.widths.slice(from, to + 1).reduce((sum, w) => sum + w * UNIT_PT, 0) - CELL_PADDING_PT
  const need = (r: number, c: number, area?: Area): number => {
    const cell = sheet.rows[r]![c]!
    const { size, wraps } = TYPE[cell.style]
    const text = cell.value === null ? '' : String(cell.value)
    const lines = wraps ? lineCount(text, room(c, area?.toColumn ?? c), size) : 1
    return heightFor(lines, size)
  }
  const heights = sheet.rows.map((row, r) =>
    row.reduce(
      (height, _cell, c) => {
        const area = merged.find((a) => r >= a.fromRow && r <= a.toRow && c >= a.fromColumn && c <= a.toColumn)
        // Covered by a merge, or the top of a merge down several rows (sized below).
        if (area && (r !== area.fromRow || c !== area.fromColumn || area.toRow > area.fromRow)) return height
        return Math.max(height, need(r, c, area))
      },
      heightFor(1, TYPE.text.size),
    ),
  )
  for (const area of merged.filter((a) => a.toRow > a.fromRow)) {
    const total = heights.slice(area.fromRow, area.toRow + 1).reduce((a, b) => a + b, 0)
    const short = need(area.fromRow, area.fromColumn, area) - total
    if (short > 0) heights[area.toRow]! += short
  }
  return heights
}
