/**
 * Indicator trees of any shape: a 部门整体 framework's 一级 (运行成本, 管理效率 …), a tree with
 * no 二级 column, one with no levels at all, and parent rows whose 分值 and 得分 sum their
 * sub-items. Read from sheets typed in place, planned onto an empty store, then scored.
 */
import { describe, expect, it } from 'vitest'
import { evaluateUnitYear } from '@/domain/engine/evaluate'
import { parseTargetRecord } from '@/domain/engine/indicator'
import { emptyDataset, type Dataset, type ImportNotice } from '@/domain/model'
import type { ActualRecord, TargetRecord } from '@/domain/records'
import { formToParts } from '@/io/forms/formParts'
import { findForms, readForm } from '@/io/forms/readForm'
import { planImport } from '@/io/importPlan'

const U = '测试局'

/** A form on a sheet named S: its title, the unit, then `table` (headers first). */
function sheet(title: string, table: string[][]): string[][] {
  return [[title], ['部门（单位）名称', U], ...table]
}

/** Reads the one form of the sheet and plans it onto an empty store. */
function imported(rows: string[][]) {
  const grid = { name: 'S', rows }
  const [title] = findForms(grid)
  const form = readForm(grid, title!, rows.length)
  const { parts } = formToParts(form, 'f.xlsx', 1)
  const plan = planImport(parts, emptyDataset())
  const records = <T>(table: string) => plan.rows.filter((r) => r.table === table).map((r) => r.record as T)
  const targets = records<TargetRecord>('targets')
  const actuals = records<ActualRecord>('actuals')
  const data: Dataset = { ...emptyDataset(), targets, actuals }
  return { form, plan, targets, actuals, data }
}

const levels = (targets: readonly TargetRecord[]) =>
  targets.map((t) => [t.level1, t.level2, t.name, t.targetText, t.weight])
const noticeTexts = (notices: readonly ImportNotice[]) => notices.map((n) => n.text)

// A 部门整体 framework's 自评表, its 一级 merged down (blank after the first cell, as saved as CSV).
const FRAMEWORK_SELF_EVALUATION = sheet('2024年度部门整体支出绩效自评表', [
  ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
  ['运行成本', '经济成本指标', '公用经费支出', '≤50万元', '50万元', '10', '10'],
  ['管理效率', '预算执行', '预算执行率', '≥90%', '90%', '20', '20'],
  ['履职效能', '重点工作', '完成重点工作数', '≥10项', '8项', '20', '16'],
  ['', '', '完成专项检查次数', '≥10次', '10次', '10', '10'],
  ['社会效应', '社会效益', '带动就业人数', '≥100人', '120人', '20', '20'],
  ['可持续发展', '人才培养', '培训次数', '≥50次', '25次', '10', '5'],
  ['满意度', '服务对象满意度', '群众满意度', '≥90%', '90%', '10', '10'],
  ['总分', '', '', '', '', '100', '91'],
])

describe('a 部门整体 framework tree', () => {
  it('reads its 一级 as they are (满意度 as 满意度指标), with their 二级 and 分值', () => {
    const { plan, targets, actuals } = imported(FRAMEWORK_SELF_EVALUATION)
    expect(plan.problems).toEqual([])
    expect(levels(targets)).toEqual([
      ['运行成本', '经济成本指标', '公用经费支出', '≤50万元', 10],
      ['管理效率', '预算执行', '预算执行率', '≥90%', 20],
      ['履职效能', '重点工作', '完成重点工作数', '≥10项', 20],
      ['履职效能', '重点工作', '完成专项检查次数', '≥10次', 10],
      ['社会效应', '社会效益', '带动就业人数', '≥100人', 20],
      ['可持续发展', '人才培养', '培训次数', '≥50次', 10],
      ['满意度指标', '服务对象满意度', '群众满意度', '≥90%', 10],
    ])
    expect(actuals.map((a) => [a.actualText, a.formScore])).toEqual([
      ['50万元', 10],
      ['90%', 20],
      ['8项', 16],
      ['10次', 10],
      ['120人', 20],
      ['25次', 5],
      ['90%', 10],
    ])
    // Every indicator has its 分值: nothing is left unweighted.
    expect(plan.notices).toEqual([])
  })

  it('scores it by the form’s own 分值: 10 + 20 + 16 + 10 + 20 + 5 + 10 = 91 of 100, as its 表内得分 say', () => {
    const { form, data } = imported(FRAMEWORK_SELF_EVALUATION)
    // The form's own 总分 row, and its 表内得分 summed over the indicators.
    expect(form.indicators!.total).toEqual({ value: '91', cell: 'S!G11' })
    const [scope] = evaluateUnitYear(data, 12)
    expect(scope!.formScores.total).toBe(91)
    expect(scope!.indicators.map((i) => [i.score.weight, i.score.score])).toEqual([
      [10, 10],
      [20, 20],
      [20, 16],
      [10, 10],
      [20, 20],
      [10, 5],
      [10, 10],
    ])
    expect(scope!.total).toBe(91)
    expect(scope!.grade).toBe('优')
  })

  it('a 申报表 without 分值: the indicators under a 一级 with no default weight are told, 满意度 is not', () => {
    const { plan, targets } = imported(
      sheet('2024年度部门整体支出绩效目标申报表', [
        ['一级指标', '二级指标', '三级指标', '指标值'],
        ['运行成本', '经济成本指标', '公用经费支出', '≤50万元'],
        ['', '', '三公经费支出', '≤5万元'],
        ['履职效能', '重点工作', '完成重点工作数', '≥10项'],
        ['满意度', '服务对象满意度', '群众满意度', '≥90%'],
      ]),
    )
    expect(targets.map((t) => t.weight)).toEqual([undefined, undefined, undefined, undefined])
    expect(noticeTexts(plan.notices)).toEqual([
      'f.xlsx › S › 表1 部门整体 · 绩效目标：一级指标“运行成本”下 2 项指标没有分值，该一级指标也没有默认权重，这些指标不参与计分',
      'f.xlsx › S › 表1 部门整体 · 绩效目标：一级指标“履职效能”下 1 项指标没有分值，该一级指标也没有默认权重，这些指标不参与计分',
    ])
    expect(plan.notices.map((n) => [n.code, n.params])).toEqual([
      ['unweightedLevel', { level: '运行成本', n: 2 }],
      ['unweightedLevel', { level: '履职效能', n: 1 }],
    ])
  })
})

describe('a two-level tree (一级 and the indicators, no 二级)', () => {
  const TWO_LEVELS = sheet('2024年度部门整体支出绩效目标申报表', [
    ['一级指标', '三级指标', '指标值', '分值'],
    ['运行成本', '公用经费支出', '50', '30'],
    ['成本指标', '资金支出成本', '734.05', '20'],
    ['履职效能', '完成事项数', '50', '40'],
    ['满意度', '群众满意度', '≥90%', '10'],
  ])

  it('reads its indicators with a blank 二级', () => {
    const { plan, targets } = imported(TWO_LEVELS)
    expect(plan.problems).toEqual([])
    expect(levels(targets)).toEqual([
      ['运行成本', '', '公用经费支出', '50', 30],
      ['成本指标', '', '资金支出成本', '734.05', 20],
      ['履职效能', '', '完成事项数', '50', 40],
      ['满意度指标', '', '群众满意度', '≥90%', 10],
    ])
  })

  it('a bare number under a 一级 of 成本 (运行成本, 成本指标) is at most, as under a 二级 成本指标; elsewhere at least', () => {
    const { targets } = imported(TWO_LEVELS)
    expect(
      targets.slice(0, 3).map((t) => {
        const parsed = parseTargetRecord(t)
        return parsed.kind === 'unknown' ? null : [parsed.kind, parsed.direction, parsed.directionInferred]
      }),
    ).toEqual([
      ['atMost', '反向', true],
      ['atMost', '反向', true],
      ['atLeast', '正向', true],
    ])
  })

  it('its last level’s column names the indicators when the form has no 三级 column', () => {
    const { targets } = imported(
      sheet('2024年度部门整体支出绩效目标申报表', [
        ['一级指标', '二级指标', '指标值'],
        ['运行成本', '公用经费支出', '≤50万元'],
        ['', '三公经费支出', '≤5万元'],
      ]),
    )
    expect(levels(targets)).toEqual([
      ['运行成本', '', '公用经费支出', '≤50万元', undefined],
      ['运行成本', '', '三公经费支出', '≤5万元', undefined],
    ])
  })
})

describe('a one-level tree (the indicators only)', () => {
  it('reads its indicators with no levels; without 分值 they are told as unweighted', () => {
    const { plan, targets } = imported(
      sheet('2024年度部门整体支出绩效目标申报表', [
        ['指标名称', '指标值'],
        ['完成事项数', '≥10项'],
        ['群众满意度', '≥90%'],
      ]),
    )
    expect(plan.problems).toEqual([])
    expect(levels(targets)).toEqual([
      ['', '', '完成事项数', '≥10项', undefined],
      ['', '', '群众满意度', '≥90%', undefined],
    ])
    expect(plan.notices.map((n) => [n.code, n.params])).toEqual([['unweightedNoLevel', { n: 2 }]])
  })

  it('with 分值 it scores: 8 of 10 and 10 of 10 make 90', () => {
    const { data } = imported(
      sheet('2024年度部门整体支出绩效自评表', [
        ['指标名称', '年度指标值', '实际完成值', '分值'],
        ['完成事项数', '≥10项', '8项', '10'],
        ['群众满意度', '≥90%', '95%', '10'],
      ]),
    )
    const [scope] = evaluateUnitYear(data, 12)
    expect(scope!.indicators.map((i) => i.score.score)).toEqual([8, 10])
    expect(scope!.total).toBe(90)
  })
})

describe('parent rows (a 一级’s or 二级’s own row)', () => {
  /** A 项目 自评表 whose 产出指标 and 数量指标 have rows of their own with the sums. */
  const withParents = (level1Weight: string, level2Score: string) =>
    sheet('2024年度项目支出绩效自评表', [
      ['项目名称', '招商引资'],
      ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
      ['产出指标', '', '', '', '', level1Weight, '45'],
      ['', '数量指标', '', '', '', '30', level2Score],
      ['', '', '推介会场次', '≥2场', '2场', '20', '20'],
      ['', '', '引进项目数', '≥20个', '15个', '10', '7.5'],
      ['', '质量指标', '', '', '', '20', '17.5'],
      ['', '', '项目开工率', '≥70%', '70%', '20', '17.5'],
      ['满意度指标', '', '客商满意度', '≥90%', '90%', '10', '10'],
    ])

  it('carry their levels down and are never indicators; sums that agree are not told', () => {
    const { plan, targets, actuals } = imported(withParents('50', '27.5'))
    expect(plan.problems).toEqual([])
    expect(levels(targets)).toEqual([
      ['产出指标', '数量指标', '推介会场次', '≥2场', 20],
      ['产出指标', '数量指标', '引进项目数', '≥20个', 10],
      ['产出指标', '质量指标', '项目开工率', '≥70%', 20],
      // A new 一级 starts with no 二级: 质量指标 is not carried into 满意度指标.
      ['满意度指标', '', '客商满意度', '≥90%', 10],
    ])
    expect(actuals.map((a) => a.formScore)).toEqual([20, 7.5, 17.5, 10])
    expect(plan.notices).toEqual([])
  })

  it('a 分值 or 得分 that is not the sum of its sub-items is told with its cell', () => {
    const { form, plan } = imported(withParents('60', '30'))
    expect(form.indicators!.subtotals).toEqual([
      { level: '产出指标', field: 'weight', cell: 'S!F5', given: 60, sum: 50 },
      { level: '数量指标', field: 'formScore', cell: 'S!G6', given: 30, sum: 27.5 },
    ])
    expect(noticeTexts(plan.notices)).toEqual([
      'f.xlsx › S › 表1 招商引资 · 绩效目标：S!F5：“产出指标”一行的分值 60 与其下各指标分值之和 50 不符，按各指标的分值计',
      'f.xlsx › S › 表1 招商引资 · 绩效目标：S!G6：“数量指标”一行的得分 30 与其下各指标得分之和 27.5 不符，按各指标的得分计',
    ])
  })

  it('a parent row’s 分值 is not checked when none of its indicators gives one', () => {
    const { form, plan, targets } = imported(
      sheet('2024年度项目支出绩效目标申报表', [
        ['项目名称', '招商引资'],
        ['一级指标', '二级指标', '三级指标', '指标值', '分值'],
        ['产出指标', '', '', '', '50'],
        ['', '数量指标', '推介会场次', '≥2场', ''],
      ]),
    )
    expect(levels(targets)).toEqual([['产出指标', '数量指标', '推介会场次', '≥2场', undefined]])
    expect(form.indicators!.subtotals).toEqual([])
    expect(plan.notices).toEqual([])
  })

  it('a parent row merged across its level and name columns (each cell repeating it) is no indicator either', () => {
    const { targets } = imported(
      sheet('2024年度项目支出绩效目标申报表', [
        ['项目名称', '招商引资'],
        ['一级指标', '二级指标', '三级指标', '指标值', '分值'],
        ['产出指标', '产出指标', '产出指标', '', '30'],
        ['产出指标', '数量指标', '推介会场次', '≥2场', '30'],
      ]),
    )
    expect(levels(targets)).toEqual([['产出指标', '数量指标', '推介会场次', '≥2场', 30]])
  })
})
