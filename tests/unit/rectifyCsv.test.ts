import { describe, expect, it } from 'vitest'
import { newRectifyItem, withState } from '@/domain/rectify'
import { RECTIFY_COLUMNS, rectifyRows } from '@/io/rectifyCsv'

const made = (unit: string, due: string) =>
  newRectifyItem(
    {
      year: 2024,
      unit,
      scope: '部门整体',
      subject: 'budget',
      ref: 'B1',
      name: '公用经费',
      month: 7,
      light: 'yellow',
      problem: '执行偏慢',
      measure: '加快支付',
      owner: '赵六',
      due,
      result: '',
      date: '2024-08-01',
    },
    [],
  )

describe('the 整改 file', () => {
  it('writes a row per item, overdue first, with its states and days overdue', () => {
    const done = withState(withState(made('甲局', '2024-08-31'), 'inProgress', '2024-08-05'), 'done', '2024-08-20')
    const late = made('乙局', '2024-09-01')
    const rows = rectifyRows([done, late], '2024-09-11')
    expect(rows[0]).toEqual([...RECTIFY_COLUMNS])
    // 1 September to 11 September: 10 days.
    expect(rows[1]).toEqual([
      2024,
      '乙局',
      '部门整体',
      '预算执行',
      '公用经费',
      '1-7月',
      '黄灯',
      '执行偏慢',
      '加快支付',
      '赵六',
      '2024-09-01',
      '未开始',
      '2024-08-01',
      '',
      10,
      '',
      '未开始 2024-08-01',
    ])
    expect(rows[2]!.slice(11)).toEqual([
      '已完成',
      '2024-08-20',
      '',
      0,
      '',
      '未开始 2024-08-01；整改中 2024-08-05；已完成 2024-08-20',
    ])
  })
})
