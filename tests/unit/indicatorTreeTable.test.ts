// @vitest-environment happy-dom
import { flushPromises, mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import IndicatorTreeTable from '@/components/IndicatorTreeTable.vue'
import { evaluateUnitYear } from '@/domain/engine/evaluate'
import { indicatorTree } from '@/domain/engine/indicatorTree'
import { i18n } from '@/i18n'
import { actual, dataset, target } from './fixtures'

describe('IndicatorTreeTable', () => {
  it('shows 一级 → 二级 → 三级 with links, values, r, lights in words and scores', async () => {
    const a = target('培训次数', { targetText: '≥4次', position: 2 })
    const b = target('开工率', { targetText: '≥70%', level2: '质量指标', position: 3 })
    const [scope] = evaluateUnitYear(dataset({ targets: [a, b], actuals: [actual(a, 4, '2次', { sample: true })] }), 12)
    const router = createRouter({
      history: createMemoryHistory(),
      routes: [{ path: '/:any(.*)*', component: { template: '<div/>' } }],
    })
    const wrapper = mount(IndicatorTreeTable, {
      props: {
        nodes: indicatorTree(scope!.indicators),
        query: { unit: '测试局', year: '2024', q: '4' },
        projected: false,
      },
      global: { plugins: [i18n, router] },
      attachTo: document.body,
    })
    await flushPromises()
    const text = wrapper.text()
    for (const expected of [
      '产出指标',
      '数量指标',
      '质量指标',
      '培训次数',
      '开工率',
      '≥4次',
      '2次',
      '示例',
      '50.0%',
      '未完成',
      '未填报',
      '50.00',
      '12.50',
      '得分',
    ]) {
      expect(text).toContain(expected)
    }
    const links = wrapper.findAll('a[data-testid=indicator-link]')
    expect(links.map((l) => l.text())).toEqual(['培训次数', '开工率'])
    expect(links[0]!.attributes('href')).toContain(`/indicator/${a.code}?unit=`)
    wrapper.unmount()
  })

  it('names the standard levels in the page’s language and a level of the user’s own as written', async () => {
    const a = target('培训次数', { targetText: '≥4次', position: 2 })
    const b = target('履职率', { targetText: '≥70%', level1: '履职效能', level2: '', position: 3 })
    const [scope] = evaluateUnitYear(dataset({ targets: [a, b] }), 12)
    const router = createRouter({
      history: createMemoryHistory(),
      routes: [{ path: '/:any(.*)*', component: { template: '<div/>' } }],
    })
    i18n.global.locale.value = 'en'
    const wrapper = mount(IndicatorTreeTable, {
      props: { nodes: indicatorTree(scope!.indicators), query: {}, projected: false },
      global: { plugins: [i18n, router] },
      attachTo: document.body,
    })
    await flushPromises()
    const levels = wrapper.findAll('strong').map((w) => [w.text(), w.attributes('data-user') !== undefined])
    i18n.global.locale.value = 'zh-CN'
    expect(levels).toEqual([
      ['Output', false],
      ['Quantity', false],
      ['履职效能', true],
    ])
    wrapper.unmount()
  })
})
