import { describe, expect, it } from 'vitest'
import { parseActual } from '@/domain/engine/actualParser'
import { indicatorLight, pacedRatio, type Light } from '@/domain/engine/lights'
import { DEFAULT_SETTINGS } from '@/domain/engine/settings'
import type { TargetContext } from '@/domain/engine/target'
import type { Quarter } from '@/domain/quarter'
import { parse } from './helpers'
import { monthOfQuarter } from '@/domain/period'

/** The light of a target string with an actual string (null: not reported) at quarter q. */
function lightOf(target: string, actual: string | null, q: Quarter, context: Partial<TargetContext> = {}): Light {
  const parsed = parse(target, context)
  return indicatorLight(
    parsed,
    actual === null ? null : parseActual(actual, parsed, 2024),
    2024,
    monthOfQuarter(q),
    DEFAULT_SETTINGS,
  )
}

const colour = (target: string, actual: string | null, q: Quarter, context: Partial<TargetContext> = {}) =>
  lightOf(target, actual, q, context).color

describe('累计 at least: pace k = (A / T) / t', () => {
  it.each([
    // q, A, k, colour — T = 20
    [1, '3', 0.6, 'yellow'],
    [1, '4', 0.8, 'green'],
    [1, '6', 1.2, 'blue'],
    [2, '6', 0.6, 'yellow'],
    [2, '8', 0.8, 'green'],
    [2, '12', 1.2, 'blue'],
    [3, '9', 0.6, 'yellow'],
    [3, '12', 0.8, 'green'],
    [3, '18', 1.2, 'blue'],
    [3, '8', 0.533333333333, 'red'],
    [3, '11', 0.733333333333, 'yellow'],
    [3, '17', 1.13333333333, 'green'],
  ] as const)('Q%i, A %s of 20 → k %d, %s', (q, a, k, expected) => {
    const result = lightOf('≥20个', a, q)
    expect(result.pace).toBe(k)
    expect(result.color).toBe(expected)
  })

  it('projects the year end as A / t, and keeps r against the full target', () => {
    expect(lightOf('≥20个', '9个', 3)).toMatchObject({
      r: 0.45,
      pace: 0.6,
      projected: 12,
      status: 'warning',
      label: '预警',
    })
    expect(lightOf('≧100亿元', '52亿元', 3)).toMatchObject({ r: 0.52, projected: 693_333.333333, color: 'yellow' })
  })

  it('labels every colour in words', () => {
    expect(lightOf('≥20个', '18', 3).label).toBe('超序时')
    expect(lightOf('≥20个', '12', 3).label).toBe('正常')
    expect(lightOf('≥20个', '9', 3).label).toBe('预警')
    expect(lightOf('≥20个', '8', 3).label).toBe('严重偏离')
    expect(lightOf('≥20个', null, 3).label).toBe('未填报')
  })

  it('a target of 0 is green for any A ≥ 0', () => {
    expect(colour('≥0个', '0', 1)).toBe('green')
  })
})

describe('at most: the projected value against T and 1.1 T', () => {
  it.each([
    // 累计 ceiling 60 at Q3: projected = A × 4 / 3
    ['45', 'green', 60],
    ['49.5', 'yellow', 66],
    ['49.6', 'red', 66.1333333333],
    ['30', 'green', 40],
  ] as const)('≤60万元, A %s at Q3 → %s (projected %d)', (a, expected, projected) => {
    expect(lightOf('≤60万元', a, 3)).toMatchObject({ color: expected, projected })
  })

  it('is not prorated for 时点 ceilings', () => {
    expect(colour('≤5%', '5%', 1)).toBe('green')
    expect(colour('≤5%', '5.5%', 1)).toBe('yellow')
    expect(colour('≤5%', '5.6%', 1)).toBe('red')
  })

  it('at year end the projection is the value itself, judged by r = T / A', () => {
    expect(lightOf('≦734.05万元', '734.05万元', 4)).toMatchObject({
      color: 'green',
      projected: 734.05,
      r: 1,
      label: '完成',
    })
    // 734.05 / 807.46 = 0.909: 基本完成
    expect(lightOf('≦734.05万元', '807.46万元', 4)).toMatchObject({ color: 'yellow', label: '基本完成' })
    // 734.05 / 917.57 = 0.79999…: 未完成
    expect(lightOf('≦734.05万元', '917.57万元', 4)).toMatchObject({ color: 'red', label: '未完成' })
  })

  it('a ceiling of 0 is red for anything above 0', () => {
    expect(colour('≤0起', '0', 2)).toBe('green')
    expect(colour('≤0起', '1', 2)).toBe('red')
  })

  it('reads the sample’s cost line: 560 at Q3 projects to 746.67 > 734.05 → yellow', () => {
    expect(lightOf('≦734.05万元', '560万元', 3)).toMatchObject({ color: 'yellow', projected: 746.666666667 })
  })
})

describe('时点 at least and exactly: from r', () => {
  it.each([
    ['≥80%', '80%', 'green'],
    ['≥80%', '100%', 'green'],
    ['≥80%', '72%', 'yellow'],
    ['≥80%', '71.9%', 'red'],
    ['=100%', '100%', 'green'],
    ['=100%', '90%', 'yellow'],
    ['=100%', '89%', 'red'],
    ['80%-90%', '85%', 'green'],
    ['80%-90%', '72%', 'yellow'],
    ['80%-90%', '90%', 'green'],
    ['80%-90%', '99%', 'yellow'],
    ['80%-90%', '100.1%', 'red'],
  ] as const)('%s with %s → %s', (target, actual, expected) => {
    expect(colour(target, actual, 2)).toBe(expected)
  })

  it('never shows blue for a level', () => {
    expect(colour('≥60%', '90%', 1)).toBe('green')
  })
})

describe('累计 exactly and ranges: pace below the target, overshoot above it', () => {
  it.each([
    ['=4次', '2', 2, 'green'],
    ['=4次', '1.2', 2, 'yellow'],
    ['=4次', '1', 2, 'red'],
    ['=4次', '4', 2, 'green'],
    ['=4次', '5', 4, 'yellow'],
    ['=4次', '6', 4, 'red'],
    ['10至20家', '5', 2, 'green'],
    ['10至20家', '3', 2, 'yellow'],
    ['10至20家', '25', 3, 'green'],
    ['10至20家', '40', 3, 'red'],
  ] as const)('%s with %s at Q%i → %s', (target, actual, q, expected) => {
    expect(colour(target, actual, q)).toBe(expected)
  })
})

describe('qualitative: r ≥ 0.8 green, ≥ 0.6 yellow, below red', () => {
  it.each([
    ['达成', 'green'],
    ['基本达成', 'green'],
    ['部分达成', 'yellow'],
    ['60%', 'yellow'],
    ['59%', 'red'],
    ['未达成', 'red'],
    ['不断提升', 'green'],
  ] as const)('%s → %s', (actual, expected) => {
    expect(colour('不断提升', actual, 3)).toBe(expected)
  })
})

describe('deadlines', () => {
  it('grey while not done up to the day, green done in time, red overdue', () => {
    expect(lightOf('2024年6月30日前', '未完成', 1)).toMatchObject({ color: 'grey', label: '进行中' })
    expect(lightOf('2024年6月30日前', '未完成', 2)).toMatchObject({ color: 'grey', status: 'pending' })
    expect(lightOf('2024年6月30日前', '未完成', 3)).toMatchObject({ color: 'red', r: 0 })
    expect(lightOf('2024年6月30日前', '2024-06-30', 2)).toMatchObject({ color: 'green', r: 1 })
    expect(lightOf('2024年6月30日前', '2024-07-01', 3)).toMatchObject({ color: 'red', r: 0 })
    expect(lightOf('2024年12月31日前', '已完成', 3)).toMatchObject({ color: 'green' })
    // judged once the year has closed: the last day has passed
    expect(lightOf('2024年12月31日前', '未完成', 4)).toMatchObject({ color: 'red', status: 'notDone' })
    expect(lightOf('2025年3月31日前', '未完成', 4)).toMatchObject({ color: 'grey', status: 'pending' })
  })
})

describe('grey: not reported, or not understood', () => {
  it('no actual for the quarter is grey 未填报, never green', () => {
    expect(lightOf('≥20个', null, 2)).toEqual({
      color: 'grey',
      status: 'notReported',
      label: '未填报',
      r: null,
      pace: null,
      projected: null,
    })
  })

  it('an actual or target that cannot be used is flagged with the reason', () => {
    expect(lightOf('≥20个', '30人', 2)).toMatchObject({
      color: 'grey',
      status: 'flagged',
      label: '无法识别',
      message: "'30人' 的单位 '人' 与指标值的单位 '个' 不一致",
    })
    expect(lightOf('约20个', '30个', 2)).toMatchObject({ status: 'flagged', message: "无法识别的指标值：'约20个'" })
  })
})

describe('settings move the bands', () => {
  it('uses the thresholds it is given', () => {
    const strict = { ...DEFAULT_SETTINGS, paceGreen: 0.9, paceYellow: 0.7 }
    const target = parse('≥20个')
    const actual = parseActual('12', target, 2024)
    expect(indicatorLight(target, actual, 2024, 9, DEFAULT_SETTINGS).color).toBe('green')
    expect(indicatorLight(target, actual, 2024, 9, strict).color).toBe('yellow')
  })
})

describe('year end (Q4): words of results, not of progress', () => {
  it.each([
    // target, actual, r, status, colour, word
    ['≥20个', '24', 1.2, 'exceeded', 'blue', '超额完成'],
    ['≥20个', '23.9', 1.195, 'done', 'green', '完成'],
    ['≥20个', '20', 1, 'done', 'green', '完成'],
    ['≥20个', '16', 0.8, 'mostlyDone', 'yellow', '基本完成'],
    ['≥20个', '12', 0.6, 'notDone', 'red', '未完成'],
    // the cases: 12 of 20 projects, 3场 against 2场
    ['≥2场', '3场', 1.5, 'exceeded', 'blue', '超额完成'],
    // a level is never 超额: 90% against ≥60% is 完成
    ['≥60%', '90%', 1.5, 'done', 'green', '完成'],
    ['≥80%', '72%', 0.9, 'mostlyDone', 'yellow', '基本完成'],
    ['作用明显', '基本达成', 0.8, 'mostlyDone', 'yellow', '基本完成'],
    ['作用明显', '部分达成', 0.7, 'notDone', 'red', '未完成'],
  ] as const)('%s with %s → r %d, %s', (target, actual, r, status, color, label) => {
    expect(lightOf(target, actual, 4)).toMatchObject({ r, status, color, label })
  })

  it('names deadlines 按期完成, 逾期完成 or 未完成', () => {
    expect(lightOf('2024年6月30日前', '2024-06-30', 4)).toMatchObject({
      status: 'onTime',
      color: 'green',
      label: '按期完成',
    })
    expect(lightOf('2024年6月30日前', '2024-07-02', 4)).toMatchObject({
      status: 'late',
      color: 'red',
      label: '逾期完成',
    })
    expect(lightOf('2024年6月30日前', '未完成', 4)).toMatchObject({ status: 'notDone', color: 'red', label: '未完成' })
  })

  it('follows the 基本完成 threshold in the settings', () => {
    const parsed = parse('≥20个')
    const strict = { ...DEFAULT_SETTINGS, yearEndYellow: 0.9 }
    expect(indicatorLight(parsed, parseActual('17', parsed, 2024), 2024, 12, strict)).toMatchObject({
      status: 'notDone',
    })
    expect(indicatorLight(parsed, parseActual('18', parsed, 2024), 2024, 12, strict)).toMatchObject({
      status: 'mostlyDone',
    })
  })
})

describe('a month inside a quarter (1-7月): pace k = (A / T) / (7 / 12)', () => {
  const july = (targetText: string, actualText: string) => {
    const parsed = parse(targetText)
    return indicatorLight(parsed, parseActual(actualText, parsed, 2024), 2024, 7, DEFAULT_SETTINGS)
  }

  it.each([
    // A of ≥20: k = 12A / (20 × 7)
    ['12', 1.02857142857, 'green'],
    ['14', 1.2, 'blue'],
    ['10', 0.857142857143, 'green'],
    ['8', 0.685714285714, 'yellow'],
    ['7', 0.6, 'yellow'],
    ['6', 0.514285714286, 'red'],
  ])('%s of ≥20 by July: k = %d, %s', (a, pace, color) => {
    expect(july('≥20', a)).toMatchObject({ pace, color })
  })

  it('judges a deadline on the last day of July: one of 6月30日 not met is overdue, one of 7月31日 still open', () => {
    expect(july('2024年7月31日前', '2024-07-31')).toMatchObject({ color: 'green', r: 1 })
    expect(july('2024年6月30日前', '未完成')).toMatchObject({ color: 'red', r: 0 })
    expect(july('2024年7月31日前', '未完成')).toMatchObject({ color: 'grey', status: 'pending' })
  })
})

describe('what each light carries besides its colour', () => {
  it('a level carries r as its pace and the value as its projection', () => {
    expect(lightOf('≥100个', '90', 2, { basis: '时点' })).toEqual({
      color: 'yellow',
      status: 'warning',
      label: '预警',
      r: 0.9,
      pace: 0.9,
      projected: 90,
    })
  })

  it('a 累计 exact total and a range carry r, the pace and A / t', () => {
    // =4次 at Q2 with 1.2: r 0.3, pace 12 × 1.2 / (4 × 6) = 0.6, projected 2.4.
    expect(lightOf('=4次', '1.2', 2)).toEqual({
      color: 'yellow',
      status: 'warning',
      label: '预警',
      r: 0.3,
      pace: 0.6,
      projected: 2.4,
    })
    // 10至20家 at Q2 with 5: r 0.5, pace against the low end 12 × 5 / (10 × 6) = 1, projected 10.
    expect(lightOf('10至20家', '5', 2)).toEqual({
      color: 'green',
      status: 'onTrack',
      label: '正常',
      r: 0.5,
      pace: 1,
      projected: 10,
    })
    // Past the target mid-year the pace is r itself: 6 against =4 is r = 4 / 6, yellow; 40 of 10–20 is 0.5, red.
    expect(lightOf('=4次', '6', 2)).toMatchObject({ r: 0.666666666667, pace: 0.666666666667, status: 'warning' })
    expect(lightOf('10至20家', '40', 2)).toMatchObject({ r: 0.5, pace: 0.5, status: 'off' })
    // Past the top of the range mid-year the pace is r itself: 25 of 10–20 is r = 20 / 25 = 0.8.
    expect(lightOf('10至20家', '25', 2)).toMatchObject({ r: 0.8, pace: 0.8, projected: 50, status: 'onTrack' })
  })

  it('a qualitative light carries its grade as r and pace', () => {
    expect(lightOf('不断提升', '良', 3)).toEqual({
      color: 'green',
      status: 'onTrack',
      label: '正常',
      r: 0.8,
      pace: 0.8,
      projected: null,
    })
  })

  it('an unknown target with a value is flagged with the target’s own message', () => {
    expect(lightOf('约莫12个', '5个', 3)).toEqual({
      color: 'grey',
      status: 'flagged',
      label: '无法识别',
      r: null,
      pace: null,
      projected: null,
      message: "无法识别的指标值：'约莫12个'",
    })
  })

  it('a value of the wrong kind for its target is flagged, in year and at the year end', () => {
    const mismatch = {
      color: 'grey',
      status: 'flagged',
      label: '无法识别',
      r: null,
      pace: null,
      projected: null,
      message: '实际值与指标值类型不符',
    }
    const done = { kind: 'completion', done: true, date: null } as const
    expect(indicatorLight(parse('不断提升'), done, 2024, 9, DEFAULT_SETTINGS)).toEqual(mismatch)
    expect(indicatorLight(parse('不断提升'), done, 2024, 12, DEFAULT_SETTINGS)).toEqual(mismatch)
    expect(indicatorLight(parse('2024年12月31日前'), { kind: 'number', value: 5 }, 2024, 9, DEFAULT_SETTINGS)).toEqual(
      mismatch,
    )
  })
})

describe('blue and 超额完成 only for a 累计 at-least total', () => {
  it('an exact total or a range on pace is green even where blue starts at 1', () => {
    const blueAtOne = { ...DEFAULT_SETTINGS, paceBlue: 1 }
    const at = (target: string, actual: string) =>
      indicatorLight(parse(target), parseActual(actual, parse(target), 2024), 2024, 6, blueAtOne).status
    expect(at('=4次', '2')).toBe('onTrack')
    expect(at('10至20家', '5')).toBe('onTrack')
    expect(at('≥4次', '2')).toBe('ahead')
  })
})

describe('pacedRatio', () => {
  it('meets a target of 0 with anything not below 0', () => {
    expect(pacedRatio(0, 0, 6)).toBe(1)
    expect(pacedRatio(3, 0, 6)).toBe(1)
    expect(pacedRatio(-1, 0, 6)).toBe(0)
    expect(pacedRatio(9, 20, 9)).toBe(0.6)
  })
})
