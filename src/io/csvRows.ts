import Papa from 'papaparse'
import { detectDelimiter } from './encoding'
import type { ParseOptions } from './parsedCsv'

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
