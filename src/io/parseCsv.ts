import Papa from 'papaparse'
import { detectKind, type HeaderMatch } from './csvKinds'
import { detectDelimiter, type TextEncodingName } from './encoding'
import { mapRows, unitYearsOfCells, type RecordsByKind, type UnitYearParent } from './rowMapping'
import { noticeOf, problemOf } from './problemText'
import { cleanCells } from './textCells'
import type { ImportNotice, UnitYearKey, ImportProblem, ImportKind } from '@/domain/model'
import type { Month } from '@/domain/period'
import type { ReviewState } from '@/domain/review'

/** Longest cell accepted; longer ones are almost always a broken quote swallowing the file. */
export const MAX_CELL_LENGTH = 10_000

/** Records tagged with their kind, so a switch on `kind` narrows `records`. */
export type KindRecords = { [K in ImportKind]: { kind: K; records: RecordsByKind[K][] } }[ImportKind]

/** One file read: what it is, its rows for the preview, its records and its problems. */
export interface ParsedCsv {
  fileName: string
  encoding: TextEncodingName | null
  delimiter: string
  kind: ImportKind | 'review' | null
  headers: string[]
  /** Non-blank data rows as read, for the preview. */
  rows: string[][]
  /** The editor line each of `rows` starts on. */
  rowLines: number[]
  /** Records of the rows without problems, and the line of each. */
  tagged: KindRecords | null
  recordLines: number[]
  problems: ImportProblem[]
  /** Things worth knowing that block nothing (ignored columns). */
  notices: ImportNotice[]
  /** The cell (`工作表1!F14`) of a line's column, in a workbook or a form. */
  cellOf?: CellOf
  /** The 主管部门 its rows name for their unit-years (a 主管部门 column, or a form's label). */
  parents?: UnitYearParent[]
  /**
   * Read from an official form: its rows update stored ones field by field (a 申报表 has
   * no 分值 and must not erase one), and stored indicators keep their place.
   */
  ontoStored?: boolean
  /** A form's 整改 cells, by the line of the indicator row they stand on (a 监控表 with 整改 columns). */
  rectify?: FormRectify[]
  /** A 审核 file's rows: review states, planned beside the data (`kind` is then `review`, `tagged` null). */
  review?: ReviewRow[]
}

/** One row of a 审核 file, as read. */
export interface ReviewRow {
  line: number
  year: number
  unit: string
  month: Month
  state: ReviewState
  by: string
  at: number
  /** Empty on the row of the state and the overall reason. */
  scope: string
  name: string
  code: string
  item: string
  reason: string
}

/** The 整改 cells of one indicator row of a form, as read; the row's light and 偏差原因 beside them. */
export interface FormRectify {
  line: number
  measure: string
  owner: string
  due: string
  state: string
  light: 'yellow' | 'red'
  reason: string
}

/** The cell of a line's column (its Chinese header), or undefined. */
export type CellOf = (line: number, column: string) => string | undefined

export interface ParseOptions {
  /** Marks actuals and spending as illustrative (the bundled sample). */
  sample?: boolean
  /** Called now and then with the share of the text read, 0–1. */
  onProgress?: (share: number) => void
  /**
   * Hears the unit-years a table's rows name, before the rows are mapped: the import
   * starts reading their stored documents then, and the database reads while this thread maps.
   */
  onUnitYears?: (keys: UnitYearKey[]) => void
}

/** A file that could not be read at all, with the one problem that says why. */
export function failedFile(
  fileName: string,
  why: ReturnType<typeof problemOf>,
  partial: Partial<ParsedCsv> = {},
): ParsedCsv {
  return {
    fileName,
    encoding: null,
    delimiter: ',',
    kind: null,
    headers: [],
    rows: [],
    rowLines: [],
    tagged: null,
    recordLines: [],
    problems: [{ file: fileName, line: 1, ...why }],
    notices: [],
    ...partial,
  }
}

/**
 * Parses CSV text row by row, tracking the editor line each row starts on (quoted
 * cells may span lines), detects the kind from the header row and maps every data
 * row to a typed record or to problems.
 */
export function parseCsvText(input: string, fileName: string, options: ParseOptions = {}): ParsedCsv {
  const text = input.replace(/^\uFEFF/, '')
  if (text.trim() === '') return failedFile(fileName, problemOf('emptyFile'))
  const { rows, lines, delimiter } = csvRows(text, options)
  return { ...parseTable(rows, lines, fileName, options), delimiter }
}

/** CSV text as rows of cells, with the editor line each row starts on. */
export function csvRows(
  text: string,
  options: ParseOptions = {},
): { rows: string[][]; lines: number[]; delimiter: ',' | '\t' | ';' } {
  const delimiter = detectDelimiter(text)
  const all: string[][] = []
  const lines: number[] = []
  let line = 1
  let cursor = 0
  let sinceProgress = 0
  Papa.parse<string[]>(text, {
    delimiter,
    skipEmptyLines: false,
    step: (result) => {
      all.push(result.data)
      lines.push(line)
      const end = result.meta.cursor
      // Jumps from line break to line break: a row is one line but for quoted breaks.
      for (let i = text.indexOf('\n', cursor); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) line += 1
      cursor = end
      if (options.onProgress && ++sinceProgress >= 2000) {
        sinceProgress = 0
        options.onProgress(end / text.length)
      }
    },
  })
  return { rows: all, lines, delimiter }
}

/**
 * A table whose first row is its header (a CSV file, or a sheet from its header row on):
 * detects the kind from the header and maps every data row to a typed record or to
 * problems. `cellOf` names a cell (`工作表1!F14`) for problems in a workbook's sheet.
 */
export function parseTable(
  all: readonly string[][],
  lines: readonly number[],
  fileName: string,
  options: ParseOptions = {},
  cellOf?: CellOf,
): ParsedCsv {
  const [headers = [], ...rest] = all
  const restLines = lines.slice(1)
  const match = detectKind(headers)
  if (!match) {
    return failedFile(fileName, problemOf('unknownHeader'), { headers: [...headers], delimiter: ',' })
  }
  const base = {
    fileName,
    encoding: null,
    delimiter: ',',
    kind: match.kind,
    headers: [...headers],
    notices: noticesOf(match),
    ...(cellOf && { cellOf }),
  }
  if (match.missing.length > 0) {
    return {
      ...base,
      rows: [],
      rowLines: [],
      tagged: null,
      recordLines: [],
      problems: match.missing.map((column) => ({
        file: fileName,
        line: lines[0] ?? 1,
        column,
        ...problemOf('missingColumn'),
      })),
    }
  }
  const rows: string[][] = []
  const rowLines: number[] = []
  rest.forEach((row, i) => {
    if (row.some((cell) => cell.trim() !== '')) {
      rows.push(row)
      rowLines.push(restLines[i]!)
    }
  })
  if (rows.length === 0) {
    return {
      ...base,
      rows,
      rowLines,
      tagged: null,
      recordLines: [],
      problems: [{ file: fileName, line: (lines[0] ?? 1) + 1, ...problemOf('headerOnly') }],
    }
  }
  const oversized = oversizedCells(rows, rowLines, base.headers, fileName)
  const tooLong = new Set(oversized.map((p) => p.line))
  const cleaned = cleanCells(
    match,
    base.headers,
    rows.filter((_, i) => !tooLong.has(rowLines[i]!)),
    rowLines.filter((l) => !tooLong.has(l)),
    fileName,
  )
  const { rows: usable, lines: usableLines } = cleaned
  const problems = [...oversized, ...cleaned.problems]
  base.notices.push(...cleaned.notices)
  options.onUnitYears?.(unitYearsOfCells(match.kind, match, usable))
  const mapped = mapRows(match.kind, match, usable, {
    file: fileName,
    sample: options.sample ?? false,
    lines: usableLines,
  })
  options.onProgress?.(1)
  if (mapped.unreported > 0) base.notices.push(noticeOf('unreported', { n: mapped.unreported, kind: match.kind }))
  return {
    ...base,
    rows,
    rowLines,
    tagged: { kind: match.kind, records: mapped.records } as KindRecords,
    recordLines: mapped.lines,
    ...(mapped.parents.length > 0 && { parents: mapped.parents }),
    problems: citeCells([...problems, ...mapped.problems], cellOf).sort((a, b) => a.line - b.line),
  }
}

/** Problems with the cell each is in, where the file can name cells. */
export function citeCells(problems: ImportProblem[], cellOf: CellOf | undefined): ImportProblem[] {
  if (!cellOf) return problems
  return problems.map((p) => {
    const cell = p.column ? cellOf(p.line, p.column) : undefined
    return cell ? { ...p, cell } : p
  })
}

function noticesOf(match: HeaderMatch): ImportNotice[] {
  return match.unknown.length > 0
    ? [noticeOf('unknownColumns', { kind: match.kind, columns: match.unknown.join('、') })]
    : []
}

/** One problem per cell over MAX_CELL_LENGTH characters. */
function oversizedCells(rows: string[][], rowLines: number[], headers: string[], file: string): ImportProblem[] {
  const problems: ImportProblem[] = []
  rows.forEach((row, i) =>
    row.forEach((cell, c) => {
      if (cell.length > MAX_CELL_LENGTH) {
        problems.push({
          file,
          line: rowLines[i]!,
          column: headers[c]?.trim() || `第${c + 1}列`,
          found: `${cell.slice(0, 20)}…（${cell.length} 个字符）`,
          ...problemOf('cellTooLong', { max: MAX_CELL_LENGTH }),
        })
      }
    }),
  )
  return problems
}
