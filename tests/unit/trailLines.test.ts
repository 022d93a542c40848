import { describe, expect, it } from 'vitest'
import { documentLines, rulesLines, tableLines, trailNames } from '@/domain/trailLines'
import { joinKey } from '@/domain/keys'
import { DEFAULT_RULES } from '@/domain/engine/rules'
import { actual, budgetLine, spent, target } from './fixtures'

const jobs = target('带动就业人数', { targetText: '≥500人', weight: 10 })
const courses = target('培训次数', { targetText: '≥4次' })
const names = trailNames({ targets: [jobs, courses], budgets: [budgetLine('办公费', 20)] })

describe('trail lines', () => {
  it('targets: a changed 指标值 and 分值, an indicator added and one removed', () => {
    const after = [{ ...jobs, targetText: '≥600人', weight: 15 }, target('新指标', { targetText: '100%' })]
    expect(tableLines('targets', [jobs, courses], after, names)).toEqual([
      {
        table: 'targets',
        key: joinKey('部门整体', '带动就业人数'),
        name: '带动就业人数',
        field: 'targetText',
        before: '≥500人',
        after: '≥600人',
      },
      {
        table: 'targets',
        key: joinKey('部门整体', '带动就业人数'),
        name: '带动就业人数',
        field: 'weight',
        before: 10,
        after: 15,
      },
      {
        table: 'targets',
        key: joinKey('部门整体', '新指标'),
        name: '新指标',
        field: 'targetText',
        before: null,
        after: '100%',
      },
      {
        table: 'targets',
        key: joinKey('部门整体', '培训次数'),
        name: '培训次数',
        field: 'targetText',
        before: '≥4次',
        after: null,
      },
    ])
  })

  it('actuals: the value, forecast and reason per indicator and period, named by the indicator', () => {
    const q1 = actual(jobs, 1, '120人')
    const q2 = actual(jobs, 2, '300人', { forecast: '600人' })
    const after = [{ ...q1, actualText: '150人', reason: '补录' }, q2, actual(courses, 2, '2次')]
    const lines = tableLines('actuals', [q1, q2], after, names)
    expect(lines.map((l) => [l.name, l.month, l.field, l.before, l.after])).toEqual([
      ['带动就业人数', 3, 'actualText', '120人', '150人'],
      ['带动就业人数', 3, 'reason', null, '补录'],
      ['培训次数', 6, 'actualText', null, '2次'],
    ])
  })

  it('spending: 执行数 per budget line and period; budgets: the amounts', () => {
    const office = budgetLine('办公费', 20)
    const spending = tableLines('spending', [spent(office, 1, 5)], [spent(office, 1, 7.5), spent(office, 2, 9)], names)
    expect(spending.map((l) => [l.name, l.month, l.field, l.before, l.after])).toEqual([
      ['办公费', 3, 'spent', 5, 7.5],
      ['办公费', 6, 'spent', null, 9],
    ])
    const budgets = tableLines('budgets', [office], [{ ...office, budget: 25 }], names)
    expect(budgets.map((l) => [l.name, l.field, l.before, l.after])).toEqual([['办公费', 'budget', 20, 25]])
  })

  it('a document: only the tables the batch kept, all four when it made the document, and its 主管部门', () => {
    const after = { targets: [jobs], actuals: [actual(jobs, 1, '120人')], budgets: [], spending: [], parent: '商务局' }
    // The batch kept actuals only: the targets are not its change.
    expect(documentLines('测试局', { actuals: [] }, after, names).map((l) => [l.table, l.field, l.after])).toEqual([
      ['actuals', 'actualText', '120人'],
    ])
    expect(documentLines('测试局', null, after, names).map((l) => [l.table, l.field, l.after])).toEqual([
      ['targets', 'targetText', '≥500人'],
      ['targets', 'weight', 10],
      ['actuals', 'actualText', '120人'],
    ])
    expect(documentLines('测试局', { parent: null }, after, names)).toEqual([
      { table: 'parent', key: '测试局', name: '测试局', field: 'parent', before: null, after: '商务局' },
    ])
  })

  it('rules: the name and each threshold or bound changed', () => {
    const next = { name: '本地', values: { ...DEFAULT_RULES.values, paceBlue: 1.3, gradeYou: 85 } }
    expect(rulesLines(DEFAULT_RULES, next).map((l) => [l.field, l.before, l.after])).toEqual([
      ['name', '财政部默认', '本地'],
      ['gradeYou', 90, 85],
      ['paceBlue', 1.2, 1.3],
    ])
    expect(rulesLines(next, next)).toEqual([])
  })
})
