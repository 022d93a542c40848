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
    const result = budgetExecution(100, spent, 6, DEFAULT_SETTINGS)
    expect(result).toMatchObject({ budget: 100, spent, e, pace })
    expect(result.light.color).toBe(colour)
  })

  it('reads the sample department at Q3: 560 of 734.05', () => {
    const result = budgetExecution(734.05, 560, 9, DEFAULT_SETTINGS)
    expect(result.e).toBe(0.762890811253)
    expect(result.pace).toBe(1.01718774834)
    expect(result.light).toMatchObject({ color: 'green', label: '正常' })
  })

  it('at year end names results: 完成 at e ≥ 1, 基本完成 from 80%, 未完成 below', () => {
    expect(budgetExecution(1773.6, 1773.6, 12, DEFAULT_SETTINGS)).toMatchObject({
      e: 1,
      pace: 1,
      light: { color: 'green', label: '完成' },
    })
    expect(budgetExecution(100, 85, 12, DEFAULT_SETTINGS).light).toMatchObject({ color: 'yellow', label: '基本完成' })
    expect(budgetExecution(100, 80, 12, DEFAULT_SETTINGS).light).toMatchObject({ color: 'yellow', label: '基本完成' })
    expect(budgetExecution(100, 59, 12, DEFAULT_SETTINGS).light).toMatchObject({ color: 'red', label: '未完成' })
    // overspending is no 超额完成: never blue
    expect(budgetExecution(100, 130, 12, DEFAULT_SETTINGS).light).toMatchObject({ color: 'green', label: '完成' })
  })

  it('a budget of 0 has no rate (无预算); no spending reported is 未填报', () => {
    expect(budgetExecution(0, 0, 9, DEFAULT_SETTINGS)).toMatchObject({
      e: null,
      pace: null,
      light: { color: 'grey', label: '无预算' },
    })
    expect(budgetExecution(60, null, 9, DEFAULT_SETTINGS)).toMatchObject({
      e: null,
      light: { color: 'grey', label: '未填报' },
    })
  })
})

describe('overallLight (双监控)', () => {
  const lights = (...statuses: LightStatus[]) => statuses.map((s) => light(s))
  const repeat = (status: LightStatus, n: number) => Array.from({ length: n }, () => status)

  it('is red whenever budget execution is red', () => {
    expect(overallLight(lights('onTrack', 'ahead'), light('off'), DEFAULT_SETTINGS)).toMatchObject({
      color: 'red',
      label: '红灯',
    })
  })

  it('is red when a third of the reported indicators are red, whatever the budget', () => {
    // 9 of 17 严重偏离 under a green budget: red, never yellow
    const unit = lights(...repeat('off', 9), ...repeat('onTrack', 8))
    expect(overallLight(unit, light('onTrack'), DEFAULT_SETTINGS)).toMatchObject({
      color: 'red',
      label: '红灯',
      reported: 17,
      counts: { red: 9, green: 8 },
    })
    // a third of the lines: 2 of 6 reported (the 3 unreported do not count)
    const third = lights(
      'off',
      'off',
      'onTrack',
      'onTrack',
      'ahead',
      'warning',
      'notReported',
      'notReported',
      'notReported',
    )
    expect(overallLight(third, null, DEFAULT_SETTINGS)).toMatchObject({ color: 'red', reported: 6 })
    // just under a third: 2 of 7
    const under = lights('off', 'off', 'onTrack', 'onTrack', 'ahead', 'warning', 'onTrack')
    expect(overallLight(under, null, DEFAULT_SETTINGS).color).toBe('yellow')
    // the share is a setting
    expect(overallLight(under, null, { ...DEFAULT_SETTINGS, redShare: 0.25 }).color).toBe('red')
  })

  it('is green when the budget is green and every reported indicator is green or blue', () => {
    expect(
      overallLight(lights('onTrack', 'ahead', 'notReported', 'pending'), light('onTrack'), DEFAULT_SETTINGS),
    ).toEqual({
      color: 'green',
      label: '绿灯',
      counts: { blue: 1, green: 1, yellow: 0, red: 0, grey: 2 },
      reported: 3,
    })
  })

  it('is yellow when any indicator is yellow or red, or the budget is not green', () => {
    expect(overallLight(lights('onTrack', 'warning'), light('onTrack'), DEFAULT_SETTINGS).color).toBe('yellow')
    expect(overallLight(lights('onTrack', 'off', 'onTrack', 'onTrack'), null, DEFAULT_SETTINGS).color).toBe('yellow')
    expect(overallLight(lights('onTrack', 'ahead'), light('warning'), DEFAULT_SETTINGS).color).toBe('yellow')
    // spending not reported: the budget line is no reason for green
    expect(overallLight(lights('onTrack', 'ahead'), light('notReported'), DEFAULT_SETTINGS).color).toBe('yellow')
    // a value that cannot be read is not on track
    expect(overallLight(lights('onTrack', 'flagged'), light('onTrack'), DEFAULT_SETTINGS).color).toBe('yellow')
    // indicators exist but none is reported
    expect(overallLight(lights('notReported', 'notReported'), light('onTrack'), DEFAULT_SETTINGS).color).toBe('yellow')
  })

  it('uses the year-end words’ colours at Q4: 基本完成 is yellow, 未完成 red', () => {
    expect(overallLight(lights('done', 'exceeded', 'onTime'), light('done'), DEFAULT_SETTINGS).color).toBe('green')
    expect(overallLight(lights('done', 'mostlyDone', 'done'), light('done'), DEFAULT_SETTINGS).color).toBe('yellow')
    expect(overallLight(lights('done', 'notDone', 'done'), light('done'), DEFAULT_SETTINGS).color).toBe('red')
  })

  it('is grey 未填报 when nothing at all is reported, the counts saying why', () => {
    expect(overallLight(lights('notReported'), light('noBudget'), DEFAULT_SETTINGS)).toMatchObject({
      color: 'grey',
      label: '未填报',
      counts: { grey: 1 },
      reported: 0,
    })
    expect(overallLight(lights('notReported'), light('notReported'), DEFAULT_SETTINGS).color).toBe('grey')
    expect(overallLight([], null, DEFAULT_SETTINGS).color).toBe('grey')
  })
})

describe('budgetExecution carries its rates and the year-end projection', () => {
  it('90 of 200 at month 6: e 0.45, pace 0.9, projected 180', () => {
    expect(budgetExecution(200, 90, 6, DEFAULT_SETTINGS).light).toMatchObject({
      status: 'onTrack',
      r: 0.45,
      pace: 0.9,
      projected: 180,
    })
  })
})
