/**
 * Column widths for a table of the 自评报告: a short column as wide as its texts, every column
 * room for a few characters, the rest of the page to the columns whose texts run longer, so a
 * long 三级指标 gets the width the figures do not use.
 */
import { textWidth } from './rowHeights'

/** Twips a cell's left and right margins take (Word's default 0.08 inch each). */
export const CELL_MARGINS_TWIPS = 230

/** Full-width characters every column has room for, unless its texts are all shorter. */
export const MIN_CHARACTERS = 4

/**
 * Widths in twips, summing to `total`, of the columns of `header` over `rows`, set at
 * `size` pt. Each column first gets its longest text's width, but no more than
 * MIN_CHARACTERS full-width characters; the room left goes to the columns whose texts are
 * longer, in proportion to what they lack. When every text fits on one line, the spare
 * room is shared by the columns' widths.
 */
export function columnWidths(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  total: number,
  size: number,
): number[] {
  const twips = (text: string) => textWidth(text, size) * 20 + CELL_MARGINS_TWIPS
  const natural = header.map((h, c) => Math.max(...[h, ...rows.map((r) => r[c] ?? '')].map(twips)))
  const least = natural.map((n) => Math.min(n, twips('字'.repeat(MIN_CHARACTERS))))
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0)
  const spare = total - sum(least)
  const lack = natural.map((n, c) => n - least[c]!)
  const widths =
    spare <= 0
      ? least.map((l) => Math.floor((total * l) / sum(least)))
      : sum(lack) <= spare
        ? natural.map((n) => Math.floor(n + ((spare - sum(lack)) * n) / sum(natural)))
        : least.map((l, c) => Math.floor(l + (spare * lack[c]!) / sum(lack)))
  // What rounding down left over goes to the widest column.
  const widest = widths.indexOf(Math.max(...widths))
  widths[widest]! += total - sum(widths)
  return widths
}
