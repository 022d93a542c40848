/**
 * The 指标编码 of a target row that has none: stable across re-imports because it
 * depends only on the natural key (年度, 单位, 类别, 三级指标), and URL-safe so it can
 * stand in `#/indicator/<code>`. 53 bits keep a province's million indicators apart
 * (a 32-bit hash already collides at a hundred thousand).
 */
export function deriveIndicatorCode(year: number, unit: string, scope: string, name: string): string {
  return `${year}-${hash53(String(year), unit, scope, name)}`
}

/** The id of a budget line: (年度, 单位, 类别, 预算项目) is its key. */
export function deriveBudgetId(year: number, unit: string, scope: string, item: string): string {
  return `${year}-B${hash53(String(year), unit, scope, item)}`
}

const SEPARATOR = 0x7c // '|'

/**
 * cyrb53: a fast 53-bit string hash over UTF-16 code units, as 11 base-36 digits, of
 * the parts joined by '|'. The parts are read in place: joining them first would make
 * a new string to flatten for every row of a province's file.
 */
function hash53(...parts: string[]): string {
  let h1 = 0xdeadbeef
  let h2 = 0x41c6ce57
  for (let p = 0; p < parts.length; p++) {
    const text = parts[p]!
    if (p > 0) {
      h1 = Math.imul(h1 ^ SEPARATOR, 2654435761)
      h2 = Math.imul(h2 ^ SEPARATOR, 1597334677)
    }
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i)
      h1 = Math.imul(h1 ^ ch, 2654435761)
      h2 = Math.imul(h2 ^ ch, 1597334677)
    }
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909)
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909)
  return base36(4294967296 * (2097151 & h2) + (h1 >>> 0))
}

const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyz'

/**
 * An integer below 2^53 in base 36, zero-padded to 11 digits: what `toString(36)` and
 * `padStart(11, '0')` give, several times faster (V8 converts a double digit by digit
 * through its fraction). Every step is exact: the remainder of an integer, and the
 * division of a multiple of 36.
 */
export function base36(value: number): string {
  let out = ''
  for (let i = 0; i < 11; i++) {
    const digit = value % 36
    out = DIGITS[digit]! + out
    value = (value - digit) / 36
  }
  return out
}

/**
 * The 指标编码 a user may see: one given in a file, never one the app derived for
 * itself (an internal hash such as `2024-0ifewqrhyus` means nothing to anyone).
 */
export function givenCode(record: {
  code: string
  year: number
  unit: string
  scope: string
  name: string
}): string | null {
  return record.code === deriveIndicatorCode(record.year, record.unit, record.scope, record.name) ? null : record.code
}
