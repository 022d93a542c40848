import type { IndicatorResult } from './indicator'

/** A row of the indicator tree: a 一级 or 二级 level with its sums, or one indicator. */
export interface TreeNode {
  id: string
  kind: 'level1' | 'level2' | 'indicator'
  label: string
  /** Weight and score summed over the indicators below (score over those scored). */
  weight: number
  score: number | null
  result?: IndicatorResult
  children?: TreeNode[]
}

/**
 * 一级 → 二级 → 三级 for one 类别's indicators, in form order, each level carrying the
 * sum of its indicators' weights and scores (null when none below was scored).
 */
export function indicatorTree(indicators: readonly IndicatorResult[], idPrefix = ''): TreeNode[] {
  const roots: TreeNode[] = []
  for (const item of indicators) {
    const { level1, level2, code, name } = item.record
    let top = roots.find((n) => n.label === level1)
    if (!top)
      roots.push(
        (top = { id: `${idPrefix}${level1}`, kind: 'level1', label: level1, weight: 0, score: null, children: [] }),
      )
    let middle = top.children!.find((n) => n.label === level2)
    if (!middle)
      top.children!.push(
        (middle = { id: `${top.id}/${level2}`, kind: 'level2', label: level2, weight: 0, score: null, children: [] }),
      )
    middle.children!.push({
      id: code,
      kind: 'indicator',
      label: name,
      weight: item.score.weight,
      score: item.score.score,
      result: item,
    })
    for (const node of [top, middle]) {
      node.weight += item.score.weight
      if (item.score.score !== null) node.score = (node.score ?? 0) + item.score.score
    }
  }
  return roots
}
