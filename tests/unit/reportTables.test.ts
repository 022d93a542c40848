// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import MonitoringTable from '@/components/report/MonitoringTable.vue'
import SelfEvaluationTable from '@/components/report/SelfEvaluationTable.vue'
import { evaluateUnitYear } from '@/domain/engine/evaluate'
import { i18n } from '@/i18n'
import { actual, budgetLine, dataset, spent, target } from './fixtures'

/** Three 产出 indicators over two 二级指标, one 效益, a budget line; reported at Q4. */
function scope() {
  const a = target('培训次数', { targetText: '≥4次', position: 2 })
  const b = target('推介会', { targetText: '≥2场', position: 3 })
  const c = target('开工率', { targetText: '≥70%', level2: '质量指标', position: 4 })
  const d = target('就业人数', { targetText: '≥500人', level1: '效益指标', level2: '社会效益指标', position: 5 })
  const line = budgetLine('人员经费', 100, { initialBudget: 80 })
  const [result] = evaluateUnitYear(
    dataset({
      targets: [a, b, c, d],
      budgets: [line],
      actuals: [
        actual(a, 4, '4次'),
        actual(b, 4, '1场', { reason: '场地未落实', action: '下年补办' }),
        actual(c, 4, '70%'),
        actual(d, 4, '500人'),
      ],
      spending: [spent(line, 4, 90)],
    }),
    12,
  )
  return result!
}

const cellsOf = (row: {
  findAll(selector: string): { text(): string; attributes(name: string): string | undefined }[]
}) => row.findAll('td').map((td) => [td.text(), td.attributes('rowspan') ?? '1'])

describe('SelfEvaluationTable', () => {
  const wrapper = mount(SelfEvaluationTable, { props: { scope: scope() }, global: { plugins: [i18n] } })
  const bodyRows = wrapper.findAll('tbody.indicators tr:not(.header-row)')

  it('merges 一级 and 二级指标 cells as the official form does', () => {
    expect(bodyRows).toHaveLength(4)
    expect(cellsOf(bodyRows[0]!).slice(0, 3)).toEqual([
      ['产出指标', '3'],
      ['数量指标', '2'],
      ['培训次数', '1'],
    ])
    expect(cellsOf(bodyRows[1]!)[0]).toEqual(['推介会', '1'])
    expect(cellsOf(bodyRows[2]!).slice(0, 2)).toEqual([
      ['质量指标', '1'],
      ['开工率', '1'],
    ])
    expect(cellsOf(bodyRows[3]!).slice(0, 2)).toEqual([
      ['效益指标', '1'],
      ['社会效益指标', '1'],
    ])
  })

  it('shows weights, scores and the deviation analysis from the engine', () => {
    // 产出 50 / 3 each; 推介会 1 of 2 scores 8.33; 效益 30.
    // each score beside the rate it follows from: 1 of 2 → 50.0% → 16.67 × 0.5
    expect(cellsOf(bodyRows[1]!).map(([text]) => text)).toEqual([
      '推介会',
      '≥2场',
      '1场',
      '50.0%',
      '16.67',
      '8.33',
      '场地未落实；下年补办',
    ])
    expect(
      cellsOf(bodyRows[3]!)
        .map(([text]) => text)
        .slice(-3),
    ).toEqual(['30.00', '30.00', ''])
  })

  it('has the funds block and the total with its grade', () => {
    expect(
      wrapper
        .get('[data-testid=funds-row]')
        .findAll('td')
        .map((td) => td.text()),
    ).toEqual(['80', '100', '90', '10.00', '90.0%', '9.00'])
    // (16.67 + 8.33 + 16.67 + 30 + 9) / (50 + 30 + 10) = 80.67 / 90 → 89.63
    expect(wrapper.get('[data-testid=total-row]').text()).toBe('总分100.0089.63等级：良')
  })
})

describe('MonitoringTable', () => {
  it('lists each indicator with its light in words and the funds against time progress', () => {
    const wrapper = mount(MonitoringTable, { props: { scope: scope() }, global: { plugins: [i18n] } })
    const rows = wrapper.findAll('tbody.indicators tr:not(.header-row)')
    // at the year end the words are results: 1 of 2 场 is 未完成
    expect(rows[1]!.text()).toContain('未完成')
    expect(rows[1]!.text()).toContain('场地未落实')
    expect(wrapper.get('.funds').text()).toContain('90.0%')
    expect(wrapper.get('.funds').text()).toContain('100.0%')
  })
})
