import { describe, expect, it } from 'vitest'
import { reviewedLines } from '@/domain/reviewLines'
import { reviewLines } from '@/domain/reviewTrail'
import { approved, returned } from '@/domain/review'
import { DEFAULT_SETTINGS } from '@/domain/engine/settings'
import { actual, budgetLine, dataset, spent, target, UNIT } from './fixtures'

describe('reviewedLines: a period against the one before', () => {
  // ≥4次, cumulative: Q2 1次 is pace (1/4)/0.5 = 0.5, red; Q3 3次 is (3/4)/0.75 = 1.0, green.
  const training = target('培训次数', { targetText: '≥4次' })
  const visits = target('走访次数', { targetText: '≥4次' })
  const fees = budgetLine('公用经费', 100)
  const data = dataset({
    targets: [training, visits],
    budgets: [fees],
    actuals: [
      actual(training, 2, '1次'),
      actual(training, 3, '3次', { reason: '补课' }),
      actual(visits, 2, '2次'),
      actual(visits, 3, '3次'),
    ],
    spending: [spent(fees, 2, 50), spent(fees, 3, 75)],
  })

  it('gives each line its light, value and reason, and what changed: value, light colour, a reason added', () => {
    const lines = reviewedLines(data, 9, 6, DEFAULT_SETTINGS)
    expect(
      lines.map((l) => [
        l.subject,
        l.name,
        l.light.color,
        l.value,
        l.reason,
        l.previous?.value,
        l.previous?.light.color,
        l.valueChanged,
        l.lightChanged,
        l.reasonAdded,
      ]),
    ).toEqual([
      ['indicator', '培训次数', 'green', '3次', '补课', '1次', 'red', true, true, true],
      // (2/4)/0.5 = 1.0 then (3/4)/0.75 = 1.0: green both times.
      ['indicator', '走访次数', 'green', '3次', null, '2次', 'green', true, false, false],
      // 50/100 at t = 0.5 and 75/100 at t = 0.75: pace 1.0 both times.
      ['budget', '公用经费', 'green', '75', null, '50', 'green', true, false, false],
    ])
  })

  it('says nothing changed for the year’s first period', () => {
    const [first] = reviewedLines(data, 6, null, DEFAULT_SETTINGS)
    expect([first!.previous, first!.valueChanged, first!.lightChanged, first!.reasonAdded]).toEqual([
      null,
      false,
      false,
      false,
    ])
  })
})

describe('reviewLines: the trail of a change of reviews', () => {
  const Q3 = { year: 2024, unit: UNIT, month: 9 } as const
  const at = new Date(2024, 9, 15, 9, 30).getTime()
  const back = returned(
    undefined,
    Q3,
    {
      reason: '补充',
      lines: [{ subject: 'budget', scope: '部门整体', ref: '', name: '公用经费', reason: '执行偏慢' }],
    },
    '李审',
    at,
  )
  it('tells the state with who and when, the overall reason and each line’s reason', () => {
    expect(reviewLines(UNIT, [], [back]).map((l) => [l.key, l.name, l.field, l.before, l.after])).toEqual([
      ['9', UNIT, 'reviewState', null, '已退回 李审 2024-10-15 09:30'],
      ['9', UNIT, 'reviewReason', null, '补充'],
      ['9›部门整体›公用经费', '公用经费', 'reviewLine', null, '执行偏慢'],
    ])
    const ok = approved(back, Q3, '李审', at + 60_000)
    expect(reviewLines(UNIT, [back], [ok]).map((l) => [l.field, l.before, l.after])).toEqual([
      ['reviewState', '已退回 李审 2024-10-15 09:30', '已审核 李审 2024-10-15 09:31'],
      ['reviewReason', '补充', null],
      ['reviewLine', '执行偏慢', null],
    ])
  })
})
