/**
 * The 指标编码 of a target row that has none: stable across re-imports because it
 * depends only on the natural key (年度, 单位, 类别, 三级指标), and URL-safe so it can
 * stand in `#/indicator/<code>`.
 */
export function deriveIndicatorCode(year: number, unit: string, scope: string, name: string): string {
  return `${year}-${fnv1a(`${year}|${unit}|${scope}|${name}`)}`
}

/** The id of a budget line: (年度, 单位, 类别, 预算项目) is its key. */
export function deriveBudgetId(year: number, unit: string, scope: string, item: string): string {
  return `${year}-B${fnv1a(`${year}|${unit}|${scope}|${item}`)}`
}

/** 32-bit FNV-1a over UTF-16 code units, as 7 base-36 digits. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash.toString(36).padStart(7, '0')
}
