/**
 * How a printed official sheet is cut into A4-landscape pages. The app lays the pages out
 * itself, so every browser it supports prints 第 X 页 共 Y 页 (docs/formats.md, "Numbered pages"):
 * CSS page margin boxes, which could number pages, exist only from Chromium 131, not in Firefox ESR 115.
 */

/**
 * The height each laid-out page block takes (PrintSheet's `.print-page`): 2 mm under the printable
 * height of A4 landscape within the report's `@page` margins (210 − 12 − 8 = 190 mm), against rounding.
 */
export const BLOCK_MM = 188
/** The strip at the foot of each block that holds 第 X 页 共 Y 页. */
export const FOOT_MM = 7

/** Millimetres as CSS pixels (96 per inch, as browsers lay out print). */
export const mmToPx = (mm: number): number => (mm * 96) / 25.4

/** A sheet's heights in CSS pixels, measured in one flow at the printed width. */
export interface SheetHeights {
  /** From the top of the sheet to its indicator table: the title block and the funds. */
  top: number
  /** The indicator table's header row, repeated on every page. */
  head: number
  /** Each indicator row. */
  rows: readonly number[]
  /** Under the last row: the table's margin and the sign-off lines. */
  tail: number
}

/**
 * The indicator rows (by index) on each page of the sheet. The title block and funds open the
 * first page; the header row heads every page; no row is split; the sign-off lines stay with the
 * last rows (the last row moves over with them when they do not fit); a row taller than a page
 * gets a page of its own. `capacity` is the height a page's content may take, in CSS pixels.
 */
export function paginate(heights: SheetHeights, capacity: number): number[][] {
  const pages: number[][] = [[]]
  let used = heights.top + heights.head
  heights.rows.forEach((height, index) => {
    const page = pages.at(-1)!
    if (page.length > 0 && used + height > capacity) {
      pages.push([index])
      used = heights.head + height
    } else {
      page.push(index)
      used += height
    }
  })
  if (used + heights.tail > capacity) {
    const page = pages.at(-1)!
    const moved = page.length > 1 ? [page.pop()!] : []
    pages.push(moved)
  }
  return pages
}
