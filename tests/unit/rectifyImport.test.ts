import { describe, expect, it } from 'vitest'
import { newRectifyItem, withState, type RectifyItem } from '@/domain/rectify'
import { dayIn, mergeRectifyLine, readOwner, readState, type RectifyLine } from '@/domain/rectifyImport'

const LINE: RectifyLine = {
  year: 2024,
  unit: '测试局',
  scope: '部门整体',
  ref: 'C1',
  name: '培训次数',
  month: 9,
  light: 'red',
  problem: '场地不足',
  measure: '加开培训',
  owner: '张三 2024-12-31',
  due: '',
  state: '整改中 2024-10-12',
}

function stored(measure: string): RectifyItem {
  const { year, unit, scope, ref, name, month, light } = LINE
  return newRectifyItem(
    {
      year,
      unit,
      scope,
      subject: 'indicator',
      ref,
      name,
      month,
      light,
      problem: '进度滞后',
      measure,
      owner: '张三',
      due: '2024-12-31',
      result: '',
      date: '2024-10-01',
    },
    [],
  )
}

describe('reading 整改 cells', () => {
  it('finds a day however it is written', () => {
    expect([dayIn('2024年3月5日前'), dayIn('2024/12/31'), dayIn('2024.2.30'), dayIn('年底')]).toEqual([
      '2024-03-05',
      '2024-12-31',
      '',
      '',
    ])
  })

  it('splits 责任人 from its 完成时限, a 完成时限 column first', () => {
    expect(readOwner('张三，2024年12月31日', '')).toEqual({ owner: '张三', due: '2024-12-31' })
    expect(readOwner('张三 2024-12-31', '2025-01-15')).toEqual({ owner: '张三', due: '2025-01-15' })
  })

  it('reads a state word, its day and what follows', () => {
    expect(readState('已完成 2024-11-02')).toEqual({ state: 'done', date: '2024-11-02', rest: '' })
    expect(readState('正在整改')).toEqual({ state: 'inProgress', date: '', rest: '' })
    expect(readState('不再需要 2024-11-02 项目取消')).toEqual({
      state: 'notNeeded',
      date: '2024-11-02',
      rest: '项目取消',
    })
    expect(readState('已召开协调会')).toEqual({ state: null, date: '', rest: '已召开协调会' })
  })
})

describe('mergeRectifyLine', () => {
  it('makes a new item at the period end, moved on the day its state gives', () => {
    const { items, added, updated } = mergeRectifyLine([], LINE, '2024-09-30')
    expect([added, updated]).toEqual([1, 0])
    expect(items).toEqual([
      {
        id: 'R1',
        year: 2024,
        unit: '测试局',
        scope: '部门整体',
        subject: 'indicator',
        ref: 'C1',
        name: '培训次数',
        month: 9,
        light: 'red',
        problem: '场地不足',
        measure: '加开培训',
        owner: '张三',
        due: '2024-12-31',
        result: '',
        steps: [
          { state: 'notStarted', date: '2024-09-30' },
          { state: 'inProgress', date: '2024-10-12' },
        ],
      },
    ])
  })

  it('leaves an item its printed cells tell as it is', () => {
    const item = withState(stored('加开培训'), 'inProgress', '2024-10-12')
    expect(mergeRectifyLine([item], LINE, '2024-09-30')).toEqual({ items: [item], added: 0, updated: 0 })
  })

  it('updates the line’s open item rather than adding a second', () => {
    const item = stored('旧措施')
    const { items, added, updated } = mergeRectifyLine([item], { ...LINE, state: '已完成' }, '2024-09-30')
    expect([added, updated, items.length]).toEqual([0, 1, 1])
    expect(items[0]!.measure).toBe('加开培训')
    // No day given: the step stands on the period end, never before the item's last step.
    expect(items[0]!.steps).toEqual([
      { state: 'notStarted', date: '2024-10-01' },
      { state: 'done', date: '2024-10-01' },
    ])
  })

  it('adds a new item beside a closed one, and passes over another indicator’s', () => {
    const done = withState(stored('加开培训'), 'done', '2024-10-05')
    const other = { ...stored('别的'), id: 'R9', ref: 'C2' }
    const { items, added } = mergeRectifyLine([done, other], { ...LINE, state: '' }, '2024-09-30')
    expect(added).toBe(1)
    expect(items.map((i) => [i.id, i.ref, i.steps.length])).toEqual([
      ['R1', 'C1', 2],
      ['R9', 'C2', 1],
      ['R3', 'C1', 1],
    ])
  })
})
