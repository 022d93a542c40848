import Papa from 'papaparse'
import { detectKind, type CsvKind, type HeaderMatch } from './csvKinds'
import type { ImportProblem } from './problems'
import { mapRows, type RecordsByKind } from './rowMapping'

/** A CSV file read into typed records of its kind, or the reasons it could not be. */
export type ReadCsvResult =
  | (KindRecords & { ok: true; match: HeaderMatch; problems: ImportProblem[] })
  | { ok: false; problems: ImportProblem[] }

/** Records tagged with their kind, so a switch on `kind` narrows `records`. */
export type KindRecords = { [K in CsvKind]: { kind: K; records: RecordsByKind[K][] } }[CsvKind]

/**
 * Parses CSV text already decoded to a string (comma, tab or semicolon), detects
 * its kind from the header row and maps every data row. Used for the bundled
 * sample; uploaded files go through the same steps inside the parse worker.
 */
export function readCsvText(text: string, file: string, options: { sample?: boolean } = {}): ReadCsvResult {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
    // Blank rows are kept so that row index + 2 is the line an editor shows.
    skipEmptyLines: false,
    delimitersToGuess: [',', '\t', ';'],
  })
  const [headers, ...rows] = parsed.data
  if (!headers) return { ok: false, problems: [{ file, line: 1, expected: '文件为空' }] }
  const match = detectKind(headers)
  if (!match) {
    return {
      ok: false,
      problems: [{ file, line: 1, found: headers.join(','), expected: '无法识别的表头：应为绩效目标、预算、实际完成或预算执行之一' }],
    }
  }
  if (match.missing.length > 0) {
    return {
      ok: false,
      problems: match.missing.map((column) => ({ file, line: 1, column, expected: '缺少必需的列' })),
    }
  }
  const { records, problems } = mapRows(match.kind, match, rows, { file, ...options })
  const tagged = { kind: match.kind, records } as KindRecords
  return { ok: true, ...tagged, match, problems }
}
