import { describe, expect, it } from 'vitest'
import {
  afterValues,
  approved,
  approveRefusal,
  incomingReview,
  lineReason,
  returned,
  returnRefusal,
  reviewState,
  withIncoming,
  type PeriodReview,
  type ReviewLine,
} from '@/domain/review'
import { reviewOrder } from '@/domain/reviewLines'

const Q3 = { year: 2024, unit: '甲局', month: 9 } as const
const line = (reason: string, name = '新增就业人数', ref = 'C1'): ReviewLine => ({
  subject: 'indicator',
  scope: '部门整体',
  ref,
  name,
  reason,
})

describe('review transitions', () => {
  it('starts 待审核, returns with a reason and approves, keeping every step', () => {
    expect(reviewState(undefined)).toBe('pending')
    const back = returned(undefined, Q3, { reason: ' 请补充 ', lines: [line('缺偏差原因'), line('  ')] }, '李审', 100)
    expect(back).toEqual({
      ...Q3,
      steps: [{ state: 'returned', by: '李审', at: 100, reason: '请补充', lines: [line('缺偏差原因')] }],
    })
    expect(reviewState(back)).toBe('returned')
    const ok = approved(back, Q3, '李审', 200)
    expect(ok.steps.map((s) => [s.state, s.at])).toEqual([
      ['returned', 100],
      ['approved', 200],
    ])
    expect(reviewState(ok)).toBe('approved')
  })

  it('refuses a return with no reason and a second approval', () => {
    expect(returnRefusal({ reason: ' ', lines: [line('')] })).toBe('reasonNeeded')
    expect(returnRefusal({ reason: '', lines: [line('x')] })).toBeNull()
    expect(() => returned(undefined, Q3, { reason: '', lines: [] }, 'a', 1)).toThrow('至少一条原因')
    const ok = approved(undefined, Q3, 'a', 1)
    expect(approveRefusal(ok)).toBe('sameState')
    expect(() => approved(ok, Q3, 'a', 2)).toThrow()
    // A returned period may be returned again with other reasons.
    const back = returned(undefined, Q3, { reason: 'a', lines: [] }, 'x', 1)
    expect(returned(back, Q3, { reason: 'b', lines: [] }, 'x', 2).steps).toHaveLength(2)
  })
})

describe('afterValues: the reset', () => {
  const back = returned(undefined, Q3, { reason: '补充', lines: [] }, '李审', 100)

  it('sets a returned period back to 待审核 with a reset step and the time of the change', () => {
    const [next] = afterValues([back], Q3, [9, 9], 500, true)
    expect(next).toEqual({
      ...Q3,
      valuesAt: 500,
      steps: [...back.steps, { state: 'pending', by: '', at: 500, reset: true }],
    })
  })

  it('records the change of a period with no review, without a step', () => {
    expect(afterValues([back], Q3, [6], 700, true)).toEqual([{ ...Q3, month: 6, steps: [], valuesAt: 700 }, back])
  })

  it('a folder’s values reset but leave valuesAt, and a pending period as it was', () => {
    expect(afterValues([back], Q3, [9, 6], 500, false)).toEqual([
      { ...back, steps: [...back.steps, { state: 'pending', by: '', at: 500, reset: true }] },
    ])
  })
})

describe('a review read from a file', () => {
  const step = { state: 'returned' as const, by: '李审', at: 300, reason: '补充' }
  const stored: PeriodReview = { ...Q3, steps: [{ state: 'approved', by: '李审', at: 200 }], valuesAt: 250 }

  it('is stale when older than the last change of the values here', () => {
    expect(incomingReview({ ...stored, valuesAt: 301 }, step)).toBe('stale')
    expect(withIncoming([{ ...stored, valuesAt: 301 }], Q3, step)).toEqual([{ ...stored, valuesAt: 301 }])
  })

  it('is the same, older or new', () => {
    expect(incomingReview(stored, { state: 'approved', by: 'x', at: 200 })).toBe('same')
    expect(incomingReview({ ...stored, valuesAt: undefined }, { ...step, at: 150 })).toBe('older')
    expect(incomingReview(stored, step)).toBe('new')
    expect(incomingReview(undefined, step)).toBe('new')
    expect(withIncoming([stored], Q3, step)).toEqual([{ ...stored, steps: [...stored.steps, step] }])
  })
})

describe('lineReason', () => {
  it('finds a line by its code, else by its name within its 类别, only while returned', () => {
    const step = {
      state: 'returned' as const,
      by: 'x',
      at: 1,
      lines: [line('按编码', 'A', 'C1'), line('按名称', '满意度', '')],
    }
    const of = (ref: string, name: string, scope = '部门整体') =>
      lineReason(step, { subject: 'indicator', scope, ref, name })
    expect(of('C1', '别名')).toBe('按编码')
    expect(of('C9', '满意度')).toBe('按名称')
    expect(of('C9', '满意度', '项目甲')).toBeUndefined()
    expect(
      lineReason({ ...step, state: 'approved' }, { subject: 'indicator', scope: '部门整体', ref: 'C1', name: 'A' }),
    ).toBe(undefined)
  })
})

describe('reviewOrder', () => {
  const units = [
    { unit: '乙单位', parent: '教育局' },
    { unit: '无部门' },
    { unit: '甲单位', parent: '教育局' },
    { unit: '丙单位', parent: '卫健委' },
  ]
  it('orders by 主管部门 then name, those without last; a department keeps its own', () => {
    // zh-CN collation orders by pinyin: 甲 jia < 乙 yi; 教 jiao < 卫 wei.
    expect(reviewOrder(units).map((u) => u.unit)).toEqual(['甲单位', '乙单位', '丙单位', '无部门'])
    expect(reviewOrder(units, '教育局').map((u) => u.unit)).toEqual(['甲单位', '乙单位'])
  })
})
