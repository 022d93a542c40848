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

/** A value in a target's unit: 万元 beyond 10,000 shown in 亿元 (`69.33亿元`), others as they are. */
export function formatQuantity(value: number, unit: string): string {
  if (unit === '万元' && Math.abs(value) >= 10000) return `${amountFormat.format(value / 10000)}亿元`
  return `${amountFormat.format(value)}${unit}`
}
