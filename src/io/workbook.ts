/**
 * Reads `.xlsx` and legacy `.xls` workbooks into grids of text (SPEC §2.6), with SheetJS
 * Community Edition (docs/workbooks.md says why this library). Imported only by the import
 * worker, on the first workbook, so neither the page nor a CSV import loads it.
 */
import type { CellObject, WorkSheet } from '@e965/xlsx'
import type { SheetGrid } from './sheetGrid'
import { checkZip } from './zipGuard'

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04]
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]

/** Why a workbook could not be read (see problemText). */
export type WorkbookFailure = 'workbookBroken' | 'workbookEncrypted' | 'workbookTooLarge'

export type WorkbookRead = { ok: true; sheets: SheetGrid[] } | { ok: false; reason: WorkbookFailure; message?: string }

const startsWith = (bytes: Uint8Array, magic: readonly number[]) => magic.every((b, i) => bytes[i] === b)

/** Whether the bytes are a workbook container at all: a zip (`.xlsx`) or an OLE file (`.xls`). */
export function isWorkbookBytes(bytes: Uint8Array): boolean {
  return startsWith(bytes, ZIP_MAGIC) || startsWith(bytes, OLE_MAGIC)
}

/**
 * Every sheet of a workbook as the sheet shows it: numbers as formatted (a percent-formatted
 * 0.85 is `85%`), dates as `2024-11-30`, formulas as their last computed value (never the
 * formula), and each merged range's value in every cell it covers.
 */
export async function readWorkbook(bytes: Uint8Array): Promise<WorkbookRead> {
  if (!isWorkbookBytes(bytes)) return { ok: false, reason: 'workbookBroken' }
  if (startsWith(bytes, ZIP_MAGIC)) {
    const zip = checkZip(bytes)
    if (!zip.ok) return { ok: false, reason: zip.reason === 'tooLarge' ? 'workbookTooLarge' : 'workbookBroken' }
  }
  const XLSX = await import('@e965/xlsx')
  try {
    // Stryker disable BooleanLiteral: equivalent, textOf reads each cell alike with these on (a date cell as its ISO date either way)
    const book = XLSX.read(bytes, {
      type: 'array',
      dense: true,
      cellNF: true,
      cellText: true,
      cellDates: false,
      cellFormula: false,
      cellHTML: false,
      cellStyles: false,
      bookVBA: false,
    })
    // Stryker restore BooleanLiteral
    return { ok: true, sheets: book.SheetNames.map((name) => gridOf(name, book.Sheets[name]!, XLSX.SSF)) }
  } catch (cause) {
    const message = cause instanceof Error ? cause.message : String(cause)
    // SheetJS says "password-protected" (or names the encryption) for an encrypted file.
    if (/password|encrypt/i.test(message)) return { ok: false, reason: 'workbookEncrypted' }
    return { ok: false, reason: 'workbookBroken', message }
  }
}

type Formatter = { is_date(format: string): boolean; format(format: string, value: number): string }

function gridOf(name: string, sheet: WorkSheet, ssf: Formatter): SheetGrid {
  const dense = (sheet as { '!data'?: (CellObject | undefined)[][] })['!data'] ?? []
  const rows: string[][] = []
  for (let r = 0; r < dense.length; r++) {
    const cells = dense[r] ?? []
    const row: string[] = []
    for (let c = 0; c < cells.length; c++) row.push(textOf(cells[c], ssf))
    rows.push(row)
    // Each row's cell objects go as soon as its text is taken: a province's sheet is a million cells.
    dense[r] = []
  }
  const mergedFrom = new Map<number, Map<number, number>>()
  const merges = sheet['!merges'] ?? []
  // Each range gives its own first cell's value, taken before any range is spread.
  const values = merges.map((range) => rows[range.s.r]?.[range.s.c] ?? '')
  for (const [i, range] of merges.entries()) {
    const value = values[i]!
    for (let r = range.s.r; r <= range.e.r; r++) {
      const row = (rows[r] ??= [])
      const from = mergedFrom.get(r) ?? mergedFrom.set(r, new Map()).get(r)!
      for (let c = range.s.c; c <= range.e.c; c++) {
        // Stryker disable next-line EqualityOperator: equivalent, one '' more at c is overwritten at once
        while (row.length < c) row.push('')
        row[c] = value
        // Ranges that overlap (Excel forbids it, a file may not): the last one read is what shows.
        if (r > range.s.r) from.set(c, range.s.r)
        else from.delete(c)
      }
    }
  }
  for (let r = 0; r < rows.length; r++) rows[r] ??= []
  for (const [r, columns] of mergedFrom) if (columns.size === 0) mergedFrom.delete(r)
  return { name, rows, ...(mergedFrom.size > 0 && { mergedFrom }) }
}

/** A cell as the sheet shows it; a date as ISO, which every date cell of a form is read as. */
function textOf(cell: CellObject | undefined, ssf: Formatter): string {
  if (!cell || cell.v === undefined || cell.v === null) return ''
  if (cell.t === 'e') return ''
  if (cell.t === 'n' && typeof cell.z === 'string' && ssf.is_date(cell.z))
    return ssf.format('yyyy-mm-dd', cell.v as number)
  if (cell.t === 'd' && cell.v instanceof Date) return cell.v.toISOString().slice(0, 10)
  return cell.w ?? String(cell.v)
}
