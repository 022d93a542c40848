import { detectKind, type HeaderMatch } from './csvKinds'
import { mapRows, unitYearsOfCells } from './rowMapping'
import { noticeOf, problemOf } from './problemText'
import { cleanCells } from './textCells'
import { failedFile, type CellOf, type KindRecords, type ParsedCsv, type ParseOptions } from './parsedCsv'
import type { ImportNotice, ImportProblem } from '@/domain/model'

/** Longest cell accepted; longer ones are almost always a broken quote swallowing the file. */
export const MAX_CELL_LENGTH = 10_000

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
