import { describe, expect, it } from 'vitest'
import { isDate, newRectifyItem, refusalOf, stateOf, withItem, withState, type RectifyItem } from '@/domain/rectify'
import {
  daysOverdue,
  filterRectify,
  isOpen,
  isOverdue,
  localDay,
  rectifyCounts,
  rectifyOrder,
} from '@/domain/rectifyList'
import { prefilledProblem } from '@/domain/rectifyProblem'

/** An item `id` of unit `unit`, due `due`, made on 2024-10-10. */
function item(id: string, due: string, unit = '甲局', owner = '张三'): RectifyItem {
  return { ...newItem(due, unit, owner), id }
}

function newItem(due: string, unit: string, owner: string): RectifyItem {
  return newRectifyItem(
    {
      year: 2024,
      unit,
      scope: '部门整体',
      subject: 'indicator',
      ref: 'C1',
      name: '新增就业人数',
      month: 9,
      light: 'red',
      problem: '问题',
      measure: '',
      owner,
      due,
      result: '',
      date: '2024-10-10',
    },
    [],
  )
}

describe('整改 states', () => {
  it('starts 未开始 on the day it is made, with the first free id', () => {
    const first = newItem('2024-12-31', '甲局', '张三')
    expect(first.id).toBe('R1')
    expect(first.steps).toEqual([{ state: 'notStarted', date: '2024-10-10' }])
    expect(stateOf(first)).toBe('notStarted')
    // R2 is taken, so the next of two items is R3.
    const again = newRectifyItem({ ...first, date: '2024-10-11' }, [first, { ...first, id: 'R2' }])
    expect(again.id).toBe('R3')
  })

  it('records each change of state with its date and reason', () => {
    const started = withState(newItem('2024-12-31', '甲局', '张三'), 'inProgress', '2024-10-15')
    const done = withState(started, 'done', '2024-11-02')
    expect(done.steps).toEqual([
      { state: 'notStarted', date: '2024-10-10' },
      { state: 'inProgress', date: '2024-10-15' },
      { state: 'done', date: '2024-11-02' },
    ])
    expect(stateOf(done)).toBe('done')
    const dropped = withState(started, 'notNeeded', '2024-10-20', ' 指标已调整 ')
    expect(dropped.steps[2]).toEqual({ state: 'notNeeded', date: '2024-10-20', reason: '指标已调整' })
    // The item given is left as it was.
    expect(started.steps).toHaveLength(2)
  })

  it('refuses moves the rules do not allow', () => {
    const fresh = newItem('2024-12-31', '甲局', '张三')
    expect(refusalOf(fresh, 'notStarted', '2024-10-11')).toBe('sameState')
    expect(refusalOf(fresh, 'notNeeded', '2024-10-11')).toBe('reasonNeeded')
    expect(refusalOf(fresh, 'notNeeded', '2024-10-11', '  ')).toBe('reasonNeeded')
    expect(refusalOf(fresh, 'done', '2024-10-09')).toBe('beforeLast')
    expect(refusalOf(fresh, 'done', '2024-10-10')).toBeNull()
    expect(refusalOf(fresh, 'done', '2024-02-30')).toBe('badDate')
    const done = withState(fresh, 'done', '2024-10-12')
    expect(refusalOf(done, 'notStarted', '2024-10-13')).toBe('notAllowed')
    expect(refusalOf(done, 'notNeeded', '2024-10-13', '无')).toBe('notAllowed')
    expect(refusalOf(done, 'inProgress', '2024-10-13')).toBeNull()
    expect(() => withState(done, 'notStarted', '2024-10-13')).toThrow('未开始')
  })

  it('tells calendar dates', () => {
    expect(isDate('2024-02-29')).toBe(true)
    expect(isDate('2023-02-29')).toBe(false)
    expect(isDate('2024-2-9')).toBe(false)
    expect(localDay(new Date(2024, 0, 5))).toBe('2024-01-05')
  })

  it('replaces an item by id or adds it', () => {
    const a = item('R1', '2024-12-31')
    const b = item('R2', '2024-12-31')
    const changed = { ...a, owner: '李四' }
    expect(withItem([a, b], changed)).toEqual([changed, b])
    expect(withItem([a], b)).toEqual([a, b])
  })
})

describe('overdue by date', () => {
  const due = item('R1', '2024-11-30')

  it('is overdue only after the 完成时限, and only while open', () => {
    expect(isOverdue(due, '2024-11-30')).toBe(false)
    expect(isOverdue(due, '2024-12-01')).toBe(true)
    expect(daysOverdue(due, '2024-11-30')).toBe(0)
    expect(daysOverdue(due, '2024-12-01')).toBe(1)
    // 30 November to 15 January across the year end: 1 + 31 + 14 days.
    expect(daysOverdue(due, '2025-01-15')).toBe(46)
    const started = withState(due, 'inProgress', '2024-11-01')
    expect(isOverdue(started, '2024-12-01')).toBe(true)
    const done = withState(started, 'done', '2024-12-05')
    expect(isOpen(done)).toBe(false)
    expect(isOverdue(done, '2024-12-06')).toBe(false)
    expect(isOverdue(item('R2', ''), '2099-01-01')).toBe(false)
  })

  it('lists overdue first, longest overdue first, then open by 完成时限, then closed', () => {
    const today = '2024-12-10'
    const late = item('R1', '2024-12-01', '乙局')
    const later = item('R2', '2024-11-01', '甲局')
    const open = item('R3', '2024-12-20')
    const noDue = item('R4', '')
    const closed = withState(item('R5', '2024-10-01'), 'done', '2024-10-11')
    expect(rectifyOrder([closed, noDue, open, late, later], today).map((i) => i.id)).toEqual([
      'R2',
      'R1',
      'R3',
      'R4',
      'R5',
    ])
  })

  it('filters by unit, state, overdue and 责任人, and counts per unit', () => {
    const today = '2024-12-10'
    const items = [
      item('R1', '2024-12-01', '甲局', '张三'),
      withState(item('R2', '2024-12-31', '甲局', '李四'), 'inProgress', '2024-11-01'),
      withState(item('R3', '2024-11-01', '乙局', '张三丰'), 'done', '2024-11-01'),
    ]
    expect(filterRectify(items, { unit: '甲局' }, today).map((i) => i.id)).toEqual(['R1', 'R2'])
    expect(filterRectify(items, { state: 'inProgress' }, today).map((i) => i.id)).toEqual(['R2'])
    expect(filterRectify(items, { overdue: true }, today).map((i) => i.id)).toEqual(['R1'])
    expect(filterRectify(items, { owner: ' 张三 ' }, today).map((i) => i.id)).toEqual(['R1', 'R3'])
    expect(filterRectify(items, {}, today)).toHaveLength(3)
    expect(rectifyCounts(items, today)).toEqual(
      new Map([
        ['甲局', { open: 2, overdue: 1 }],
        ['乙局', { open: 0, overdue: 0 }],
      ]),
    )
  })
})

describe('the prefilled 问题', () => {
  it('says the period, the line, its light and the reason', () => {
    expect(
      prefilledProblem({
        subject: 'indicator',
        name: '新增就业人数',
        period: '第3季度',
        light: 'red',
        status: '严重偏离',
        reason: '项目延期。',
      }),
    ).toBe('第3季度 指标“新增就业人数”亮红灯（严重偏离），偏差原因：项目延期。')
    expect(
      prefilledProblem({ subject: 'budget', name: '办公经费', period: '1-7月', light: 'yellow', status: '预警' }),
    ).toBe('1-7月 预算执行“办公经费”亮黄灯（预警）。')
  })
})
