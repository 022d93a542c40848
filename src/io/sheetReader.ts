/**
 * What a sheet (of a workbook, or a CSV file) holds: one of the four flat kinds under a
 * header row in its first 20 rows, or official forms found by their titles (SPEC §2.6–2.7).
 */
import { CSV_COLUMNS, detectKind } from './csvKinds'
import type { ImportKind } from '@/domain/model'
import { parseTable } from './parseTable'
import type { CellOf, ParsedCsv, ParseOptions } from './parsedCsv'
import { columnName, lineOf, type SheetGrid } from './sheetGrid'
import { findForms, readForm, type FormRead } from './forms/readForm'

/** Rows searched for a flat header, as SPEC §2.6 says. */
const HEADER_ROWS = 20

export type SheetRead =
  | { kind: 'flat'; part: ParsedCsv }
  | { kind: 'forms'; forms: FormRead[] }
  | { kind: 'skipped'; reason: 'emptySheet' | 'unknownSheet' }

/** Reads one sheet; a flat table's part is named `name`. */
export function readSheet(grid: SheetGrid, name: string, options: ParseOptions = {}): SheetRead {
  if (grid.rows.every((row) => row.every((cell) => !cell.trim()))) return { kind: 'skipped', reason: 'emptySheet' }
  const headerRows = Math.min(HEADER_ROWS, grid.rows.length)
  let partial: number | null = null
  for (let row = 0; row < headerRows; row++) {
    const match = detectKind(grid.rows[row]!)
    if (match && match.missing.length === 0) return { kind: 'flat', part: flatPart(grid, row, name, options) }
    if (match && partial === null) partial = row
  }
  const titles = findForms(grid)
  if (titles.length > 0) {
    return {
      kind: 'forms',
      forms: titles.map((title, i) => readForm(grid, title, titles[i + 1]?.row ?? grid.rows.length)),
    }
  }
  // A header with some of a kind's columns: read as that kind, so its problems say which are missing.
  if (partial !== null) return { kind: 'flat', part: flatPart(grid, partial, name, options) }
  return { kind: 'skipped', reason: 'unknownSheet' }
}

function flatPart(grid: SheetGrid, headerRow: number, name: string, options: ParseOptions): ParsedCsv {
  const rows = grid.rows.slice(headerRow)
  const lines = rows.map((_, i) => lineOf(grid, headerRow + i))
  const headers = rows[0]!
  const columnOf = new Map<string, number>()
  const match = detectKind(headers)
  // A problem names the column by its Chinese header; the sheet's own spelling is where it is.
  for (const [field, index] of match?.columns ?? []) {
    const spec = match && headerOf(match.kind, field)
    if (spec) columnOf.set(spec, index)
  }
  const cellOf: CellOf | undefined =
    grid.name === null
      ? undefined
      : (line, column) =>
          columnOf.has(column) ? `${grid.name}!${columnName(columnOf.get(column)!)}${line}` : undefined
  return parseTable(rows, lines, name, options, cellOf)
}

function headerOf(kind: ImportKind, field: string): string | undefined {
  return CSV_COLUMNS[kind].find((c) => c.field === field)?.header
}
