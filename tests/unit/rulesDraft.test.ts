/** The rules form's draft and the rules store, over the seed department as the app shows it. */
import { createPinia } from 'pinia'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { createApp, defineComponent, nextTick } from 'vue'
import { createMemoryHistory, createRouter } from 'vue-router'
import { useRulesDraft } from '@/components/data/useRulesDraft'
import { DEFAULT_RULES } from '@/domain/engine/rules'
import { useCatalogStore } from '@/stores/catalog'
import { useRulesStore } from '@/stores/rules'
import { useSettingsStore } from '@/stores/settings'
import { useUnitDataStore } from '@/stores/unitData'

const UNIT = '九江市柴桑区商务局'
const Blank = defineComponent({ render: () => null })
const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/', component: Blank }] })
const app = createApp(Blank).use(router).use(createPinia())
const inApp = <T>(use: () => T): T => app.runWithContext(use)

beforeAll(async () => {
  await router.push({ path: '/', query: { unit: UNIT, year: '2024', q: '3' } })
  const initialised = inApp(useCatalogStore).initialise()
  inApp(useUnitDataStore)
  await Promise.all([inApp(useSettingsStore).load(), inApp(useRulesStore).load()])
  await initialised
  await vi.waitFor(() => expect(inApp(useUnitDataStore).evaluation.length).toBe(2), { timeout: 10_000 })
})

const grades = () => inApp(useUnitDataStore).evaluation.map((s) => [s.scope, s.grade])

describe("the rules form's draft", () => {
  it('shows each threshold to four places and keeps an untouched one exact', () => {
    const draft = inApp(useRulesDraft)
    expect([draft.text.redShare, draft.text.gradeYou, draft.changed.value]).toEqual(['0.3333', '90', false])
    draft.text.gradeYou = '85'
    expect(draft.values.value).toEqual({ ...DEFAULT_RULES.values, gradeYou: 85 })
    expect(draft.values.value!.redShare).toBe(1 / 3)
    expect([draft.name.value, draft.changed.value]).toEqual(['自定义', true])
    draft.text.gradeYou = '90'
    expect([draft.name.value, draft.changed.value]).toEqual(['财政部默认', false])
  })

  it('reads a threshold typed as anything but a number as a conflict, and has no values then', () => {
    const draft = inApp(useRulesDraft)
    draft.text.redShare = '一半'
    expect([draft.conflicts.value.map((c) => [c.code, c.field]), draft.values.value, draft.impact.value]).toEqual([
      [['notNumber', 'redShare']],
      null,
      null,
    ])
  })

  it('shows rules put in force elsewhere at once, unless the user is typing', async () => {
    const rules = inApp(useRulesStore)
    const draft = inApp(useRulesDraft)
    await rules.apply({ name: '江西省', values: { ...DEFAULT_RULES.values, gradeYou: 85 } })
    await nextTick()
    expect([draft.text.gradeYou, draft.base.value.name]).toEqual(['85', '江西省'])
    draft.text.gradeZhong = '65'
    draft.touched.value = new Set(['gradeZhong'])
    await rules.apply(DEFAULT_RULES)
    await nextTick()
    expect([draft.text.gradeYou, draft.text.gradeZhong]).toEqual(['85', '65'])
  })

  it('previews, for the unit-year on screen, the lights and grades saving would change', () => {
    const draft = inApp(useRulesDraft)
    Object.assign(draft.text, { gradeYou: '85', gradeLiang: '75', paceYellow: '0.7' })
    expect(draft.impact.value).toEqual({ lights: 2, scopes: [{ scope: '招商引资', grade: { from: '良', to: '优' } }] })
  })
})

describe('rules put in force', () => {
  it('recompute what the screens show at once, and undone, bring it back', async () => {
    expect(grades()).toEqual([
      ['部门整体', '优'],
      ['招商引资', '良'],
    ])
    const rules = inApp(useRulesStore)
    await rules.apply({ name: '江西省', values: { ...DEFAULT_RULES.values, gradeYou: 85, gradeLiang: 75 } })
    await nextTick()
    expect(grades()).toEqual([
      ['部门整体', '优'],
      ['招商引资', '优'],
    ])
    expect(rules.line).toBe('评分规则：江西省（优≥85 良≥75 中≥60；序时比 蓝≥1.2 绿≥0.8 黄≥0.6）')
    await rules.apply(DEFAULT_RULES)
    expect(grades()).toEqual([
      ['部门整体', '优'],
      ['招商引资', '良'],
    ])
  })
})
