/**
 * Trees of fewer levels on screen: an indicator with no 二级 hangs under its 一级, one with
 * no levels at all is a root, and no level row is ever drawn with a blank name.
 */
import { describe, expect, it } from 'vitest'
import { evaluateUnitYear } from '@/domain/engine/evaluate'
import { indicatorTree, type TreeNode } from '@/domain/engine/indicatorTree'
import { levelScores } from '@/domain/engine/levelScores'
import { levelScoreOption } from '@/charts/levelScoreOption'
import { levelOfRules, levelsOf, normaliseLevel1 } from '@/domain/levels'
import { actual, dataset, target } from '../fixtures'

const a = target('公用经费支出', { level1: '运行成本', level2: '', targetText: '≤50万元', weight: 20, position: 2 })
const b = target('完成事项数', { level1: '履职效能', level2: '重点工作', targetText: '≥10项', weight: 30, position: 3 })
const c = target('群众满意度', { level1: '', level2: '', targetText: '≥90%', weight: 10, position: 4 })
const [scope] = evaluateUnitYear(
  dataset({ targets: [a, b, c], actuals: [actual(a, 4, '50万元'), actual(b, 4, '5项'), actual(c, 4, '90%')] }),
  12,
)

describe('a tree of the levels its form has', () => {
  it('hangs an indicator with no 二级 under its 一级, and one with no 一级 at the root', () => {
    const shape = (nodes: TreeNode[]): unknown[] =>
      nodes.map((n) => [n.kind, n.label, n.weight, n.score, ...(n.children ? [shape(n.children)] : [])])
    expect(shape(indicatorTree(scope!.indicators))).toEqual([
      ['level1', '运行成本', 20, 20, [['indicator', '公用经费支出', 20, 20]]],
      ['level1', '履职效能', 30, 15, [['level2', '重点工作', 30, 15, [['indicator', '完成事项数', 30, 15]]]]],
      ['indicator', '群众满意度', 10, 10],
    ])
  })

  it('sums scores only by the levels there are: no row, and no chart label, is blank', () => {
    expect(levelScores(scope!)).toEqual([
      { level1: '运行成本', weight: 20, scoredWeight: 20, score: 20 },
      { level1: '履职效能', weight: 30, scoredWeight: 30, score: 15 },
      { level1: '履职效能', level2: '重点工作', weight: 30, scoredWeight: 30, score: 15 },
    ])
    expect((levelScoreOption(levelScores(scope!)).yAxis as { data: string[] }).data).toEqual([
      '运行成本',
      '履职效能',
      '· 重点工作',
    ])
  })
})

describe('the levels of an indicator', () => {
  it('the rules read its 二级, or its 一级 where it has no 二级', () => {
    expect(levelOfRules({ level1: '产出指标', level2: '成本指标' })).toBe('成本指标')
    expect(levelOfRules({ level1: '运行成本', level2: '' })).toBe('运行成本')
    expect(levelOfRules({ level1: '', level2: '' })).toBe('')
  })

  it('lists the levels it has, outermost first', () => {
    expect(levelsOf({ level1: '产出指标', level2: '数量指标' })).toEqual(['产出指标', '数量指标'])
    expect(levelsOf({ level1: '运行成本', level2: '' })).toEqual(['运行成本'])
    expect(levelsOf({ level1: '', level2: '' })).toEqual([])
  })

  it('a 一级 outside 产出/效益/满意度 is kept as given; a blank one stays blank', () => {
    expect(
      ['运行成本', ' 管理效率 ', '履职效能', '社会效应', '可持续发展', '满意度', '产出', ''].map(normaliseLevel1),
    ).toEqual(['运行成本', '管理效率', '履职效能', '社会效应', '可持续发展', '满意度指标', '产出指标', ''])
  })
})
