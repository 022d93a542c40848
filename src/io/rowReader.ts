import { CSV_COLUMNS, type HeaderMatch } from './csvKinds'
import { unmarkText } from './csvWriter'
import type { ImportProblem, ImportKind } from '@/domain/model'
import { problemOf, type ProblemCode } from './problemText'

/**
 * Reads cells of one data row by field name, and collects problems against the
 * row's line and the column's Chinese header.
 */
export class RowReader {
  constructor(
    private readonly kind: ImportKind,
    private readonly match: HeaderMatch,
    private readonly file: string,
    private readonly problems: ImportProblem[],
  ) {}

  row: readonly string[] = []
  line = 0

  /** Points the reader at the next row. */
  at(row: readonly string[], line: number): this {
    this.row = row
    this.line = line
    return this
  }

  /**
   * The trimmed cell, or '' when the column is absent or empty. A leading apostrophe,
   * the spreadsheet text marker our exports add against formulas, is dropped.
   */
  text(field: string): string {
    const index = this.match.columns.get(field)
    return index === undefined ? '' : unmarkText((this.row[index] ?? '').trim()).trim()
  }

  /** Whether the file has the column. */
  has(field: string): boolean {
    return this.match.columns.has(field)
  }

  /** The cell, or undefined when empty: for optional text columns. */
  optional(field: string): string | undefined {
    return this.text(field) || undefined
  }

  /** Records a problem with the current row's cell of `field`. */
  report(field: string, code: ProblemCode, found = this.text(field)): void {
    const header = CSV_COLUMNS[this.kind].find((c) => c.field === field)?.header ?? field
    this.problems.push({ file: this.file, line: this.line, column: header, found, ...problemOf(code) })
  }

  /** The cell parsed by `parse`; reports and returns null when required-and-empty or unparsable. */
  parsed<T>(field: string, parse: (text: string) => T | null, code: ProblemCode, required = true): T | null {
    const text = this.text(field)
    if (!text) {
      if (required) this.report(field, 'required', '')
      return null
    }
    const value = parse(text)
    if (value === null) this.report(field, code)
    return value
  }
}
