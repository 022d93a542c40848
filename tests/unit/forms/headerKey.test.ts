/**
 * Headers read by meaning: each spelling the provinces print (docs/workbooks.md, "Header
 * spellings") and the field it names; amounts typed as text; a 年度指标值 split in three.
 */
import { describe, expect, it } from 'vitest'
import { amountFieldOf, isDerivedColumn } from '@/io/forms/formLabels'
import { headerKey, readHeader } from '@/io/forms/headerKey'
import { amountIn10k } from '@/io/forms/fundAmount'
import { joinTarget } from '@/io/forms/splitTarget'
import { parseTarget } from '@/domain/engine/targetParser'

describe('a header is read by meaning, not by spelling', () => {
  it.each([
    // 财预〔2020〕10号 附件 自评表: letter marks and a formula caption.
    ['全年预算数（A）', '全年预算数', null],
    ['全年执行数（B）', '全年执行数', null],
    ['执行率（B/A）', '执行率', null],
    ['执行率（B/A×100%）', '执行率', null],
    ['执行率(B/A*100%)', '执行率', null],
    // Units in brackets of either width.
    ['年初预算数（万元）', '年初预算数', '万元'],
    ['年初预算数(万元)', '年初预算数', '万元'],
    ['全年预算数（元）', '全年预算数', '元'],
    ['全年预算数（单位：元）', '全年预算数', '元'],
    ['执行率(%)', '执行率', null],
    ['分值（分）', '分值', null],
    // Line breaks and spaces inside a merged header; full-width space.
    ['全年\n预算数', '全年预算数', null],
    ['全 年 执 行 数', '全年执行数', null],
    ['年初\u3000预算数', '年初预算数', null],
    // 数 and 额 where they mean the same.
    ['全年预算额', '全年预算数', null],
    ['预算执行额（万元）', '预算执行数', '万元'],
    // A note in brackets.
    ['偏差原因分析（如有）', '偏差原因分析', null],
    ['实际完成值（注：按年末数填写）', '实际完成值', null],
    // A bracket that says something of its own is kept (部门（单位）名称).
    ['部门（单位）名称', '部门单位名称', null],
    ['全年预算数（调整后）', '全年预算数调整后', null],
    ['其中：财政拨款', '财政拨款', null],
    ['实施单位（盖章）', '实施单位', null],
    ['项目资金【万元】', '项目资金', '万元'],
  ])('%j is %s, in %s', (header, key, unit) => {
    expect(readHeader(header)).toEqual({ key, unit })
  })

  it.each([
    ['全年预算数（A）', 'budget'],
    ['全年执行数（B）', 'spent'],
    ['年初预算数（万元）', 'initialBudget'],
    ['全年\n预算数', 'budget'],
    ['全年预算额', 'budget'],
    ['调整后预算数', 'budget'],
    ['预算执行数', 'spent'],
    ['1-7月执行数（万元）', 'spent'],
    ['权重', 'weight'],
    ['分值（分）', 'weight'],
    ['执行率（B/A）', null],
  ])('the funds header %j holds %s', (header, field) => {
    expect(amountFieldOf(header)).toBe(field)
  })

  it('rates are worked out, whatever their caption or period', () => {
    expect(['执行率（B/A）', '1-7月执行率', '预算执行率', '完成率(%)'].map(isDerivedColumn)).toEqual([
      true,
      true,
      true,
      true,
    ])
    expect(isDerivedColumn('备注')).toBe(false)
  })

  it('the header key of a plain label is the label', () => {
    expect(headerKey('三级指标')).toBe('三级指标')
  })
})

describe('amounts of a funds block, in 万元', () => {
  it.each([
    ['60', null, 60],
    ['150万', null, 150],
    ['150万元', null, 150],
    ['1,500,000元', null, 150],
    ['3.5亿元', null, 35000],
    ['１５０ 万', null, 150],
    ['1500000', '元', 150],
    ['1,500,000', '元', 150],
    ['150万元', '元', 150],
    ['1,773.6', '万元', 1773.6],
    ['—', null, null],
    ['约150', null, null],
  ] as const)('%j under a header in %s is %s', (text, unit, amount) => {
    expect(amountIn10k(text, unit)).toBe(amount)
  })
})

describe('a 年度指标值 split into 指标性质 | 指标值 | 度量单位', () => {
  it.each([
    ['≥', '100', '人', { text: '≥100人' }],
    ['≤', '30', '万元', { text: '≤30万元' }],
    ['=', '100', '%', { text: '=100%' }],
    ['═', '100', '%', { text: '═100%' }],
    ['大于等于', '95', '%', { text: '≥95%' }],
    ['不超过', '5', '%', { text: '≤5%' }],
    ['等于', '100', '%', { text: '=100%' }],
    ['正向', '200', '人', { text: '200人', direction: '正向' }],
    ['反向指标', '5', '%', { text: '5%', direction: '反向' }],
    ['定量', '20', '个', { text: '20个' }],
    ['定性', '合规', '', { text: '合规' }],
    ['', '100%', '%', { text: '100%' }],
    ['≥', '', '人', { text: '' }],
  ])('%j %j %j → %j', (nature, value, unit, joined) => {
    expect(joinTarget(nature, value, unit)).toEqual(joined)
  })

  it('the joined text is what the target parser reads, ═ as =', () => {
    const read = (nature: string, value: string, unit: string) => {
      const target = parseTarget(joinTarget(nature, value, unit).text, { year: 2024 })
      return target.kind === 'unknown' ? target : [target.kind, 'value' in target && target.value, target.direction]
    }
    expect(read('═', '100', '%')).toEqual(['exact', 100, '正向'])
    for (const equals of ['꞊', '⩵', '⹀', '＝', '﹦'])
      expect(read(equals, '100', '%'), equals).toEqual(['exact', 100, '正向'])
    expect(read('≥', '100', '人')).toEqual(['atLeast', 100, '正向'])
    expect(read('≤', '1,500,000', '元')).toEqual(['atMost', 150, '反向'])
  })
})
