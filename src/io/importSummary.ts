import { unmarkText } from './csvWriter'
import type { CsvKind } from './csvKinds'
import type { TextEncodingName } from './encoding'
import type { ImportPlan } from './importPlan'
import type { ParsedCsv } from './parseCsv'
import type { ImportProblem } from './problems'
import type { ImportNotice } from '@/domain/model'

/** Rows of a file shown in the preview; every row is still checked and imported. */
export const PREVIEW_ROWS = 500

/**
 * What the import screen shows of a file read in the worker: its facts, its problems
 * and the first rows. The records stay in the worker, so a province's file never has
 * to be copied to (and held by) the page.
 */
export interface FileSummary {
  fileName: string
  encoding: TextEncodingName | null
  kind: CsvKind | null
  headers: string[]
  /** Non-blank data rows in the file. */
  rowCount: number
  problems: ImportProblem[]
  notices: ImportNotice[]
  /** The first PREVIEW_ROWS rows as read, and the editor line each starts on. */
  preview: { rows: string[][]; lines: number[] }
}

/** The summary of a parsed file. */
export function summariseFile(parsed: ParsedCsv, previewRows = PREVIEW_ROWS): FileSummary {
  return {
    fileName: parsed.fileName,
    encoding: parsed.encoding,
    kind: parsed.kind,
    headers: parsed.headers,
    rowCount: parsed.rows.length,
    problems: parsed.problems,
    notices: parsed.notices,
    // Shown as the importer reads them: a spreadsheet's text mark (`'=100%`) is no part of the value.
    preview: { rows: parsed.rows.slice(0, previewRows).map((row) => row.map(unmarkText)), lines: parsed.rowLines.slice(0, previewRows) },
  }
}

/** An import plan without its rows: what the page needs to show it and decide. */
export type PlanSummary = Omit<ImportPlan, 'rows'> & {
  /** Rows that would be written (added or updated). */
  toWrite: number
}

/** The summary of a plan. */
export function summarisePlan({ rows, ...rest }: ImportPlan): PlanSummary {
  return { ...rest, toWrite: rest.counts.added + rest.counts.updated }
}
