import type { Quarter } from './records'

const CHINESE_QUARTER: Record<string, Quarter> = { 一: 1, 二: 2, 三: 3, 四: 4 }

/**
 * Reads a 季度 cell: `1`–`4`, `Q1`–`Q4`, `一季度`, `第三季度`, `全年` (= 4).
 * Returns null for anything else, so the caller can report the cell.
 */
export function parseQuarter(text: string): Quarter | null {
  const s = toHalfWidth(text).trim().toUpperCase()
  if (s === '全年') return 4
  const digit = /^(?:Q|第)?([1-4])(?:季度|季)?$/.exec(s)
  if (digit?.[1]) return Number(digit[1]) as Quarter
  const chinese = /^第?([一二三四])季度?$/.exec(s)
  if (chinese?.[1]) return CHINESE_QUARTER[chinese[1]] ?? null
  return null
}

/** Time progress (序时进度) at the end of quarter q: q / 4. */
export function timeProgress(q: Quarter): number {
  return q / 4
}

/** Full-width ASCII (０-９, Ａ-Ｚ, ．, ，…) to half-width; the ideographic space U+3000 to a space. */
export function toHalfWidth(text: string): string {
  return text
    .replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ')
}

/** The month a quarter's values are as of: quarter q is month 3q (SPEC §2.8). */
export function monthOfQuarter(q: Quarter): number {
  return q * 3
}

/**
 * The quarter whose end a month's values can stand for: month 3q is quarter q; a month
 * inside a quarter falls back to the last quarter already ended (1-7月 → Q2), and months
 * 1 and 2 to Q1, the first there is. Null for anything but 1–12.
 */
export function quarterOfMonth(month: number): Quarter | null {
  if (!Number.isInteger(month) || month < 1 || month > 12) return null
  return Math.max(1, Math.floor(month / 3)) as Quarter
}

/** The later of two periods, either of which may be none. */
export function laterQuarter(a: Quarter | null, b: Quarter | null): Quarter | null {
  return a === null ? b : b === null ? a : a > b ? a : b
}

/** The latest period anything was reported for in these rows (values and spending), or null. */
export function latestQuarter(rows: { readonly actuals?: readonly { quarter: Quarter }[]; readonly spending?: readonly { quarter: Quarter }[] }): Quarter | null {
  let latest: Quarter | null = null
  for (const list of [rows.actuals ?? [], rows.spending ?? []]) for (const row of list) latest = laterQuarter(latest, row.quarter)
  return latest
}
