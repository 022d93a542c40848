/**
 * A sheet as the importer reads it: every cell as the sheet shows it, as text. A workbook's
 * sheets and a CSV file both become grids, so the flat kinds and the official forms are
 * found the same way in either (SPEC §2.6–2.7).
 */
export interface SheetGrid {
  /** The worksheet's name; null for a CSV file, which has one unnamed sheet. */
  name: string | null
  /** Row i is the sheet's row i + 1 (the editor's line in a CSV file). */
  rows: string[][]
  /** The sheet row of each of `rows` when it is not i + 1 (a CSV cell may span lines). */
  lines?: number[]
  /**
   * The cells a merged range fills below its own first row (row index → column → the row the
   * range begins in): a workbook's merge may run from one form into the next.
   */
  mergedFrom?: Map<number, Map<number, number>>
}

/** The sheet row (1-based) of `rows[index]`. */
export function lineOf(grid: SheetGrid, index: number): number {
  return grid.lines?.[index] ?? index + 1
}

/** A column's letters: 0 → A, 25 → Z, 26 → AA. */
export function columnName(column: number): string {
  let name = ''
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name
  return name
}

/** Where a cell is, as a user finds it: `工作表1!F14`, or `F14` in a CSV file. */
export function cellRef(grid: SheetGrid, index: number, column: number): string {
  const cell = `${columnName(column)}${lineOf(grid, index)}`
  return grid.name === null ? cell : `${grid.name}!${cell}`
}

/** A cell's text, trimmed; '' outside the grid. */
export function cellText(grid: SheetGrid, index: number, column: number): string {
  return (grid.rows[index]?.[column] ?? '').trim()
}

/** The row a merged range covering this cell begins in, when that is a row above; else undefined. */
export function mergedFromRow(grid: SheetGrid, index: number, column: number): number | undefined {
  return grid.mergedFrom?.get(index)?.get(column)
}
