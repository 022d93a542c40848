/** A cell to write: text is protected against formula injection, numbers stay numbers. */
export type CsvCell = string | number | null | undefined

/** Characters that make a spreadsheet read a text cell as a formula. */
const FORMULA_START = /^[=+\-@\t\r\n]/
const FORMULA_LINE = /[\r\n][=+\-@\t]/
/** A plain number written as text (`-2.5`, `-3%`): a spreadsheet reads it as a number, never a formula. */
const PLAIN_NUMBER = /^-?\d+(?:\.\d+)?%?$/
/** The spreadsheet text marker; readers drop one leading apostrophe (see `unmarkText`). */
const TEXT_MARK = "'"

/**
 * Text made safe for spreadsheets: a cell that starts with = + - @ tab CR or LF, or
 * holds a line that does, is prefixed with an apostrophe so it is read as text. A
 * plain negative number stays as it is, and text that already starts with an
 * apostrophe gets one more, so `unmarkText` gives back exactly what was written.
 */
export function safeText(text: string): string {
  if (PLAIN_NUMBER.test(text)) return text
  const risky = FORMULA_START.test(text) || FORMULA_LINE.test(text) || text.startsWith(TEXT_MARK)
  return risky ? TEXT_MARK + text : text
}

/** The inverse of `safeText` for a cell read back: one leading apostrophe is dropped. */
export function unmarkText(cell: string): string {
  return cell.startsWith(TEXT_MARK) ? cell.slice(1) : cell
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

/**
 * A 指标值 or 实际值 for a spreadsheet: a leading `=` is a comparator, not a formula, and
 * is written as the full-width `＝` (which every reader of targets takes as `=`) instead
 * of behind an apostrophe that would show in the cell.
 */
export function expressionText(text: string): string {
  return text.startsWith('=') ? `＝${text.slice(1)}` : text
}
