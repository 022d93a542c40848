import { describe, expect, it } from 'vitest'
import { evaluateUnitYear } from '@/domain/engine/evaluate'
import { DEFAULT_RULES } from '@/domain/engine/rules'
import { rulesLine } from '@/domain/engine/rulesText'
import { newRectifyItem, withState, type RectifyItem } from '@/domain/rectify'
import { reportOutline } from '@/io/official/reportOutline'
import { rectifySection } from '@/io/official/reportRectify'
import { actual, dataset, target } from './fixtures'

function item(name: string, due: string): RectifyItem {
  return newRectifyItem(
    {
      year: 2024,
      unit: '测试局',
      scope: '部门整体',
      subject: 'indicator',
      ref: name,
      name,
      month: 9,
      light: 'red',
      problem: `${name}滞后`,
      measure: '加快进度',
      owner: '张三',
      due,
      result: '',
      date: '2024-10-08',
    },
    [],
  )
}

describe('the 自评报告’s 整改情况', () => {
  const today = '2024-12-20'
  const items = [
    { ...withState(item('推介会', '2024-11-30'), 'done', '2024-11-20'), result: '已补办 2 场' },
    { ...item('培训次数', '2024-12-10'), id: 'R2' },
    { ...withState(item('开工率', '2024-12-31'), 'inProgress', '2024-10-09'), id: 'R3' },
  ]

  it('counts the items by state and the overdue ones, and lists them overdue first', () => {
    const section = rectifySection(items, today)!
    expect(section.summary).toBe('共建立整改事项 3 项，其中未开始 1 项、整改中 1 项、已完成 1 项；逾期未完成 1 项。')
    expect(section.rows).toEqual([
      ['部门整体', '培训次数', '培训次数滞后', '加快进度', '张三', '2024-12-10', '未开始（2024-10-08），逾期', '—'],
      ['部门整体', '开工率', '开工率滞后', '加快进度', '张三', '2024-12-31', '整改中（2024-10-09）', '—'],
      ['部门整体', '推介会', '推介会滞后', '加快进度', '张三', '2024-11-30', '已完成（2024-11-20）', '已补办 2 场'],
    ])
    expect(rectifySection([], today)).toBeNull()
  })

  it('stands under 四、改进措施及结果应用, only where there are items', () => {
    const a = target('推介会', { targetText: '≥2场' })
    const scopes = evaluateUnitYear(dataset({ targets: [a], actuals: [actual(a, 3, '0场')] }), 9)
    const rules = rulesLine(DEFAULT_RULES)
    const headings = (rectify?: { items: RectifyItem[]; today: string }) =>
      reportOutline('测试局', 2024, scopes, { rules, ...(rectify && { rectify }) }).flatMap((b) =>
        b.kind === 'heading' ? [b.text] : [],
      )
    expect(headings()).not.toContain('整改情况')
    expect(headings({ items: [], today })).not.toContain('整改情况')
    const withItems = headings({ items, today })
    expect(withItems.indexOf('整改情况')).toBe(withItems.indexOf('四、改进措施及结果应用') + 1)
  })
})
