import { describe, expect, it } from 'vitest'
import { budgetExecution, overallLight } from '@/domain/engine/budgetExecution'
import { light, type LightStatus } from '@/domain/engine/lights'
import { DEFAULT_SETTINGS } from '@/domain/engine/settings'

describe('budgetExecution: e = spent / budget, pace e / t', () => {
  it.each([
    // budget 100 at Q2 (t = 0.5)
    [40, 0.4, 0.8, 'green'],
    [30, 0.3, 0.6, 'yellow'],
    [29.9, 0.299, 0.598, 'red'],
    [70, 0.7, 1.4, 'green'],
    [50, 0.5, 1, 'green'],
  ] as const)('spent %d of 100 at Q2 → e %d, pace %d, %s', (spent, e, pace, colour) => {
    const result = budgetExecution(100, spent, 2, DEFAULT_SETTINGS)
    expect(result).toMatchObject({ budget: 100, spent, e, pace })
    expect(result.light.color).toBe(colour)
  })

  it('reads the sample department at Q3: 560 of 734.05', () => {
    const result = budgetExecution(734.05, 560, 3, DEFAULT_SETTINGS)
    expect(result.e).toBe(0.762890811253)
    expect(result.pace).toBe(1.01718774834)
    expect(result.light).toMatchObject({ color: 'green', label: '正常' })
  })

  it('at year end, full execution is green and 59% is red', () => {
    expect(budgetExecution(1773.6, 1773.6, 4, DEFAULT_SETTINGS)).toMatchObject({ e: 1, pace: 1, light: { color: 'green' } })
    expect(budgetExecution(100, 59, 4, DEFAULT_SETTINGS).light.color).toBe('red')
  })

  it('a budget of 0 has no rate (无预算); no spending reported is 未填报', () => {
    expect(budgetExecution(0, 0, 3, DEFAULT_SETTINGS)).toMatchObject({ e: null, pace: null, light: { color: 'grey', label: '无预算' } })
    expect(budgetExecution(60, null, 3, DEFAULT_SETTINGS)).toMatchObject({ e: null, light: { color: 'grey', label: '未填报' } })
  })
})

describe('overallLight (双监控)', () => {
  const lights = (...statuses: LightStatus[]) => statuses.map((s) => light(s))

  it('is red whenever budget execution is red', () => {
    expect(overallLight(lights('onTrack', 'ahead'), light('off'))).toMatchObject({ color: 'red', label: '红灯' })
  })

  it('is green when every reported indicator is green or blue', () => {
    expect(overallLight(lights('onTrack', 'ahead', 'notReported', 'pending'), light('onTrack'))).toEqual({
      color: 'green',
      label: '绿灯',
      counts: { blue: 1, green: 1, yellow: 0, red: 0, grey: 2 },
    })
  })

  it('is yellow when any indicator is yellow or red', () => {
    expect(overallLight(lights('onTrack', 'warning'), light('warning')).color).toBe('yellow')
    expect(overallLight(lights('onTrack', 'off'), null).color).toBe('yellow')
  })

  it('is green with no budget and nothing reported, the counts saying why', () => {
    expect(overallLight(lights('notReported'), light('noBudget'))).toMatchObject({ color: 'green', counts: { grey: 1 } })
  })
})
