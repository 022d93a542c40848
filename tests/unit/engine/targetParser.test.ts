import { describe, expect, it } from 'vitest'
import { parse, summary, understood } from './helpers'

/** Every 指标值 of the two 2024 forms (TRANSCRIPTION.md), with its 二级指标 and what it means. */
const SEED: [string, string, string, unknown[]][] = [
  // 部门整体
  ['≥4次', '数量指标', '集中学习次数', ['atLeast', 4, '次']],
  ['≧2场', '数量指标', '组织参加各类招商推介会、展会次数', ['atLeast', 2, '场']],
  ['≧100亿元', '数量指标', '2024年实现内资进资额', ['atLeast', 1_000_000, '万元']],
  ['≥13个', '数量指标', '组建招商组团数', ['atLeast', 13, '个']],
  ['≥20个', '数量指标', '全年引进固投2000万元以上项目', ['atLeast', 20, '个']],
  ['≥70%', '质量指标', '新引进项目开工率', ['atLeast', 70, '%']],
  ['=100%', '质量指标', '项目落户流程规范执行率', ['exact', 100, '%']],
  ['≧80%', '质量指标', '项目符合区产业招商规划执行率', ['atLeast', 80, '%']],
  ['=100%', '质量指标', '"三重一大"事项决策制度执行', ['exact', 100, '%']],
  ['2024年12月31日前', '时效指标', '项目完成期限', ['deadline', '2024-12-31']],
  ['≦734.05万元', '成本指标', '资金支出成本', ['atMost', 734.05, '万元']],
  ['≧60%', '经济效益指标', '招商引资资金到位率', ['atLeast', 60, '%']],
  ['≥500人', '社会效益指标', '带动就业人数', ['atLeast', 500, '人']],
  ['≧60%', '生态效益指标', '招引项目符合"生态优先，绿色发展"占比', ['atLeast', 60, '%']],
  ['作用明显', '可持续影响指标', '预决算信息公开，提高部门公信力', ['qualitative', '作用明显']],
  ['≥80%', '满意度指标', '企业满意度', ['atLeast', 80, '%']],
  ['≧80%', '满意度指标', '社会公众满意度', ['atLeast', 80, '%']],
  // 招商引资
  ['2场', '数量指标', '组织参加各类招商推介会场次数', ['atLeast', 2, '场']],
  ['20个', '数量指标', '全年引进注册资金1000万元以上项目', ['atLeast', 20, '个']],
  ['70%', '质量指标', '新引进项目开工率', ['atLeast', 70, '%']],
  ['100%', '质量指标', '新引进项目代办服务覆盖率', ['atLeast', 100, '%']],
  ['100%', '质量指标', '招商项目符合区产业招商规划执行率', ['atLeast', 100, '%']],
  ['100%', '质量指标', '项目落户流程规范执行率', ['atLeast', 100, '%']],
  ['合规', '质量指标', '资金管理使用、会计核算的合规性', ['qualitative', '合规']],
  ['≥80%', '时效指标', '资金拨付的及时性', ['atLeast', 80, '%']],
  ['≤60万元', '成本指标', '项目资金支出成本', ['atMost', 60, '万元']],
  ['≥60%', '经济效益指标', '新增招商引资资金到位率', ['atLeast', 60, '%']],
  ['≥200人', '社会效益指标', '新增招商引资项目预计带动就业人数', ['atLeast', 200, '人']],
  ['60%', '生态效益指标', '新增招商引资项目符合"生态优先、绿色发展"之路占比', ['atLeast', 60, '%']],
  ['不断提升', '可持续影响指标', '近三年来引进项目的质量水平', ['qualitative', '不断提升']],
  ['≥90%', '服务对象满意度指标', '新增招商引资项目客商的满意度', ['atLeast', 90, '%']],
]

describe('parseTarget: the 31 targets of the seed forms', () => {
  it('has all 31', () => expect(SEED).toHaveLength(31))

  it.each(SEED)('%s (%s, %s)', (text, level2, name, expected) => {
    expect(summary(parse(text, { level2, name }))).toEqual(expected)
  })

  it('infers the basis: %, qualitative and deadlines are 时点, counts and money 累计', () => {
    const bases = SEED.map(([text, level2, name]) => understood(text, { level2, name }).basis)
    expect(bases.filter((b) => b === '时点')).toHaveLength(20)
    expect(understood('≥4次').basis).toBe('累计')
    expect(understood('≦734.05万元').basis).toBe('累计')
    expect(understood('≥70%').basis).toBe('时点')
    expect(understood('作用明显').basis).toBe('时点')
    expect(understood('2024年12月31日前').basis).toBe('时点')
  })

  it('marks a bare number’s direction as inferred, and a comparator’s as not', () => {
    expect(understood('2场')).toMatchObject({
      direction: '正向',
      directionInferred: true,
      comparatorSource: 'inferred',
    })
    expect(understood('60万元', { level2: '成本指标' })).toMatchObject({
      kind: 'atMost',
      direction: '反向',
      directionInferred: true,
    })
    expect(understood('≥4次')).toMatchObject({ direction: '正向', directionInferred: false, comparatorSource: 'text' })
    expect(understood('≦734.05万元')).toMatchObject({ direction: '反向', directionInferred: false })
  })
})

describe('parseTarget: comparators in every spelling', () => {
  it.each([
    ['≥5个', 'atLeast', false],
    ['≧5个', 'atLeast', false],
    ['>=5个', 'atLeast', false],
    ['＞＝5个', 'atLeast', false],
    ['⩾5个', 'atLeast', false],
    ['不低于5个', 'atLeast', false],
    ['不少于5个', 'atLeast', false],
    ['至少5个', 'atLeast', false],
    ['5个以上', 'atLeast', false],
    ['5个及以上', 'atLeast', false],
    ['大于等于5个', 'atLeast', false],
    ['>5个', 'atLeast', true],
    ['＞5个', 'atLeast', true],
    ['﹥5个', 'atLeast', true],
    ['超过5个', 'atLeast', true],
    ['≤5个', 'atMost', false],
    ['≦5个', 'atMost', false],
    ['<=5个', 'atMost', false],
    ['不高于5个', 'atMost', false],
    ['不超过5个', 'atMost', false],
    ['5个以内', 'atMost', false],
    ['5个以下', 'atMost', false],
    ['控制在5个以内', 'atMost', false],
    ['控制在5个', 'atMost', false],
    ['<5个', 'atMost', true],
    ['＜5个', 'atMost', true],
    ['﹤5个', 'atMost', true],
    ['低于5个', 'atMost', true],
    ['=5个', 'exact', false],
    ['＝5个', 'exact', false],
    ['﹦5个', 'exact', false],
    ['等于5个', 'exact', false],
    ['达到5个', 'exact', false],
  ])('%s → %s (strict %s)', (text, kind, strict) => {
    expect(understood(text)).toMatchObject({ kind, value: 5, strict, unit: { family: 'count', symbol: '个' } })
  })

  it('refuses a comparator that contradicts itself', () => {
    expect(parse('≥5个以下')).toMatchObject({ kind: 'unknown', message: "指标值 '≥5个以下' 前后的比较词矛盾" })
  })
})

describe('parseTarget: numbers and units', () => {
  it.each([
    ['≥１２个', ['atLeast', 12, '个']],
    ['≥1,200人', ['atLeast', 1200, '人']],
    ['≤757. 3万元', ['atMost', 757.3, '万元']],
    ['≥ 80 %', ['atLeast', 80, '%']],
    ['≥80百分比', ['atLeast', 80, '%']],
    ['≥80％', ['atLeast', 80, '%']],
    ['≤1200元', ['atMost', 0.12, '万元']],
    ['≥3.5亿元', ['atLeast', 35000, '万元']],
    ['≥35000万元', ['atLeast', 35000, '万元']],
    ['≥500千元', ['atLeast', 50, '万元']],
    ['≥5平方米', ['atLeast', 5, '平方米']],
    ['≥10人次', ['atLeast', 10, '人次']],
    ['≥3户', ['atLeast', 3, '户']],
    ['≥100亩', ['atLeast', 100, '亩']],
    ['=0起', ['exact', 0, '起']],
    ['≤0', ['atMost', 0, '']],
    ['≥0.5', ['atLeast', 0.5, '']],
  ])('%s', (text, expected) => {
    expect(summary(parse(text))).toEqual(expected)
  })

  it('treats 35000万元 and 3.5亿元 as the same amount', () => {
    expect(summary(parse('35000万元'))).toEqual(summary(parse('3.5亿元')))
  })
})

describe('parseTarget: ranges', () => {
  it.each([
    ['80%-90%', ['range', 80, 90, '%']],
    ['80-90%', ['range', 80, 90, '%']],
    ['3~5个', ['range', 3, 5, '个']],
    ['3～5个', ['range', 3, 5, '个']],
    ['10至20家', ['range', 10, 20, '家']],
    ['1-2亿元', ['range', 10000, 20000, '万元']],
    ['５－８天', ['range', 5, 8, '天']],
  ])('%s', (text, expected) => {
    expect(summary(parse(text))).toEqual(expected)
  })

  it('refuses an upside-down range and one with two units', () => {
    expect(parse('9-3个')).toMatchObject({ kind: 'unknown', message: "范围下限大于上限：'9-3个'" })
    expect(parse('3个-5人')).toMatchObject({ kind: 'unknown', message: "范围两端的单位不一致：'3个-5人'" })
  })
})

describe('parseTarget: deadlines', () => {
  it.each([
    ['2024年12月31日前', '2024-12-31'],
    ['2024年6月30日之前完成', '2024-06-30'],
    ['2024-12-31', '2024-12-31'],
    ['2024/9/30前', '2024-09-30'],
    ['12月底前', '2024-12-31'],
    ['6月底前完成', '2024-06-30'],
    ['2月底前', '2024-02-29'],
    ['年底前', '2024-12-31'],
    ['年内完成', '2024-12-31'],
    ['2025年底前', '2025-12-31'],
    ['第三季度末前', '2024-09-30'],
    ['上半年完成', '2024-06-30'],
    ['按期完成', '2024-12-31'],
    ['10月15日前', '2024-10-15'],
    ['≤2024年11月30日', '2024-11-30'],
  ])('%s → due %s', (text, due) => {
    expect(summary(parse(text))).toEqual(['deadline', due])
  })

  it('reads dates without a year in the target’s own year', () => {
    expect(summary(parse('12月底前', { year: 2025 }))).toEqual(['deadline', '2025-12-31'])
    expect(summary(parse('2月底前', { year: 2023 }))).toEqual(['deadline', '2023-02-28'])
  })

  it('refuses impossible dates', () => {
    expect(parse('2024-13-01').kind).toBe('unknown')
    expect(parse('2024年2月30日前').kind).toBe('unknown')
  })
})

describe('parseTarget: direction of a bare number', () => {
  it.each([
    ['预算调整率', '反向'],
    ['结余率', '反向'],
    ['资金结转率', '反向'],
    ['安全事故发生率', '反向'],
    ['群众投诉率', '反向'],
    ['账务差错率', '反向'],
    ['项目超支率', '反向'],
    ['房屋空置率', '反向'],
    ['项目完成率', '正向'],
    ['调整率说明完整性', '正向'],
  ])('%s → %s', (name, direction) => {
    expect(understood('5%', { name })).toMatchObject({ direction, directionInferred: true })
  })

  it('takes the 方向 column over inference, but never over a written comparator', () => {
    expect(understood('5%', { name: '项目完成率', direction: '反向' })).toMatchObject({
      kind: 'atMost',
      directionInferred: false,
    })
    expect(understood('5%', { name: '投诉率', direction: '正向' })).toMatchObject({
      kind: 'atLeast',
      directionInferred: false,
    })
    expect(understood('≥5%', { direction: '反向' })).toMatchObject({ kind: 'atLeast' })
  })

  it('lets a name lend its comparator and unit to a bare number', () => {
    expect(understood('20', { name: '种公猪(≥头)' })).toMatchObject({
      kind: 'atLeast',
      value: 20,
      unit: { symbol: '头' },
      comparatorSource: 'name',
    })
    expect(understood('300', { name: '公猪舍（≥**平方米）' })).toMatchObject({
      kind: 'atLeast',
      value: 300,
      unit: { symbol: '平方米' },
    })
    expect(understood('5', { name: '死亡率(≤%)' })).toMatchObject({ kind: 'atMost', value: 5, unit: { symbol: '%' } })
    // The target's own unit wins over the name's.
    expect(understood('20只', { name: '种公猪(≥头)' })).toMatchObject({ unit: { symbol: '只' } })
  })

  it('takes the 口径 column over inference', () => {
    expect(understood('≥70%', { basis: '累计' })).toMatchObject({ basis: '累计', basisInferred: false })
    expect(understood('≥4次')).toMatchObject({ basis: '累计', basisInferred: true })
  })
})

describe('parseTarget: qualitative and not understood', () => {
  it.each(['作用明显', '合规', '不断提升', '显著提升', '是', '高', '好', '有效改善', '达到预期'])(
    '%s is qualitative',
    (text) => {
      expect(summary(parse(text))).toEqual(['qualitative', text])
    },
  )

  it.each([
    ['', '指标值为空'],
    ['   ', '指标值为空'],
    ['abc12', "无法识别的指标值：'abc12'"],
    ['≥', "无法识别的指标值：'≥'"],
    ['N/A', "无法识别的指标值：'N/A'"],
    ['约12个左右吧', "无法识别的指标值：'约12个左右吧'"],
  ])('%j is not understood: %s', (text, message) => {
    expect(parse(text)).toEqual({ kind: 'unknown', text, message })
  })

  it('never throws on input that is not a string', () => {
    expect(parse(undefined as unknown as string)).toMatchObject({ kind: 'unknown', message: '指标值为空' })
  })
})

describe('parseTarget: what each kind says of its direction, and the name’s hint', () => {
  it('states the direction of deadlines, ranges and words, never as inferred', () => {
    expect(parse('2024年12月31日前')).toMatchObject({
      kind: 'deadline',
      direction: '正向',
      directionInferred: false,
      basis: '时点',
    })
    expect(parse('80%-90%')).toMatchObject({ kind: 'range', direction: '正向', directionInferred: false })
    expect(parse('作用明显')).toMatchObject({ kind: 'qualitative', direction: '正向', directionInferred: false })
  })

  it('takes a range whose ends are equal, refuses one upside down', () => {
    expect(parse('5-5个')).toMatchObject({ kind: 'range', low: 5, high: 5 })
    expect(parse('6-5个')).toMatchObject({ kind: 'unknown', message: "范围下限大于上限：'6-5个'" })
  })

  it('lends a bare number the comparator and unit in brackets at the end of the name', () => {
    expect(parse('600', { name: '公猪舍(≥**平方米)' })).toMatchObject({
      kind: 'atLeast',
      value: 600,
      unit: { symbol: '平方米' },
      comparatorSource: 'name',
      direction: '正向',
      directionInferred: false,
    })
    expect(parse('600', { name: '公猪舍（≥**平方米） ' })).toMatchObject({
      comparatorSource: 'name',
      unit: { symbol: '平方米' },
    })
    expect(parse('30', { name: '单价（≤**元）' })).toMatchObject({
      kind: 'atMost',
      comparatorSource: 'name',
      direction: '反向',
      directionInferred: false,
    })
    // Brackets not at the end, or without a comparator, lend nothing.
    expect(parse('600', { name: '公猪舍(≥**平方米)面积' })).toMatchObject({ kind: 'atLeast', unit: { family: 'none' } })
    expect(parse('600', { name: '面积（平方米）' })).toMatchObject({ kind: 'atLeast', unit: { family: 'none' } })
  })
})

describe('parseTarget: every lower-is-better name ending makes a bare number a ceiling', () => {
  it.each([
    '调整率',
    '结余率',
    '结转率',
    '发生率',
    '事故率',
    '投诉率',
    '差错率',
    '失误率',
    '超支率',
    '返工率',
    '误差率',
    '空置率',
    '闲置率',
    '违约率',
    '逾期率',
    '不良率',
    '损失率',
    '流失率',
    '死亡率',
    '故障率',
    '延误率',
  ])('…%s', (ending) => {
    expect(parse('5%', { name: `年度${ending}` })).toMatchObject({
      kind: 'atMost',
      direction: '反向',
      directionInferred: true,
    })
  })

  it('reads the name trimmed, and only its ending', () => {
    expect(parse('5%', { name: '客户投诉率 ' })).toMatchObject({ kind: 'atMost' })
    expect(parse('5%', { name: '投诉率下降幅度' })).toMatchObject({ kind: 'atLeast' })
  })
})
