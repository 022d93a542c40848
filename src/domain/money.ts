/**
 * Sums amounts in 万元 without binary drift (579.59 + 154.46 is 734.05, not
 * 734.0500000000001): the sum is rounded to 1e-6 万元, i.e. to the 分.
 */
export function sumAmounts(amounts: Iterable<number>): number {
  let total = 0
  for (const amount of amounts) total += amount
  return Math.round(total * 1e6) / 1e6
}
