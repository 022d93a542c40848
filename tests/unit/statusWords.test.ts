// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { createPinia } from 'pinia'
import { afterEach, describe, expect, it } from 'vitest'
import LightCounts from '@/components/LightCounts.vue'
import BriefPrint from '@/components/print/BriefPrint.vue'
import ScopeScoreCard from '@/components/ScopeScoreCard.vue'
import { OVERALL_LABELS } from '@/domain/engine/budgetExecution'
import { evaluateUnitYear } from '@/domain/engine/evaluate'
import { COLOR_LABELS, LIGHT_LABELS } from '@/domain/engine/lights'
import { unitStanding } from '@/domain/engine/ranking'
import { DEPARTMENT_SCOPE } from '@/domain/records'
import { i18n } from '@/i18n'
import zhCN from '@/i18n/locales/zh-CN'
import { loadSampleDataset } from '@/io/sampleData'

const UNIT = '九江市柴桑区商务局'

/** The light words a mounted component shows, in order. */
const lightWords = (wrapper: ReturnType<typeof mount>, selector: string) =>
  wrapper.findAll(selector).map((w) => w.text().replace(/^[▲●◆■○]\s*/, ''))

describe('one set of status words', async () => {
  const sample = await loadSampleDataset()
  // The sample reports up to 第3季度, the month the units page judges it at.
  const scopes = evaluateUnitYear(sample, 9)
  const department = scopes.find((s) => s.scope === DEPARTMENT_SCOPE)!
  // The units page reads one unit-year document: the sample's 2024 rows.
  const of2024 = <T extends { year: number }>(rows: readonly T[]) => rows.filter((row) => row.year === 2024)
  const standing = unitStanding({
    targets: of2024(sample.targets),
    budgets: of2024(sample.budgets),
    actuals: of2024(sample.actuals),
    spending: of2024(sample.spending),
  })

  afterEach(() => {
    i18n.global.locale.value = 'zh-CN'
  })

  it('says the engine’s words in Chinese: the statuses, the colours counted and the 双监控 light', () => {
    expect(zhCN.status).toEqual(LIGHT_LABELS)
    expect(zhCN.lights).toEqual({ blue: '超序时', green: '正常', yellow: '预警', red: '严重偏离', grey: '未填报/其他' })
    expect(zhCN.lightsYearEnd).toEqual(COLOR_LABELS.yearEnd)
    expect(zhCN.overall).toEqual(OVERALL_LABELS)
  })

  it('counts the sample by the same colours on the units page as on the overview', () => {
    expect(standing.month).toBe(9)
    expect(standing.counts).toEqual(department.overall.counts)
    expect(department.overall.counts).toEqual({ blue: 1, green: 9, yellow: 3, red: 2, grey: 2 })
  })

  it('shows the same words and counts on the overview card, the units page and the brief', () => {
    const options = { global: { plugins: [i18n, createPinia()] } }
    const card = mount(ScopeScoreCard, { props: { scope: department }, ...options })
    const units = mount(LightCounts, { props: { counts: standing.counts, projected: true, compact: true }, ...options })
    const brief = mount(BriefPrint, {
      props: { unit: UNIT, year: 2024, scopes, sample: true, rules: '' },
      ...options,
    })
    const expected = ['超序时 1', '正常 9', '预警 3', '严重偏离 2', '未填报/其他 2']
    expect(lightWords(card, '[data-testid=light-counts] li').filter((w) => !w.endsWith(' 0'))).toEqual(expected)
    expect(lightWords(units, 'li')).toEqual(expected)
    expect(lightWords(brief, 'tbody tr:first-child .count')).toEqual(expected)
  })

  it('writes the brief in the page’s language, with the words the screens say in it', () => {
    i18n.global.locale.value = 'en'
    const brief = mount(BriefPrint, {
      props: { unit: UNIT, year: 2024, scopes, sample: false, rules: 'Scoring rules: MOF default' },
      global: { plugins: [i18n, createPinia()] },
    })
    const text = brief.text()
    expect(text).toContain(`${UNIT}: 2024 performance brief (Q3)`)
    expect(lightWords(brief, 'tbody tr:first-child .count')).toEqual([
      'Ahead 1',
      'On track 9',
      'Warning 3',
      'Off track 2',
      'Not reported/other 2',
    ])
    expect(text).toContain('Page 1 of 1')
    expect(text).not.toMatch(/类别|双监控|滞后|偏差原因|超前|偏离|第 1 页/)
  })
})
