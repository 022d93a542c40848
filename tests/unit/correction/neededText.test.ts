import { afterEach, describe, expect, it } from 'vitest'
import { evaluateUnitYear } from '@/domain/engine/evaluate'
import { DEFAULT_SETTINGS } from '@/domain/engine/settings'
import { neededOf } from '@/domain/needed'
import type { Month } from '@/domain/period'
import type { TargetRecord } from '@/domain/records'
import { i18n } from '@/i18n'
import { neededSegments } from '@/i18n/useNeededText'
import { actual, dataset, target } from '../fixtures'

const t = (key: string, named: Record<string, string | number>) => i18n.global.t(key, named)

/** The 需完成 segments of one indicator with one value at month m. */
function segmentsOf(
  targetText: string,
  actualText: string,
  m: Month,
  byMonth = false,
  over: Partial<TargetRecord> = {},
) {
  const record = target('指标', { targetText, ...over })
  const rows = dataset({ targets: [record], actuals: [actual(record, 1, actualText, { month: m, byMonth })] })
  const result = evaluateUnitYear(rows, m)[0]!.indicators[0]!
  const need = neededOf(result, m, DEFAULT_SETTINGS)
  if (!need) throw new Error('not behind')
  return neededSegments(t, need, result.target, byMonth)
}
const sentence = (...args: Parameters<typeof segmentsOf>) =>
  segmentsOf(...args)
    .map((s) => s.text)
    .join('')

afterEach(() => {
  i18n.global.locale.value = 'zh-CN'
})

describe('需完成 in words', () => {
  it('names the months left and gone as the period was given', () => {
    // ≥20个 and 5 at 1-7月: 15 over 5 months is 3 a month; 5 / 7 = 0.71 a month.
    expect(sentence('≥20个', '5个', 7, true)).toBe('8-12月需完成 15个（每月 3个），1-7月月均 0.71个')
    // At 第2季度, 4 of 20: 16 over 6 months, 2.67 a month; 0.67 a month so far.
    expect(sentence('≥20个', '4个', 6)).toBe('下半年需完成 16个（每月 2.67个），上半年月均 0.67个')
    expect(sentence('≥20个', '1个', 3)).toBe('第2-4季度需完成 19个（每月 2.11个），第1季度月均 0.33个')
  })

  it('marks the values in the user’s unit as the user’s words, and the rest as the app’s', () => {
    expect(segmentsOf('≥20个', '8个', 9)).toEqual([
      { text: '第4季度' },
      { text: '需完成 ' },
      { text: '12个', user: true },
      { text: '（每月 ' },
      { text: '4个', user: true },
      { text: '），' },
      { text: '前三季度' },
      { text: '月均 ' },
      { text: '0.89个', user: true },
    ])
  })

  it('says a passed deadline and a passed ceiling as they are', () => {
    expect(sentence('2024年6月30日前', '未完成', 9)).toBe(
      '完成期限 2024-06-30 已过，仍未完成：此后完成也计逾期，完成率 0',
    )
    expect(sentence('2024年6月30日前', '2024-08-15', 9)).toBe(
      '已在完成期限 2024-06-30 之后完成，计逾期，完成率 0，年内无法挽回',
    )
    // ≤60万元 of cost and 70 spent by Q3: 10 over already.
    expect(sentence('≤60万元', '70万元', 9, false, { level2: '成本指标' })).toBe(
      '已超出指标值 10万元，第4季度不能再增加',
    )
  })

  it('speaks English', () => {
    i18n.global.locale.value = 'en'
    expect(sentence('≥20个', '8个', 9)).toBe('Q4 must deliver 12个 (4个 a month); Q1–Q3 averaged 0.89个 a month')
    expect(sentence('≥90%', '85%', 6)).toBe('By the year end it must reach 90% (now 85%, 5 percentage points short)')
    expect(sentence('作用明显', '部分达成', 9)).toBe(
      'By the year end the rating must be at least mostly achieved (80.0%) to be on track, achieved (100%) for full marks; now 70.0%',
    )
  })
})
