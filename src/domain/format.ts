const amountFormat = new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 0, maximumFractionDigits: 2 })
const scoreFormat = new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 })

/** An amount in 万元 with thousands separators and at most two decimals: `1,773.6`. */
export function formatAmount(value: number): string {
  return amountFormat.format(value)
}

/** A ratio as a percentage with one decimal: 0.875 → `87.5%`; null → `—`. */
export function formatPercent(ratio: number | null): string {
  return ratio === null ? '—' : `${(ratio * 100).toFixed(1)}%`
}

/** A score with two decimals: `89.73`; null → `—`. */
export function formatScore(score: number | null): string {
  return score === null ? '—' : scoreFormat.format(score)
}

const KIB = 1024
const MIB = KIB * KIB

/** Bytes as megabytes (MiB) with one decimal, without the unit: 52_428_801 → `50.0`. */
export function megabytes(bytes: number): string {
  return (bytes / MIB).toFixed(1)
}

/** A file's size with one decimal: in KB under a megabyte (`12.3 KB`), else in MB (`50.0 MB`). */
export function formatFileSize(bytes: number): string {
  return bytes < MIB ? `${(bytes / KIB).toFixed(1)} KB` : `${megabytes(bytes)} MB`
}

/** How budget money is named: 万元 and 亿元, or another language's words for them. */
export interface MoneyWords {
  wan: string
  yi: string
}

export const ZH_MONEY: MoneyWords = { wan: '万元', yi: '亿元' }

/** A value already in its unit, with that unit's word as the user writes it: `42亿元`, `100人`, `1,200元`. */
export function formatQuantity(value: number, unit: string): string {
  return `${amountFormat.format(value)}${unit}`
}
