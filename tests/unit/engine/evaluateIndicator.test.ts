import { describe, expect, it } from 'vitest'
import { evaluateIndicator } from '@/domain/engine/indicator'
import { DEFAULT_SETTINGS } from '@/domain/engine/settings'
import { actual, target } from '../fixtures'

describe('evaluateIndicator: a row judged again whenever anything it depends on changes', () => {
  it('takes the row’s own 口径 and 方向', () => {
    const total = target('招商数', { targetText: '≥100个' })
    const level = target('在册企业数', { targetText: '≥100个', basis: '时点' })
    // At month 6, 60 of 100: a 累计 total runs at pace 1.2 (blue); a level is at r 0.6 (red).
    expect(evaluateIndicator(total, actual(total, 2, '60'), 6, DEFAULT_SETTINGS, 10, 'given').light.status).toBe(
      'ahead',
    )
    expect(evaluateIndicator(level, actual(level, 2, '60'), 6, DEFAULT_SETTINGS, 10, 'given').light.status).toBe('off')
    const cost = target('单位成本', { targetText: '100元', direction: '反向', level2: '成本指标' })
    expect(evaluateIndicator(cost, actual(cost, 4, '125元'), 12, DEFAULT_SETTINGS, 10, 'given').light.r).toBe(0.8)
  })

  it('answers again for another month, settings, weight, weight source or value', () => {
    const row = target('招商数', { targetText: '≥20个' })
    const twelve = actual(row, 3, '12')
    const first = evaluateIndicator(row, twelve, 9, DEFAULT_SETTINGS, 10, 'given')
    expect(evaluateIndicator(row, twelve, 9, DEFAULT_SETTINGS, 10, 'given')).toBe(first)
    expect(first.light.status).toBe('onTrack')
    expect(evaluateIndicator(row, twelve, 6, DEFAULT_SETTINGS, 10, 'given').light.pace).toBe(1.2)
    expect(evaluateIndicator(row, twelve, 9, { ...DEFAULT_SETTINGS, paceGreen: 0.9 }, 10, 'given').light.status).toBe(
      'warning',
    )
    expect(evaluateIndicator(row, twelve, 9, DEFAULT_SETTINGS, 20, 'given').score.weight).toBe(20)
    expect(evaluateIndicator(row, twelve, 9, DEFAULT_SETTINGS, 20, 'split').score.weightSource).toBe('split')
    expect(evaluateIndicator(row, actual(row, 3, '9'), 9, DEFAULT_SETTINGS, 20, 'split').light.status).toBe('warning')
  })

  it('uses the officer’s 全年预计 in year only, and only when something is written', () => {
    const row = target('招商数', { targetText: '≥20个' })
    const withForecast = actual(row, 3, '12', { forecast: '15个' })
    // In year the forecast 15 of 20 is the 预计完成率: 0.75 × 10 = 7.5.
    expect(evaluateIndicator(row, withForecast, 9, DEFAULT_SETTINGS, 10, 'given').score).toMatchObject({
      r: 0.75,
      score: 7.5,
    })
    // At the year end the value itself: 12 of 20.
    expect(
      evaluateIndicator(row, actual(row, 4, '12', { forecast: '15个' }), 12, DEFAULT_SETTINGS, 10, 'given').score,
    ).toMatchObject({ r: 0.6, score: 6 })
    // A blank forecast is none: the projection 12 / 0.75 = 16 of 20.
    expect(
      evaluateIndicator(row, actual(row, 3, '12', { forecast: '  ' }), 9, DEFAULT_SETTINGS, 10, 'given').score,
    ).toMatchObject({ r: 0.8, score: 8 })
  })
})
