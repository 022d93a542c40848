import { problemOf } from './problemText'
import { csvRows } from './csvRows'
import { parseTable } from './parseTable'
import { failedFile, type ParsedCsv, type ParseOptions } from './parsedCsv'

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
