/**
 * The text rules (`src/domain/textRules.ts`) applied to a table's cells before its rows are
 * mapped, for every import alike (a CSV file, a workbook's sheet, an official form, the
 * entry screen): unwanted characters dropped and told, a 偏差原因 or 改进措施 past its
 * length cut and told, a name past its length refused, as it would be stored cut.
 */
import type { ImportNotice, ImportProblem } from '@/domain/model'
import { cleanText, hasUnwanted, NAME_LIMIT, NOTE_LIMIT, stripUnwanted, textLength } from '@/domain/textRules'
import type { HeaderMatch } from './csvKinds'
import { noticeOf, problemOf } from './problemText'

/** Fields that name something: too long, the row is refused rather than stored under a cut name. */
const NAME_FIELDS = ['unit', 'parent', 'scope', 'level1', 'level2', 'name', 'item']
/** Fields of free text, cut to their length. */
const NOTE_FIELDS = ['reason', 'action']

/** Lines cited in a notice: the first few, the count says the rest. */
const CITED_LINES = 5

/** A table's rows as the rules leave them, with what was done to them. */
export interface CleanCells {
  rows: string[][]
  lines: number[]
  notices: ImportNotice[]
  problems: ImportProblem[]
}

/**
 * Cleans every cell of `rows` (data rows, on editor lines `lines`) of a table whose header
 * matched `match`: unwanted characters dropped, notes cut to NOTE_LIMIT; a row whose name
 * is longer than NAME_LIMIT is left out, with a problem of its cell.
 */
export function cleanCells(
  match: Pick<HeaderMatch, 'columns'>,
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  lines: readonly number[],
  file: string,
): CleanCells {
  const header = (c: number) => headers[c]?.trim() || `第${c + 1}列`
  const nameColumns = columnsOf(match, NAME_FIELDS)
  const noteColumns = columnsOf(match, NOTE_FIELDS)
  const stripped = new Tally()
  const cut = new Tally()
  const kept: CleanCells = { rows: [], lines: [], notices: [], problems: [] }
  rows.forEach((row, i) => {
    const line = lines[i]!
    let refused = false
    const cells = row.map((cell, c) => {
      // Most cells are clean and short: they are kept as they are, with no copy.
      if (cell.length <= NAME_LIMIT && !hasUnwanted(cell)) return cell
      const limit = noteColumns.has(c) ? NOTE_LIMIT : Infinity
      const clean = limit === Infinity ? { ...stripUnwanted(cell), cut: 0 } : cleanText(cell, limit)
      if (clean.removed > 0) stripped.add(line, header(c), clean.removed)
      if (clean.cut > 0) cut.add(line, header(c), clean.cut)
      const length = textLength(clean.text.trim())
      if (nameColumns.has(c) && length > NAME_LIMIT) {
        refused = true
        kept.problems.push({
          file,
          line,
          column: header(c),
          found: `${[...clean.text.trim()].slice(0, 20).join('')}…（${length} 个字符）`,
          ...problemOf('nameTooLong', { max: NAME_LIMIT }),
        })
      }
      return clean.text
    })
    if (refused) return
    kept.rows.push(cells)
    kept.lines.push(line)
  })
  if (stripped.count > 0) kept.notices.push(noticeOf('unwantedStripped', stripped.params()))
  if (cut.count > 0) kept.notices.push(noticeOf('noteCut', { ...cut.params(), max: NOTE_LIMIT }))
  return kept
}

/** The column indexes of `fields` in a matched header. */
function columnsOf(match: Pick<HeaderMatch, 'columns'>, fields: readonly string[]): Set<number> {
  return new Set(fields.flatMap((f) => (match.columns.has(f) ? [match.columns.get(f)!] : [])))
}

/** Where something was done, for a notice: the lines, the columns, and how many characters. */
class Tally {
  private readonly lines = new Set<number>()
  private readonly columns = new Set<string>()
  count = 0

  add(line: number, column: string, n: number): void {
    this.lines.add(line)
    this.columns.add(column)
    this.count += n
  }

  params(): Record<string, string | number> {
    const lines = [...this.lines]
    return {
      lines: lines.slice(0, CITED_LINES).join('、') + (lines.length > CITED_LINES ? '…' : ''),
      rows: lines.length,
      columns: [...this.columns].join('、'),
      n: this.count,
    }
  }
}
