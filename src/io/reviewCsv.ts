/**
 * The 审核 file (docs/formats.md): the review states of unit-periods, read into rows the
 * check plans beside an import's data, and written from the stored reviews.
 */
import { chinesePeriodName, isMonth, parseMonth, periodOf, type Month } from '@/domain/period'
import { parseQuarter } from '@/domain/quarter'
import { currentStep, REVIEW_STATE_NAMES, type PeriodReview, type ReviewState } from '@/domain/review'
import { unitYearIdOf } from '@/domain/unitYears'
import type { ImportProblem } from '@/domain/model'
import { detectReview, REVIEW_COLUMNS } from './csvKinds'
import { unmarkText, type CsvCell } from './csvWriter'
import { failedFile, type ParsedCsv, type ReviewRow } from './parsedCsv'
import { problemOf, type ProblemCode } from './problemText'
import { cleanCells } from './textCells'

const STATE_OF = new Map(Object.entries(REVIEW_STATE_NAMES).map(([state, name]) => [name, state as ReviewState]))

const TIME = /^(\d{4})-(\d{1,2})-(\d{1,2})[ T](\d{1,2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:?\d{2})?$/

/** A 审核时间 (`2024-10-15 09:30:00+08:00`; without an offset, local time) in ms, or null. */
export function parseReviewTime(text: string): number | null {
  const m = TIME.exec(text.trim())
  if (!m) return null
  const [, y, mo, d, h, mi, s = '0', zone] = m
  const parts = [Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s)] as const
  if (zone === undefined) return new Date(...parts).getTime()
  const offset =
    zone === 'Z' ? 0 : (zone[0] === '-' ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(-2)))
  return Date.UTC(...parts) - offset * 60_000
}

/** A time as the 审核 file writes it: local, with its offset (`2024-10-15 09:30:00+08:00`). */
export function reviewTimeText(at: number): string {
  const d = new Date(at)
  const two = (n: number) => String(Math.abs(n)).padStart(2, '0')
  const offset = -d.getTimezoneOffset()
  const zone = `${offset < 0 ? '-' : '+'}${two(Math.trunc(offset / 60))}:${two(offset % 60)}`
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}:${two(d.getSeconds())}${zone}`
}

/** A 审核 file's rows read from a table whose header row has the marker; null for any other table. */
export function parseReviewTable(
  all: readonly (readonly string[])[],
  lines: readonly number[],
  fileName: string,
): ParsedCsv | null {
  const [headers = [], ...rest] = all
  const match = detectReview(headers)
  if (!match) return null
  const base = { fileName, encoding: null, delimiter: ',', kind: 'review' as const, headers: [...headers], notices: [] }
  if (match.missing.length > 0)
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
  const rows: string[][] = []
  const rowLines: number[] = []
  rest.forEach((row, i) => {
    if (row.some((cell) => cell.trim() !== '')) {
      rows.push([...row])
      rowLines.push(lines[i + 1]!)
    }
  })
  if (rows.length === 0) return failedFile(fileName, problemOf('headerOnly'), { ...base, kind: 'review' })
  const cleaned = cleanCells(match, base.headers, rows, rowLines, fileName)
  const problems: ImportProblem[] = [...cleaned.problems]
  const review: ReviewRow[] = []
  cleaned.rows.forEach((row, i) => {
    const line = cleaned.lines[i]!
    const cell = (field: string) => {
      const at = match.columns.get(field)
      return at === undefined ? '' : unmarkText((row[at] ?? '').trim()).trim()
    }
    const bad = (field: string, code: ProblemCode) => {
      const column = REVIEW_COLUMNS.find((c) => c.field === field)!.header
      problems.push({ file: fileName, line, column, found: cell(field), ...problemOf(cell(field) ? code : 'required') })
      return null
    }
    const year = /^\d{4}$/.test(cell('year')) ? Number(cell('year')) : bad('year', 'year')
    const unit = cell('unit') || bad('unit', 'required')
    const quarter = cell('quarter') ? parseQuarter(cell('quarter')) : null
    const month = cell('month')
      ? (parseMonth(cell('month')) ?? bad('month', 'month'))
      : quarter
        ? ((quarter * 3) as Month)
        : bad(match.columns.has('quarter') ? 'quarter' : 'month', 'quarter')
    const state = STATE_OF.get(cell('state')) ?? bad('state', 'reviewState')
    const at = parseReviewTime(cell('at')) ?? bad('at', 'reviewTime')
    if (year === null || !unit || month === null || !isMonth(month) || state === null || at === null) return
    const [scope, name, code, item, reason, by] = ['scope', 'name', 'code', 'item', 'reason', 'by'].map(cell) as [
      string,
      string,
      string,
      string,
      string,
      string,
    ]
    review.push({ line, year, unit, month, state, by, at, scope, name, code, item, reason })
  })
  return {
    ...base,
    notices: cleaned.notices,
    rows,
    rowLines,
    tagged: null,
    recordLines: review.map((r) => r.line),
    problems: problems.sort((a, b) => a.line - b.line),
    ...(review.length > 0 && { review }),
  }
}

/** The header, then per period its state row (with the overall reason) and a row per line's reason. */
export function reviewRows(reviews: readonly PeriodReview[], parents: ReadonlyMap<string, string>): CsvCell[][] {
  const header = REVIEW_COLUMNS.map((c) => c.header)
  const out: CsvCell[][] = [header]
  const sorted = [...reviews].sort((a, b) => a.unit.localeCompare(b.unit, 'zh-CN') || a.month - b.month)
  for (const review of sorted) {
    const step = currentStep(review)
    if (!step) continue
    const { year, unit, month } = review
    const quarter = month % 3 === 0 ? month / 3 : ''
    const row = (scope: string, name: string, code: string, item: string, reason: string): CsvCell[] => [
      year,
      unit,
      parents.get(unitYearIdOf(review)) ?? '',
      quarter,
      quarter === '' ? chinesePeriodName(periodOf(month, true)) : '',
      REVIEW_STATE_NAMES[step.state],
      step.by,
      reviewTimeText(step.at),
      scope,
      name,
      code,
      item,
      reason,
    ]
    const returned = step.state === 'returned'
    out.push(row('', '', '', '', returned ? (step.reason ?? '') : ''))
    if (!returned) continue
    for (const l of step.lines ?? [])
      out.push(
        l.subject === 'indicator' ? row(l.scope, l.name, l.ref, '', l.reason) : row(l.scope, '', '', l.name, l.reason),
      )
  }
  return out
}
