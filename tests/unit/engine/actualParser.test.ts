import { describe, expect, it } from 'vitest'
import { actualOf } from './helpers'

describe('parseActual: numbers against numeric targets', () => {
  it.each([
    ['6个', '≥20个', 6],
    ['6', '≥20个', 6],
    ['６个', '≥20个', 6],
    ['≥266米', '≥200米', 266],
    ['72%', '≥70%', 72],
    ['72', '≥70%', 72],
    ['35亿元', '≥100亿元', 350_000],
    ['350000万元', '≥100亿元', 350_000],
    ['1,200元', '≤60万元', 0.12],
    ['560万元', '≦734.05万元', 560],
    ['560. 5万元', '≦734.05万元', 560.5],
    ['0', '=0起', 0],
    ['85%', '80%-90%', 85],
  ])('%s against %s is %d in the target’s unit', (actual, target, value) => {
    expect(actualOf(actual, target)).toEqual({ kind: 'number', value })
  })

  it('refuses an incompatible unit', () => {
    expect(actualOf('30人', '≥20个')).toEqual({
      kind: 'error',
      code: 'unitMismatch',
      message: "'30人' 的单位 '人' 与指标值的单位 '个' 不一致",
      params: { unit: '人', targetUnit: '个' },
    })
    expect(actualOf('30%', '≥20个')).toMatchObject({ code: 'unitMismatch' })
    expect(actualOf('30万元', '≥20%')).toMatchObject({ code: 'unitMismatch' })
    expect(actualOf('3个', '≥0.5')).toMatchObject({
      code: 'unitMismatch',
      message: "'3个' 的单位 '个' 与指标值的单位 无单位 不一致",
    })
  })

  it('refuses what is not a number', () => {
    expect(actualOf('七十', '≥70%')).toEqual({ kind: 'error', code: 'notNumber', message: "'七十' 不是数字" })
    expect(actualOf('已完成', '≥20个')).toMatchObject({ code: 'notNumber' })
    expect(actualOf('12#', '≥20个')).toMatchObject({ code: 'notNumber' })
  })

  it('says so for an empty actual or a target it cannot use', () => {
    expect(actualOf('', '≥20个')).toEqual({ kind: 'error', code: 'empty', message: '实际值为空' })
    expect(actualOf('5个', '约莫12个')).toEqual({
      kind: 'error',
      code: 'targetUnknown',
      message: '指标值无法识别，实际值不参与计算',
    })
  })
})

describe('parseActual: completion against deadlines', () => {
  it.each([
    ['2024-11-30', { done: true, date: '2024-11-30' }],
    ['2024/11/30', { done: true, date: '2024-11-30' }],
    ['2024.11.30', { done: true, date: '2024-11-30' }],
    ['2024年11月30日', { done: true, date: '2024-11-30' }],
    ['11月30日完成', { done: true, date: '2024-11-30' }],
    ['已于2024年11月30日完成', { done: true, date: '2024-11-30' }],
    ['已完成', { done: true, date: null }],
    ['按期完成', { done: true, date: null }],
    ['未完成', { done: false, date: null }],
    ['进行中', { done: false, date: null }],
  ])('%s', (actual, expected) => {
    expect(actualOf(actual, '2024年12月31日前')).toEqual({ kind: 'completion', ...expected })
  })

  it('refuses anything else', () => {
    expect(actualOf('快了', '年底前')).toEqual({
      kind: 'error',
      code: 'notCompletion',
      message: "'快了' 应为完成日期（如 2024-11-30）、完成月份（如 7月、2024-07）或 已完成、未完成",
    })
    expect(actualOf('2024-02-30', '年底前')).toMatchObject({ code: 'notCompletion' })
  })
})

describe('parseActual: grades against qualitative targets', () => {
  it.each([
    ['达成', 1, '达成'],
    ['合规', 1, '达成'],
    ['是', 1, '达成'],
    ['明显', 1, '达成'],
    ['优', 1, '达成'],
    ['基本达成', 0.8, '基本达成'],
    ['良', 0.8, '基本达成'],
    ['较好', 0.8, '基本达成'],
    ['部分达成', 0.7, '部分达成'],
    ['一般', 0.7, '部分达成'],
    ['中', 0.7, '部分达成'],
    ['未达成', 0.3, '未达成'],
    ['不合规', 0.3, '未达成'],
    ['否', 0.3, '未达成'],
    ['差', 0.3, '未达成'],
    ['85%', 0.85, '85%'],
    ['92分', 0.92, '92%'],
    ['作用明显', 1, '达成'],
  ])('%s → r %d', (actual, r, label) => {
    expect(actualOf(actual, '作用明显')).toEqual({ kind: 'grade', r, label })
  })

  it('counts restating the target’s own words as achieved', () => {
    expect(actualOf('不断提升', '不断提升')).toEqual({ kind: 'grade', r: 1, label: '达成' })
  })

  it('refuses unknown words and percentages over 100', () => {
    expect(actualOf('还行', '合规')).toMatchObject({ code: 'notGrade' })
    expect(actualOf('120%', '合规')).toMatchObject({ code: 'notGrade' })
  })
})

describe('parseActual: every band word (SPEC §3)', () => {
  const BAND_WORDS: [string, number, string][] = [
    ...['达成', '达到', '完成', '已完成', '达成预期指标', '合格', '合规', '是', '优', '高', '好', '显著', '明显'].map(
      (w) => [w, 1, '达成'] as [string, number, string],
    ),
    ...['基本达成', '基本达到', '基本完成', '较好', '较高', '良'].map(
      (w) => [w, 0.8, '基本达成'] as [string, number, string],
    ),
    ...['部分达成', '部分完成', '一般', '中'].map((w) => [w, 0.7, '部分达成'] as [string, number, string]),
    ...['未达成', '未达到', '未完成', '不合格', '不合规', '否', '差', '低'].map(
      (w) => [w, 0.3, '未达成'] as [string, number, string],
    ),
  ]

  it.each(BAND_WORDS)('%s → r %d, %s', (word, r, label) => {
    // Against a target worded otherwise, so that only the band word can give the result.
    expect(actualOf(word, '不断提升')).toEqual({ kind: 'grade', r, label })
  })

  it.each(['已完成', '完成', '已按期完成', '按期完成', '按时完成', '如期完成', '已办结', '办结', '已完工', '完工'])(
    '%s is done',
    (word) => {
      expect(actualOf(word, '2024年12月31日前')).toEqual({ kind: 'completion', done: true, date: null })
    },
  )

  it.each([
    '未完成',
    '未按期完成',
    '进行中',
    '推进中',
    '正在推进',
    '正在实施',
    '实施中',
    '未开始',
    '尚未完成',
    '未办结',
  ])('%s is not done yet', (word) => {
    expect(actualOf(word, '2024年12月31日前')).toEqual({ kind: 'completion', done: false, date: null })
  })

  it('takes a done word only whole, and a percentage of at most 100', () => {
    expect(actualOf('已完成了', '2024年12月31日前')).toMatchObject({ code: 'notCompletion' })
    expect(actualOf('基本完成', '2024年12月31日前')).toMatchObject({ code: 'notCompletion' })
    expect(actualOf('100%', '不断提升')).toEqual({ kind: 'grade', r: 1, label: '100%' })
    expect(actualOf('100.5%', '不断提升')).toMatchObject({ code: 'notGrade' })
    expect(actualOf('0.5分', '不断提升')).toEqual({ kind: 'grade', r: 0.005, label: '0.5%' })
    expect(actualOf('85 %', '不断提升')).toEqual({ kind: 'grade', r: 0.85, label: '85%' })
  })
})
