import type { Quarter } from '../quarter'
import type { Month } from '../period'

const pad = (n: number) => String(n).padStart(2, '0')

/** `YYYY-MM-DD` for a valid calendar date, else null. */
export function isoDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day))
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null
  return `${year}-${pad(month)}-${pad(day)}`
}

/** Last day of a month, `YYYY-MM-DD`. */
export function monthEnd(year: number, month: number): string | null {
  if (month < 1 || month > 12) return null
  return isoDate(year, month, new Date(Date.UTC(year, month, 0)).getUTCDate())
}

/** The day a quarter ends: 03-31, 06-30, 09-30, 12-31. */
export function quarterEnd(year: number, quarter: Quarter): string {
  return monthEnd(year, quarter * 3)!
}

const judgedDays = new Map<number, string>()

/**
 * The day a deadline is judged on at month m: the month's end in year, and at the year
 * end the day after the year, since the self-evaluation is made once the year has closed
 * (a deadline of 12月31日 not met then is 未完成, no longer 进行中).
 */
export function judgedOn(year: number, m: Month): string {
  if (m === 12) return `${year + 1}-01-01`
  // Asked for every indicator of every unit: a handful of distinct answers, kept.
  const key = year * 100 + m
  let day = judgedDays.get(key)
  if (day === undefined) judgedDays.set(key, (day = monthEnd(year, m)!))
  return day
}

const QUARTER_WORDS: Record<string, Quarter> = { 一: 1, 二: 2, 三: 3, 四: 4, '1': 1, '2': 2, '3': 3, '4': 4 }

/** Words that close a deadline: `前`, `之前`, `以前`, optionally followed by `完成`. */
const BEFORE = '(?:前|之前|以前)?(?:完成|办结|完工)?'

/** A bare month or quarter must be followed by one of them, else `9月` is a quantity. */
const CLOSED = '(?=前|之前|以前|完成|办结|完工)'

/**
 * The deadline forms, compiled once: parsing runs for every target of every unit. A bare
 * month or quarter needs a closing word (`9月前`, `三季度前`, `9月完成`): a bare `9月` stays a quantity.
 */
const DEADLINE = {
  day: new RegExp(`^(?:(\\d{4})年)?(\\d{1,2})月(\\d{1,2})[日号]${BEFORE}$`),
  isoDay: new RegExp(`^(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})${BEFORE}$`),
  monthEnd: new RegExp(`^(?:(\\d{4})年)?(\\d{1,2})月(?:底|末|份|${CLOSED})${BEFORE}$`),
  quarterEnd: new RegExp(`^(?:(\\d{4})年)?第?([一二三四1-4])季度(?:末|底|内|${CLOSED})${BEFORE}$`),
  yearEnd: new RegExp(`^(?:(\\d{4})年)?(?:年底|年末|年内|年度内|本年度内|当年|全年)${BEFORE}$`),
  namedYearEnd: new RegExp(`^(\\d{4})年(?:底|末|内)${BEFORE}$`),
  midYear: new RegExp(`^(?:(\\d{4})年)?(?:上半年|年中)${BEFORE}$`),
  tenDays: new RegExp(`^(?:(\\d{4})年)?(\\d{1,2})月(上|中|下)旬${BEFORE}$`),
  // Any other month closed by 前 (`9月15前`): a deadline not understood, never a quantity.
  otherMonth: /^(?:\d{4}年)?\d{1,2}月.*(?:前|之前|以前)(?:完成|办结|完工)?$/,
}

/** The day a 旬 (ten days) of a month ends: the 10th, the 20th, the month's last day. */
function tenDaysEnd(year: number, month: number, part: string): string | null {
  if (part === '下') return monthEnd(year, month)
  return isoDate(year, month, part === '上' ? 10 : 20)
}

/** Each deadline form, in the order tried, and the day it names (null: no such day). */
const FORMS: [RegExp, (m: RegExpExecArray, year: number) => string | null][] = [
  [DEADLINE.day, (m, year) => isoDate(Number(m[1] ?? year), Number(m[2]), Number(m[3]))],
  [DEADLINE.isoDay, (m) => isoDate(Number(m[1]), Number(m[2]), Number(m[3]))],
  [DEADLINE.monthEnd, (m, year) => monthEnd(Number(m[1] ?? year), Number(m[2]))],
  [DEADLINE.quarterEnd, (m, year) => quarterEnd(Number(m[1] ?? year), QUARTER_WORDS[m[2]!]!)],
  [DEADLINE.yearEnd, (m, year) => isoDate(Number(m[1] ?? year), 12, 31)],
  [DEADLINE.namedYearEnd, (m) => isoDate(Number(m[1]), 12, 31)],
  [DEADLINE.midYear, (m, year) => isoDate(Number(m[1] ?? year), 6, 30)],
  [DEADLINE.tenDays, (m, year) => tenDaysEnd(Number(m[1] ?? year), Number(m[2]), m[3]!)],
  [DEADLINE.otherMonth, () => null],
  // 按期完成 names no date: the period is the budget year.
  [/^(?:按期|按时|如期|按计划)完成$/, (_m, year) => isoDate(year, 12, 31)],
]

/**
 * Reads a deadline from normalised 指标值 text (SPEC §3): `2024年12月31日前`,
 * `2024-12-31`, `12月底前`, `9月前`, `9月中旬前`, `年底前`, `第三季度末前`, `三季度前`,
 * `上半年`, `按期完成`. A month or a quarter is due on its last day; dates without a year take
 * `year`. Null when the text is no deadline; a due date of null when it is written as
 * one but names no real day (`13月前`, `2月30日前`), so it is never read as a quantity.
 */
export function readDeadline(text: string, year: number): { due: string | null } | null {
  for (const [form, due] of FORMS) {
    const m = form.exec(text)
    if (m) return { due: due(m, year) }
  }
  return null
}

/**
 * Reads a completion date from an actual: `2024-11-30`, `2024/11/30`, `2024.11.30`,
 * `2024年11月30日`, `11月30日` (in `year`), optionally followed by `完成`.
 */
export function parseDate(text: string, year: number): string | null {
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:日)?(?:完成|已完成)?$/.exec(text)
  if (m) return isoDate(Number(m[1]), Number(m[2]), Number(m[3]))
  m = /^(?:(\d{4})年)?(\d{1,2})月(\d{1,2})[日号](?:完成|已完成)?$/.exec(text)
  if (m) return isoDate(Number(m[1] ?? year), Number(m[2]), Number(m[3]))
  return null
}

/**
 * Reads a completion month from an actual: `7月`, `7月份`, `7月底`, `2024年7月`,
 * `2024-07`, `2024/7`, `2024.07`, optionally followed by `完成`; a month without a
 * year is in `year`. Returns `YYYY-MM`, which sorts before every day of its month.
 */
export function parseMonth(text: string, year: number): string | null {
  const m = /^(?:(?:(\d{4})年)?(\d{1,2})月(?:份|底|末)?|(\d{4})[-/.](\d{1,2}))(?:完成|已完成)?$/.exec(text)
  if (!m) return null
  const month = Number(m[2] ?? m[4])
  return month >= 1 && month <= 12 ? `${m[1] ?? m[3] ?? year}-${pad(month)}` : null
}
