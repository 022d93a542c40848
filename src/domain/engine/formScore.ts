/**
 * 表内得分: the score a 绩效自评表 gave itself (SPEC §2.7), set beside the app's score so a
 * finance bureau sees where a self-evaluation was generous.
 */

/** How many points the form gave above (positive) or below the app's score; null when either is missing. */
export function formScoreGap(formScore: number | null | undefined, score: number | null): number | null {
  if (formScore === null || formScore === undefined || score === null) return null
  return Math.round((formScore - score) * 100) / 100
}

/**
 * The form's own total, when the form scored every indicator: the sum of their 表内得分 and
 * the budget execution's. Null when any indicator has none (a partial sum would read as a
 * low total) or none were given at all.
 */
export function formTotal(
  indicatorScores: readonly (number | null | undefined)[],
  budgetScore: number | null | undefined,
): number | null {
  if (indicatorScores.length === 0 || indicatorScores.some((s) => s === null || s === undefined)) return null
  const sum = (indicatorScores as number[]).reduce((a, b) => a + b, 0) + (budgetScore ?? 0)
  return Math.round(sum * 100) / 100
}
