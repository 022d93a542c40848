import type { ScopeResult } from './evaluate'

/** Points of one 一级 (or 二级) 指标: what its indicators could earn and what they earned. */
export interface LevelScore {
  level1: string
  /** Absent on a 一级 row. */
  level2?: string
  /** True on the 预算执行率 row, which is no 一级指标 of the user's. */
  budget?: boolean
  weight: number
  /** Weight of the indicators that were scored (the others are left out, SPEC §4.3). */
  scoredWeight: number
  score: number
}

/**
 * Scores summed by 一级指标, each followed by its 二级指标, in form order; then 预算执行率
 * as a 一级 row of its own when the 类别 has a budget. Only the levels the form has get a
 * row: none for indicators with no 一级, no 二级 row under a 一级 whose indicators have none.
 */
export function levelScores(scope: ScopeResult): LevelScore[] {
  const rows: LevelScore[] = []
  const add = (key: { level1: string; level2?: string }, weight: number, score: number | null) => {
    let row = rows.find((r) => r.level1 === key.level1 && r.level2 === key.level2)
    if (!row) rows.push((row = { ...key, weight: 0, scoredWeight: 0, score: 0 }))
    row.weight += weight
    if (score !== null) {
      row.scoredWeight += weight
      row.score += score
    }
  }
  for (const item of scope.indicators) {
    const { level1, level2 } = item.record
    if (!level1) continue
    add({ level1 }, item.score.weight, item.score.score)
    if (level2) add({ level1, level2 }, item.score.weight, item.score.score)
  }
  const ordered = rows
    .filter((r) => r.level2 === undefined)
    .flatMap((top) => [top, ...rows.filter((r) => r.level2 !== undefined && r.level1 === top.level1)])
  if (scope.budget) {
    const { weight, score } = scope.budget.score
    ordered.push({
      level1: '预算执行率',
      budget: true,
      weight,
      scoredWeight: score === null ? 0 : weight,
      score: score ?? 0,
    })
  }
  return ordered
}
