/**
 * Periods (SPEC §2.8): a value is as of the end of month m of its year, 1–12; quarter q
 * is month 3q. A period keeps how the user gave it, so that screens and exports name it
 * the same way (第3季度, 1-7月).
 */
import { toHalfWidth, type Quarter } from './quarter'

export type Month = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12

/** The year end: the self-evaluation's period. */
export const YEAR_END: Month = 12

/** The months that close a quarter, in order. */
export const QUARTER_ENDS: readonly Month[] = [3, 6, 9, 12]

/** A period as screens name it: its month, and whether the user gave it as a month (1-7月) or a quarter. */
export interface Period {
  month: Month
  byMonth: boolean
}

/** The periods a year is drawn and picked by: every quarter's end, and any other month given, in order. */
export function withQuarterEnds(months: Iterable<Month>): Month[] {
  return [...new Set<Month>([...QUARTER_ENDS, ...months])].sort((a, b) => a - b)
}

/** True for a whole number 1–12. */
export function isMonth(n: number): n is Month {
  return Number.isInteger(n) && n >= 1 && n <= 12
}

/** Time progress (序时进度) at the end of month m: m / 12. */
export function timeProgress(m: Month): number {
  return m / 12
}

/** The month a quarter's values are as of: quarter q is month 3q. */
export function monthOfQuarter(q: Quarter): Month {
  return (q * 3) as Month
}

/** The quarter month m closes, or null inside a quarter (1-7月 closes none). */
export function quarterClosedBy(m: Month): Quarter | null {
  return m % 3 === 0 ? ((m / 3) as Quarter) : null
}

/**
 * Reads a 截至月份 cell: `7`, `7月`, `1-7月`, `1—7月`, `1~7月`, `1至7月`, `01-07`, full-width
 * digits too. A range must start in January: values are year to date. Null otherwise.
 */
export function parseMonth(text: string): Month | null {
  const s = toHalfWidth(text).trim().replace(/\s+/g, '')
  const m = /^(?:0?1(?:月份?)?[-—–~～至到])?(\d{1,2})(?:月份?|月末|月底)?$/.exec(s)
  if (!m?.[1]) return null
  const month = Number(m[1])
  return isMonth(month) ? month : null
}

/** The later of two months, either of which may be none. */
export function laterMonth(a: Month | null, b: Month | null): Month | null {
  return a === null ? b : b === null ? a : a > b ? a : b
}

type Dated = { readonly month: Month }

/** The latest month anything was reported for in these rows (values and spending), or null. */
export function latestMonth(rows: {
  readonly actuals?: readonly Dated[]
  readonly spending?: readonly Dated[]
}): Month | null {
  let latest: Month | null = null
  for (const list of [rows.actuals ?? [], rows.spending ?? []])
    for (const row of list) latest = laterMonth(latest, row.month)
  return latest
}

/**
 * The periods these rows were reported for, in month order, each named as given: a
 * quarter's end is a quarter unless every row of that month came as a month (截至月份).
 */
export function periodsOf(rows: {
  readonly actuals?: readonly (Dated & { readonly byMonth?: boolean })[]
  readonly spending?: readonly (Dated & { readonly byMonth?: boolean })[]
}): Period[] {
  const asQuarter = new Map<Month, boolean>()
  for (const list of [rows.actuals ?? [], rows.spending ?? []]) {
    for (const row of list) asQuarter.set(row.month, (asQuarter.get(row.month) ?? false) || !row.byMonth)
  }
  return [...asQuarter].sort(([a], [b]) => a - b).map(([month, quarterly]) => periodOf(month, !quarterly))
}

/** Month m named as a month when asked or when it closes no quarter. */
export function periodOf(month: Month, byMonth = false): Period {
  return { month, byMonth: byMonth || quarterClosedBy(month) === null }
}

/**
 * Which of three ways a period is named, with its number: quarter q (第3季度, Q3), January
 * alone (1月), or months 1–m (1-7月). Every language names a period by these.
 */
export type PeriodNaming = { way: 'quarter'; q: Quarter } | { way: 'month1' } | { way: 'months'; m: Month }

/** How a period is named: as a quarter unless given as a month; a month as January alone or a span from January. */
export function periodNaming({ month, byMonth }: Period): PeriodNaming {
  if (!byMonth) return { way: 'quarter', q: (month / 3) as Quarter }
  return month === 1 ? { way: 'month1' } : { way: 'months', m: month }
}

/** A period in Chinese, as forms and exports name it: 第3季度, 1-7月, 1月. */
export function chinesePeriodName(period: Period): string {
  const naming = periodNaming(period)
  switch (naming.way) {
    case 'quarter':
      return `第${naming.q}季度`
    case 'month1':
      return '1月'
    default:
      return `1-${naming.m}月`
  }
}

/** True for the year end given as a quarter: the whole year, a self-evaluation's period (全年). */
export function isWholeYear({ month, byMonth }: Period): boolean {
  return month === YEAR_END && !byMonth
}

/** A form's period in Chinese: 全年 for the whole year, else as {@link chinesePeriodName}. */
export function chineseFormPeriodName(period: Period): string {
  return isWholeYear(period) ? '全年' : chinesePeriodName(period)
}
