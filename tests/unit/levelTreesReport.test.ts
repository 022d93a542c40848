// @vitest-environment happy-dom
/**
 * The official tables of trees with fewer levels: per 类别, a level no indicator has gets no
 * column, its name spanning the columns of the levels it lacks; the sheets read back as they
 * were; the report has a section for each 一级 the forms use.
 */
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import MonitoringTable from '@/components/report/MonitoringTable.vue'
import SelfEvaluationTable from '@/components/report/SelfEvaluationTable.vue'
import { evaluateUnitYear } from '@/domain/engine/evaluate'
import { levelDepth } from '@/domain/levels'
import { i18n } from '@/i18n'
import { readImportFile } from '@/io/importFile'
import { planImport } from '@/io/importPlan'
import { monitoringSheet } from '@/io/official/monitoringSheet'
import { officialSheets } from '@/io/official/officialWorkbooks'
import { reportOutline } from '@/io/official/reportOutline'
import { selfEvaluationSheet } from '@/io/official/selfEvaluationSheet'
import type { OfficialSheet } from '@/io/official/sheetModel'
import { writeOfficialXlsx } from '@/io/official/writeXlsx'
import { actual, dataset, target } from './fixtures'

// 部门整体: a two-level tree (一级 and names); 项目甲: the names only.
const a = target('公用经费支出', { level1: '运行成本', level2: '', targetText: '≤50万元', weight: 20, position: 2 })
const b = target('三公经费支出', { level1: '运行成本', level2: '', targetText: '≤5万元', weight: 20, position: 3 })
const c = target('完成事项数', { level1: '履职效能', level2: '', targetText: '≥10项', weight: 60, position: 4 })
const d = target('群众满意度', { scope: '项目甲', level1: '', level2: '', targetText: '≥90%', weight: 10, position: 2 })
const data = dataset({
  targets: [a, b, c, d],
  actuals: [actual(a, 4, '50万元'), actual(b, 4, '5万元'), actual(c, 4, '5项'), actual(d, 4, '90%')],
})
const scopes = evaluateUnitYear(data, 12)
const [department, project] = scopes

/** The sheet's values from its indicator header row on, first `n` columns, with that row's number. */
function indicatorRows(sheet: OfficialSheet, n: number) {
  const index = sheet.rows.findIndex((row) => ['一级指标', '三级指标'].includes(String(row[0]?.value)))
  return {
    header: index + 1,
    rows: sheet.rows.slice(index, index + 4).map((row) => row.slice(0, n).map((c) => c.value)),
  }
}

describe('the levels a 类别’s table shows', () => {
  it('2 with a 二级, 1 with only 一级, 0 with none', () => {
    expect(
      levelDepth([
        { level1: '产出指标', level2: '' },
        { level1: '产出指标', level2: '数量指标' },
      ]),
    ).toBe(2)
    expect(levelDepth([a, c])).toBe(1)
    expect(levelDepth([d])).toBe(0)
  })
})

describe('the official sheet models', () => {
  it('the 监控表 of a tree with no 二级: no 二级指标 column, the name over two columns, 一级 merged down', () => {
    const sheet = monitoringSheet(department!, data, '部门整体')
    const { header, rows } = indicatorRows(sheet, 4)
    expect(rows).toEqual([
      ['一级指标', '三级指标', null, '年度指标值'],
      ['运行成本', '公用经费支出', null, '≤50万元'],
      ['运行成本', '三公经费支出', null, '≤5万元'],
      ['履职效能', '完成事项数', null, '≥10项'],
    ])
    expect(sheet.merges).toEqual(
      expect.arrayContaining([
        `B${header}:C${header}`,
        `B${header + 1}:C${header + 1}`,
        `B${header + 3}:C${header + 3}`,
        `A${header + 1}:A${header + 2}`,
      ]),
    )
    expect(sheet.merges.filter((m) => m.startsWith('B') && !m.startsWith(`B${header}`) && m.includes(':B'))).toEqual([])
  })

  it('the 自评表 of a tree with no levels: no level column, the name over three columns', () => {
    const sheet = selfEvaluationSheet(project!, data, '项目甲')
    const { header, rows } = indicatorRows(sheet, 4)
    expect(rows.slice(0, 2)).toEqual([
      ['三级指标', null, null, '年度指标值'],
      ['群众满意度', null, null, '≥90%'],
    ])
    expect(sheet.merges).toEqual(expect.arrayContaining([`A${header}:C${header}`, `A${header + 1}:C${header + 1}`]))
  })

  it('written as .xlsx and read again, the 自评表 gives back the same targets', async () => {
    const bytes = await writeOfficialXlsx(officialSheets('绩效自评表', scopes, data, '评分规则：测试'))
    const read = await readImportFile(bytes, '自评表.xlsx')
    const plan = planImport(read.parts, data)
    expect(plan.problems).toEqual([])
    const targets = plan.rows.filter((r) => r.table === 'targets')
    expect(targets.map((r) => r.status)).toEqual(['unchanged', 'unchanged', 'unchanged', 'unchanged'])
  })
})

describe('the report tables on screen', () => {
  const headers = (html: ReturnType<typeof mount>) =>
    html.findAll('tbody.indicators tr.header-row th').map((th) => [th.text(), th.attributes('colspan') ?? '1'])

  it('the 监控表 of a tree with no 二级 has no 二级 column; the name spans two', () => {
    const wrapper = mount(MonitoringTable, { props: { scope: department! }, global: { plugins: [i18n] } })
    expect(headers(wrapper).slice(0, 3)).toEqual([
      ['一级指标', '1'],
      ['三级指标', '2'],
      ['年度指标值', '1'],
    ])
    const first = wrapper.findAll('tbody.indicators tr')[1]!.findAll('td')
    expect(first.slice(0, 2).map((td) => [td.text(), td.attributes('rowspan'), td.attributes('colspan')])).toEqual([
      ['运行成本', '2', undefined],
      ['公用经费支出', undefined, '2'],
    ])
  })

  it('the 自评表 of a tree with no levels has no level column; the name spans three', () => {
    const wrapper = mount(SelfEvaluationTable, { props: { scope: project! }, global: { plugins: [i18n] } })
    expect(headers(wrapper).slice(0, 2)).toEqual([
      ['三级指标', '3'],
      ['年度指标值', '1'],
    ])
  })
})

describe('the 自评报告', () => {
  it('has a section for each 一级 the forms use, and one for indicators with none', () => {
    const texts = reportOutline('测试局', 2024, scopes, { rules: '评分规则：测试' }).flatMap((b) =>
      b.kind === 'heading' || b.kind === 'paragraph' ? [b.text] : [],
    )
    expect(
      texts.filter((t) => /设置绩效指标|指标完成情况$|指标 \d+ 个，完成/.test(t) || /运行成本|履职效能/.test(t)),
    ).toEqual([
      '部门整体支出设置绩效指标 3 个，其中运行成本 2 个、履职效能 1 个。',
      '“项目甲”项目设置绩效指标 1 个。',
      '（二）产出指标完成情况',
      '（三）效益指标完成情况',
      '（四）满意度指标完成情况',
      '（五）运行成本指标完成情况',
      '部门整体支出运行成本 2 个，完成 2 个，0 个滞后或未完成；得分 40.00 分（分值 40.00 分）。',
      '（六）履职效能指标完成情况',
      '部门整体支出履职效能 1 个，完成 0 个，1 个滞后或未完成；得分 30.00 分（分值 60.00 分）。',
      '（七）指标完成情况',
      '“项目甲”项目指标 1 个，完成 1 个，0 个滞后或未完成；得分 10.00 分（分值 10.00 分）。',
    ])
  })
})
