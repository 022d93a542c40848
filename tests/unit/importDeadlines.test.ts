import { describe, expect, it } from 'vitest'
import { evaluateUnitYear } from '@/domain/engine/evaluate'
import type { Dataset } from '@/domain/model'
import type { ActualRecord, TargetRecord } from '@/domain/records'
import { planImport } from '@/io/importPlan'
import { parseCsvText } from '@/io/parseCsv'
import { describeProblem } from '@/io/problems'
import { i18n } from '@/i18n'
import { csv } from './fixtures'

const U = '某县农业农村局'
const S = '高标准农田建设'
const none: Dataset = { targets: [], budgets: [], actuals: [], spending: [] }
const file = (name: string, rows: string[][]) => parseCsvText(csv(rows), name)

// A province's 时效指标 as its forms print them, saved as the flat targets and actuals CSVs.
const targets = file('targets.csv', [
  ['年度', '单位', '类别', '一级指标', '二级指标', '三级指标', '指标值'],
  ['2024', U, S, '产出指标', '时效指标', '项目开工时间', '9月前'],
  ['2024', U, S, '产出指标', '时效指标', '项目竣工验收时间', '三季度末前'],
  ['2024', U, S, '产出指标', '时效指标', '资金拨付时间', '6月30日前'],
  ['2024', U, S, '产出指标', '数量指标', '建设面积', '≥1万亩'],
])
const actuals = file('actuals.csv', [
  ['年度', '单位', '类别', '三级指标', '截至月份', '实际值'],
  ['2024', U, S, '项目开工时间', '1-7月', '7月'],
  ['2024', U, S, '项目竣工验收时间', '1-7月', '未完成'],
  ['2024', U, S, '资金拨付时间', '1-7月', '2024年7月'],
  ['2024', U, S, '建设面积', '1-7月', '0.6万亩'],
])

describe('importing deadlines written by month', () => {
  const plan = planImport([targets, actuals], none)

  it('accepts 9月前 with the actual 7月, and the other deadline forms, with no problem or notice', () => {
    expect(plan.problems).toEqual([])
    expect(plan.notices).toEqual([])
    expect(plan.failedFiles).toEqual([])
    expect(plan.counts).toEqual({ added: 8, updated: 0, unchanged: 0, skipped: 0 })
  })

  it('scores what it imported at 1-7月: on time, pending, late', () => {
    const rows: Dataset = {
      ...none,
      targets: plan.rows.filter((r) => r.table === 'targets').map((r) => r.record as TargetRecord),
      actuals: plan.rows.filter((r) => r.table === 'actuals').map((r) => r.record as ActualRecord),
    }
    const [scope] = evaluateUnitYear(rows, 7)
    // At t = 7/12: 9月前 done in July is on time; 三季度末前 not done by 07-31 is pending;
    // 6月30日前 done in July is late; 0.6 of 1万亩 is a pace of 0.6 × 12 / 7 = 1.0286, green.
    expect(
      scope!.indicators.map((i) => [i.record.name, i.target.kind, i.light.label, i.light.r, i.score.score]),
    ).toEqual([
      ['项目开工时间', 'deadline', '正常', 1, 12.5],
      ['项目竣工验收时间', 'deadline', '进行中', null, null],
      ['资金拨付时间', 'deadline', '严重偏离', 0, 0],
      ['建设面积', 'atLeast', '正常', 0.6, 12.5],
    ])
  })
})

describe('an actual a deadline cannot read', () => {
  const late = file('late.csv', [
    ['年度', '单位', '类别', '三级指标', '截至月份', '实际值'],
    ['2024', U, S, '项目开工时间', '1-7月', '快了'],
  ])
  const [problem] = planImport([targets, late], none).problems

  it('is refused with what a deadline accepts: a date, a month, 已完成 or 未完成', () => {
    expect(problem && describeProblem(problem)).toBe(
      "第2行 实际值: '快了' 应为完成日期（如 2024-11-30）、完成月份（如 7月、2024-07）或 已完成、未完成",
    )
    expect(problem).toMatchObject({ code: 'actualNotCompletion', params: {} })
  })

  it('says the same in English', () => {
    i18n.global.locale.value = 'en'
    try {
      expect(i18n.global.t(`problems.${problem!.code!}`, problem!.params ?? {})).toBe(
        'should be a completion date (such as 2024-11-30), a completion month (such as 7月 or 2024-07) or 已完成 (done) / 未完成 (not done)',
      )
    } finally {
      i18n.global.locale.value = 'zh-CN'
    }
  })
})
