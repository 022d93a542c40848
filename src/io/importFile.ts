/**
 * Reads one file the user chose, whatever it is: a CSV of one of the four kinds, a CSV
 * saved from an official form, or a workbook whose sheets are either (SPEC §2, §2.6–2.7).
 * A file becomes parts, each of one kind, checked and imported as CSV files are.
 */
import { detectKind } from './csvKinds'
import { decodeCsvBytes, type TextEncodingName } from './encoding'
import { csvRows } from './csvRows'
import { failedFile, type ParsedCsv, type ParseOptions } from './parsedCsv'
import { parseTable } from './parseTable'
import { problemOf } from './problemText'
import type { SheetGrid } from './sheetGrid'
import { readSheet } from './sheetReader'
import { parseReviewTable } from './reviewCsv'
import { formToParts, resolveUnits, type FormSummary } from './forms/formParts'
import type { FormRead } from './forms/readForm'
import { withGivenUnit, type GivenUnits } from './forms/givenUnit'
import { isWorkbookBytes, readWorkbook } from './workbook'

/** A sheet of a workbook, and what became of it. */
export interface SheetSummary {
  name: string
  read: 'flat' | 'forms' | 'skipped'
  /** Why a sheet was skipped (problemText's sentence). */
  reason?: string
}

/** A file read: its parts (one kind each), the forms found and, for a workbook, its sheets. */
export interface FileRead {
  fileName: string
  encoding: TextEncodingName | null
  workbook: boolean
  parts: ParsedCsv[]
  forms: FormSummary[]
  sheets: SheetSummary[]
  /**
   * The file read again with units the user gave for forms that print none (by the form's
   * key): every form re-enters the plan as if its unit were printed on it. Absent on a
   * file without official forms.
   */
  withUnits?: (units: GivenUnits) => FileRead
}

const SKIPPED: Record<'emptySheet' | 'unknownSheet', string> = {
  emptySheet: '空白工作表',
  unknownSheet: '未找到各类文件的表头（前 20 行内），也未找到绩效目标申报表、绩效监控表或绩效自评表的标题',
}

/** Reads a file's bytes into parts; never throws: a file that cannot be read is one failed part. */
export async function readImportFile(
  bytes: Uint8Array,
  fileName: string,
  options: ParseOptions = {},
): Promise<FileRead> {
  const base = { fileName, encoding: null, workbook: false, forms: [], sheets: [] }
  if (bytes.length === 0) return { ...base, parts: [failedFile(fileName, problemOf('emptyFile'))] }
  if (isWorkbookBytes(bytes)) return readWorkbookFile(bytes, fileName, options)
  const decoded = decodeCsvBytes(bytes)
  // Named as a workbook but neither a workbook nor text (an `.xls` may be a system's text export).
  if (!decoded.ok && decoded.reason === 'binary' && /\.xlsx?$/i.test(fileName))
    return { ...base, parts: [failedFile(fileName, problemOf('workbookBroken'))] }
  if (!decoded.ok) return { ...base, parts: [failedFile(fileName, problemOf(decoded.reason))] }
  const text = decoded.text.replace(/^\uFEFF/, '')
  if (text.trim() === '')
    return { ...base, encoding: decoded.encoding, parts: [failedFile(fileName, problemOf('emptyFile'))] }
  const { rows, lines, delimiter } = csvRows(text, options)
  const withEncoding = (part: ParsedCsv) => ({ ...part, encoding: decoded.encoding, delimiter })
  const review = parseReviewTable(rows, lines, fileName)
  if (review) return { ...base, encoding: decoded.encoding, parts: [withEncoding(review)] }
  // The common case, a flat CSV with its header first, goes straight to the table.
  if (rows[0] && detectKind(rows[0]))
    return { ...base, encoding: decoded.encoding, parts: [withEncoding(parseTable(rows, lines, fileName, options))] }
  const read = readSheet({ name: null, rows, lines }, fileName, options)
  if (read.kind === 'flat') return { ...base, encoding: decoded.encoding, parts: [withEncoding(read.part)] }
  if (read.kind === 'skipped')
    return {
      ...base,
      encoding: decoded.encoding,
      parts: [withEncoding(failedFile(fileName, problemOf('unknownHeader'), { headers: rows[0] ?? [] }))],
    }
  const formsRead = read.forms
  const withUnits = (units: GivenUnits): FileRead => {
    const { parts, forms } = formsToParts(formsRead, fileName, units)
    return { ...base, encoding: decoded.encoding, parts: parts.map(withEncoding), forms, withUnits }
  }
  return withUnits(new Map())
}

async function readWorkbookFile(bytes: Uint8Array, fileName: string, options: ParseOptions): Promise<FileRead> {
  const base = { fileName, encoding: null, workbook: true, forms: [], sheets: [] }
  const book = await readWorkbook(bytes)
  // Unpacking and reading the workbook is about half the work; the sheets' rows the rest.
  options.onProgress?.(0.5)
  if (!book.ok)
    return { ...base, parts: [failedFile(fileName, problemOf(book.reason, { message: book.message ?? '' }))] }
  const parts: ParsedCsv[] = []
  const forms: FormRead[] = []
  const sheets: SheetSummary[] = []
  book.sheets.forEach((grid: SheetGrid, i) => {
    const read = readSheet(grid, `${fileName} › ${grid.name}`, { ...options, onProgress: undefined })
    sheets.push({
      name: grid.name ?? '',
      read: read.kind,
      ...(read.kind === 'skipped' && { reason: SKIPPED[read.reason] }),
    })
    if (read.kind === 'flat') parts.push(read.part)
    else if (read.kind === 'forms') forms.push(...read.forms)
    options.onProgress?.(0.5 + (0.5 * (i + 1)) / book.sheets.length)
  })
  const withUnits = (units: GivenUnits): FileRead => {
    const fromForms = formsToParts(forms, fileName, units)
    return { ...base, sheets, parts: [...parts, ...fromForms.parts], forms: fromForms.forms, withUnits }
  }
  const read = withUnits(new Map())
  if (read.parts.length === 0) {
    const why = sheets.map((s) => `${s.name}：${s.reason ?? ''}`).join('；')
    return { ...base, sheets, parts: [failedFile(fileName, problemOf('noSheetRead', { sheets: why }))] }
  }
  return read
}

function formsToParts(
  forms: FormRead[],
  fileName: string,
  units: GivenUnits,
): { parts: ParsedCsv[]; forms: FormSummary[] } {
  const parts: ParsedCsv[] = []
  const summaries: FormSummary[] = []
  // A unit given is taken before short names are resolved: it may be the full name others end with.
  resolveUnits(forms.map((form) => withGivenUnit(form, units))).forEach(({ form, from }, i) => {
    const read = formToParts(form, fileName, i + 1, from)
    parts.push(...read.parts)
    summaries.push(read.summary)
  })
  return { parts, forms: summaries }
}
