import { describe, expect, it } from 'vitest'
import {
  amountFieldOf,
  formTypeOf,
  isDepartmentTitle,
  likelihoodOf,
  normLabel,
  periodOfHeader,
} from '@/io/forms/formLabels'

describe('the labels of the official forms', () => {
  it('a label loses its spaces, brackets and colons, and only a leading 其中', () => {
    expect(normLabel('其中：财政拨款')).toBe('财政拨款')
    expect(normLabel('财政拨款（其中）')).toBe('财政拨款其中')
    expect(normLabel('资金总额 (万元)')).toBe('资金总额万元')
  })

  it('a title names its form up to 60 characters, its spaces not counted', () => {
    const pad = (n: number) => '某'.repeat(n)
    expect(formTypeOf(`${pad(51)}项目支出绩效自评表`)).toBe('selfEvaluation')
    expect(formTypeOf(`${pad(52)}项目支出绩效自评表`)).toBeNull()
    expect(formTypeOf('项目支出 绩效 自评表')).toBe('selfEvaluation')
    expect(formTypeOf('项目支出绩效监控表')).toBe('monitoring')
    expect(formTypeOf('部门整体支出绩效目标设置申报表')).toBe('application')
    expect(formTypeOf('项目支出情况表')).toBeNull()
  })

  it.each([
    ['部门整体支出绩效自评表', true],
    ['整体支出绩效目标表', true],
    ['部门绩效目标申报表', true],
    ['部门项目支出绩效自评表', false],
    ['项目支出绩效自评表', false],
    ['单位绩效目标表', false],
  ])('%s is department-wide: %s', (title, department) => {
    expect(isDepartmentTitle(title)).toBe(department)
  })

  it.each([
    ['1-12月执行情况', { month: 12, byMonth: true }],
    ['1-1月执行情况', { month: 1, byMonth: true }],
    ['1-13月执行情况', null],
    ['1-0月执行情况', null],
    ['第三季度执行情况', { month: 9, byMonth: false }],
    ['第4季度', { month: 12, byMonth: false }],
    ['全年执行情况', null],
  ])('the header %s is as of %j', (header, period) => {
    expect(periodOfHeader(header)).toEqual(period)
  })

  it.each([
    ['1-7月执行数', 'spent'],
    ['第3季度执行数', 'spent'],
    ['1-7月执行情况', null],
    ['1-7月执行数占比', null],
    ['预计全年执行数', 'spentForecast'],
    ['全年执行数', 'spent'],
    ['年初预算数', 'initialBudget'],
  ])('the funds header %s holds %s', (header, field) => {
    expect(amountFieldOf(header)).toBe(field)
  })

  it("完全不可能 is the app's 不可能; other words stay as written", () => {
    expect(likelihoodOf('完全 不可能')).toBe('不可能')
    expect(likelihoodOf('有可能')).toBe('有可能')
    expect(likelihoodOf('')).toBe('')
  })
})
