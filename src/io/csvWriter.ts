/** A cell to write: text is protected against formula injection, numbers stay numbers. */
export type CsvCell = string | number | null | undefined

/** Characters that make a spreadsheet read a text cell as a formula. */
const FORMULA_START = /^[=+\-@\t\r\n]/
const FORMULA_LINE = /[\r\n][=+\-@\t]/

/**
 * Text made safe for spreadsheets: a cell that starts with = + - @ tab CR or LF, or
 * holds a line that does, is prefixed with an apostrophe so it is read as text.
 */
export function safeText(text: string): string {
  return FORMULA_START.test(text) || FORMULA_LINE.test(text) ? `'${text}` : text
}

function quote(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

function formatCell(cell: CsvCell): string {
  if (cell === null || cell === undefined) return ''
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : ''
  return quote(safeText(cell))
}

/**
 * CSV text for spreadsheets on Chinese Windows: a UTF-8 BOM so Excel picks the right
 * encoding, CRLF line ends, text cells quoted when needed and defused against formulas.
 */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return '\uFEFF' + rows.map((row) => row.map(formatCell).join(',')).join('\r\n') + '\r\n'
}
