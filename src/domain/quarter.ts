/** Reading a 季度 cell, and the full-width text every cell may hold. */

export type Quarter = 1 | 2 | 3 | 4

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

/** Full-width ASCII (０-９, Ａ-Ｚ, ．, ，…) to half-width; the ideographic space U+3000 to a space. */
export function toHalfWidth(text: string): string {
  return text
    .replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ')
}
