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
 * sum of its indicators' weights and scores (null when none below was scored). A tree
 * shows the levels its form has: an indicator with no 二级 hangs under its 一级, one with
 * no 一级 either is a root.
 */
export function indicatorTree(indicators: readonly IndicatorResult[], idPrefix = ''): TreeNode[] {
  const roots: TreeNode[] = []
  const levelNode = (siblings: TreeNode[], kind: TreeNode['kind'], id: string, label: string): TreeNode => {
    let node = siblings.find((n) => n.kind === kind && n.label === label)
    if (!node) siblings.push((node = { id, kind, label, weight: 0, score: null, children: [] }))
    return node
  }
  for (const item of indicators) {
    const { level1, level2, code, name } = item.record
    const top = level1 ? levelNode(roots, 'level1', `${idPrefix}${level1}`, level1) : null
    const middle = level2 && top ? levelNode(top.children!, 'level2', `${top.id}/${level2}`, level2) : null
    const parent = middle ?? top
    ;(parent?.children ?? roots).push({
      id: code,
      kind: 'indicator',
      label: name,
      weight: item.score.weight,
      score: item.score.score,
      result: item,
    })
    for (const node of [top, middle]) {
      if (!node) continue
      node.weight += item.score.weight
      if (item.score.score !== null) node.score = (node.score ?? 0) + item.score.score
    }
  }
  return roots
}
