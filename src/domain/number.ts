import { toHalfWidth } from './quarter'

/**
 * Reads a plain number as published forms write it: full-width digits, thousands
 * separators (`1,773.6`), a stray space inside (`757. 3`), a leading sign.
 * Returns null when the text is not one number, never NaN.
 */
export function parseLooseNumber(text: string): number | null {
  const s = toHalfWidth(text)
    .replace(/\s+/g, '')
    .replace(/(\d),(?=\d{3}(?:\D|$))/g, '$1')
  if (!/^[+-]?(?:\d+\.?\d*|\.\d+)$/.test(s)) return null
  const value = Number(s)
  return Number.isFinite(value) ? value : null
}

/** Reads a 年度 cell: a four-digit year between 2000 and 2100. */
export function parseYear(text: string): number | null {
  const value = parseLooseNumber(text.replace(/年$/, ''))
  if (value === null || !Number.isInteger(value) || value < 2000 || value > 2100) return null
  return value
}

/**
 * A ratio without binary noise, so that boundaries hold exactly: 9 of 20 at
 * three quarters is a pace of 0.6, not 0.6000000000000001.
 */
export function clean(value: number): number {
  return Number(value.toPrecision(12))
}
