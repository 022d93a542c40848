const amountFormat = new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 0, maximumFractionDigits: 2 })

/** An amount in 万元 with thousands separators and at most two decimals: `1,773.6`. */
export function formatAmount(value: number): string {
  return amountFormat.format(value)
}
