/** A province's rules: checked, named, and one unit graded under two presets with exact values. */
import { describe, expect, it } from 'vitest'
import { evaluateUnitYear } from '@/domain/engine/evaluate'
import { DEFAULT_RULES, readRules, rulesFingerprint, settingsOf, type RuleValues } from '@/domain/engine/rules'
import { checkRules } from '@/domain/engine/rulesCheck'
import { rulesImpact } from '@/domain/engine/rulesImpact'
import { rulesLine } from '@/domain/engine/rulesText'
import { DEFAULT_SETTINGS, thresholdsOf } from '@/domain/engine/settings'
import { actual, budgetLine, dataset, spent, target } from '../fixtures'

/** A province whose 优 starts at 85, 良 at 75, whose yellow pace starts at 0.7, 基本完成 at 0.65, red unit at half. */
const JIANGXI: RuleValues = {
  ...DEFAULT_RULES.values,
  gradeYou: 85,
  gradeLiang: 75,
  paceYellow: 0.7,
  yearEndYellow: 0.65,
  redShare: 0.5,
}

describe('the rules', () => {
  it("name the engine's thresholds as the engine does, the grade bounds apart", () => {
    expect(thresholdsOf(DEFAULT_SETTINGS)).toEqual({
      paceBlue: 1.2,
      paceGreen: 0.8,
      paceYellow: 0.6,
      ceilingYellow: 1.1,
      levelYellow: 0.9,
      qualitativeGreen: 0.8,
      qualitativeYellow: 0.6,
      yearEndYellow: 0.8,
      redShare: 1 / 3,
      minScoredShare: 0.5,
    })
    expect(thresholdsOf(JIANGXI)).toEqual(thresholdsOf(settingsOf(JIANGXI)))
    expect(Object.keys(DEFAULT_RULES.values)).toEqual([
      'gradeYou',
      'gradeLiang',
      'gradeZhong',
      ...Object.keys(thresholdsOf(DEFAULT_SETTINGS)),
    ])
  })

  it("the defaults are the engine's settings exactly", () => {
    expect(settingsOf(DEFAULT_RULES.values)).toEqual(DEFAULT_SETTINGS)
    expect(DEFAULT_RULES.values).toEqual({
      gradeYou: 90,
      gradeLiang: 80,
      gradeZhong: 60,
      paceBlue: 1.2,
      paceGreen: 0.8,
      paceYellow: 0.6,
      ceilingYellow: 1.1,
      levelYellow: 0.9,
      qualitativeGreen: 0.8,
      qualitativeYellow: 0.6,
      yearEndYellow: 0.8,
      redShare: 1 / 3,
      minScoredShare: 0.5,
    })
  })

  it("have no conflict as the defaults or a province's", () => {
    expect(checkRules(DEFAULT_RULES.values)).toEqual([])
    expect(checkRules(JIANGXI)).toEqual([])
  })

  it('name each band out of order, at the lower band, with both values', () => {
    expect(checkRules({ ...DEFAULT_RULES.values, gradeLiang: 90 })).toEqual([
      { code: 'order', field: 'gradeLiang', other: 'gradeYou', params: { value: 90, otherValue: 90 } },
    ])
    expect(checkRules({ ...DEFAULT_RULES.values, paceGreen: 0.5 })).toEqual([
      { code: 'order', field: 'paceYellow', other: 'paceGreen', params: { value: 0.6, otherValue: 0.5 } },
    ])
    expect(checkRules({ ...DEFAULT_RULES.values, paceBlue: 0.8 }).map((c) => [c.field, c.other])).toEqual([
      ['paceGreen', 'paceBlue'],
    ])
    expect(checkRules({ ...DEFAULT_RULES.values, gradeZhong: 80.5 }).map((c) => [c.field, c.other])).toEqual([
      ['gradeZhong', 'gradeLiang'],
    ])
    expect(checkRules({ ...DEFAULT_RULES.values, qualitativeYellow: 0.8 }).map((c) => [c.field, c.other])).toEqual([
      ['qualitativeYellow', 'qualitativeGreen'],
    ])
  })

  it('name a threshold outside its range, or no number at all', () => {
    expect(checkRules({ ...DEFAULT_RULES.values, gradeYou: 100 })).toEqual([])
    expect(checkRules({ ...DEFAULT_RULES.values, gradeYou: 100.5 })).toEqual([
      { code: 'range', field: 'gradeYou', params: { value: 100.5, min: 0, max: 100, minOpen: true, maxOpen: false } },
    ])
    expect(checkRules({ ...DEFAULT_RULES.values, ceilingYellow: 0.95 }).map((c) => [c.code, c.field])).toEqual([
      ['range', 'ceilingYellow'],
    ])
    expect(checkRules({ ...DEFAULT_RULES.values, ceilingYellow: 1 })).toEqual([])
    expect(checkRules({ ...DEFAULT_RULES.values, yearEndYellow: 1 }).map((c) => [c.code, c.field])).toEqual([
      ['range', 'yearEndYellow'],
    ])
    expect(checkRules({ ...DEFAULT_RULES.values, redShare: 1 })).toEqual([])
    expect(checkRules({ ...DEFAULT_RULES.values, minScoredShare: 0 }).map((c) => [c.code, c.field])).toEqual([
      ['range', 'minScoredShare'],
    ])
    // A band with no number is not also named out of order.
    expect(checkRules({ ...DEFAULT_RULES.values, gradeLiang: null })).toEqual([
      { code: 'notNumber', field: 'gradeLiang', params: {} },
    ])
  })

  it('are named on every print: the defaults by their document, others by name and bands', () => {
    expect(rulesLine(DEFAULT_RULES)).toBe('评分规则：财政部默认（财预〔2020〕10号）')
    expect(rulesLine({ name: '江西省', values: JIANGXI })).toBe(
      '评分规则：江西省（优≥85 良≥75 中≥60；序时比 蓝≥1.2 绿≥0.8 黄≥0.7；基本完成自 0.65；红灯指标占比达 0.5）',
    )
  })

  it('read back only when whole, and keyed so that other values key other results', () => {
    expect(readRules({ name: ' 江西省 ', values: JIANGXI })).toEqual({ name: '江西省', values: JIANGXI })
    expect(readRules({ name: '江西省', values: { ...JIANGXI, redShare: '0.5' } })).toBeNull()
    expect(readRules({ name: '', values: JIANGXI })).toBeNull()
    expect(rulesFingerprint(JIANGXI)).not.toBe(rulesFingerprint(DEFAULT_RULES.values))
    expect(rulesFingerprint({ ...JIANGXI })).toBe(rulesFingerprint(JIANGXI))
    expect(rulesFingerprint(DEFAULT_RULES.values)).toBe(
      '90,80,60,1.2,0.8,0.6,1.1,0.9,0.8,0.6,0.8,0.3333333333333333,0.5',
    )
    // Nothing but an object of finite numbers under a name that says something.
    expect(
      [
        null,
        'x',
        { name: '江西省', values: null },
        { name: '   ', values: JIANGXI },
        { name: '江西省', values: { ...JIANGXI, redShare: Infinity } },
      ].map(readRules),
    ).toEqual([null, null, null, null, null])
  })
})

describe('one unit-year under two presets', () => {
  // At the year end: A met (r = 1), B 70 of 100 (r = 0.7), C 76.5% of ≥90% (r = 0.85), budget 95 of 100 spent.
  const a = target('培训次数', { targetText: '≥10次', weight: 40 })
  const b = target('带动就业人数', { targetText: '≥100人', weight: 40, position: 3 })
  const c = target('企业满意度', {
    level1: '满意度指标',
    level2: '服务对象满意度指标',
    targetText: '≥90%',
    weight: 10,
    position: 4,
  })
  const line = budgetLine('部门整体支出', 100)
  const yearEnd = dataset({
    targets: [a, b, c],
    budgets: [line],
    actuals: [actual(a, 4, '10次'), actual(b, 4, '70人'), actual(c, 4, '76.5%')],
    spending: [spent(line, 4, 95)],
  })

  it('财政部默认: 86 points is 良; B below 0.8 is 未完成, so a third of the lines are red and the unit is red', () => {
    const [scope] = evaluateUnitYear(yearEnd, 12, settingsOf(DEFAULT_RULES.values))
    expect(scope!.indicators.map((i) => [i.light.color, i.light.label, i.score.score])).toEqual([
      ['green', '完成', 40],
      ['red', '未完成', 28],
      ['yellow', '基本完成', 8.5],
    ])
    expect([scope!.budget!.score.score, scope!.total, scope!.grade, scope!.overall.label]).toEqual([
      9.5,
      86,
      '良',
      '红灯',
    ])
  })

  it("the province's: the same 86 points is 优; B at 0.7 is 基本完成, no line is red, and the unit is yellow", () => {
    const [scope] = evaluateUnitYear(yearEnd, 12, settingsOf(JIANGXI))
    expect(scope!.indicators.map((i) => [i.light.color, i.light.label, i.score.score])).toEqual([
      ['green', '完成', 40],
      ['yellow', '基本完成', 28],
      ['yellow', '基本完成', 8.5],
    ])
    expect([scope!.total, scope!.grade, scope!.overall.label]).toEqual([86, '优', '黄灯'])
  })

  it('in the year, a pace of 2/3 is yellow by default and red where yellow starts at 0.7', () => {
    const inYear = dataset({ targets: [b], actuals: [actual(b, 3, '50人')] })
    // k = (50 / 100) / (9 / 12), cleaned to twelve places as the engine keeps ratios.
    const colour = (values: RuleValues) => evaluateUnitYear(inYear, 9, settingsOf(values))[0]!.indicators[0]!.light
    expect([colour(DEFAULT_RULES.values).color, colour(DEFAULT_RULES.values).pace]).toEqual(['yellow', 0.666666666667])
    expect(colour(JIANGXI).color).toBe('red')
  })

  it("the preview says what saving the province's rules would change", () => {
    const before = evaluateUnitYear(yearEnd, 12, settingsOf(DEFAULT_RULES.values))
    const after = evaluateUnitYear(yearEnd, 12, settingsOf(JIANGXI))
    expect(rulesImpact(before, after)).toEqual({
      lights: 1,
      scopes: [{ scope: '部门整体', grade: { from: '良', to: '优' }, overall: { from: 'red', to: 'yellow' } }],
    })
    expect(rulesImpact(before, before)).toEqual({ lights: 0, scopes: [] })
  })

  it('the preview counts a budget line whose light changes, and names each 类别 by itself', () => {
    // Q3 (t = 0.75): the project spent 48.75 of 100, a pace of 0.65: yellow by default, red where yellow starts at 0.7.
    const project = budgetLine('项目经费', 100, { scope: '招商引资' })
    const d = target('走访次数', { scope: '招商引资', targetText: '≥10次', weight: 50 })
    const inYear = dataset({
      targets: [a, d],
      budgets: [line, project],
      actuals: [actual(a, 3, '9次'), actual(d, 3, '9次')],
      spending: [spent(line, 3, 75), spent(project, 3, 48.75)],
    })
    const before = evaluateUnitYear(inYear, 9, settingsOf(DEFAULT_RULES.values))
    const after = evaluateUnitYear(inYear, 9, settingsOf({ ...JIANGXI, gradeYou: 90, gradeLiang: 80 }))
    expect([before[1]!.budget!.light.color, after[1]!.budget!.light.color]).toEqual(['yellow', 'red'])
    expect(rulesImpact(before, after)).toEqual({
      lights: 1,
      scopes: [{ scope: '招商引资', overall: { from: 'yellow', to: 'red' } }],
    })
  })
})
