import { computed, type Ref } from 'vue'
import { trendOption } from '@/charts/trendOption'
import { indicatorTrend } from '@/domain/engine/trend'
import type { ActualRecord, TargetRecord } from '@/domain/records'
import { useEngineText } from '@/i18n/useEngineText'

/**
 * An indicator's trend chart: its ECharts option, the summary read out in its place, and the
 * target's own unit word (亿元, 人) in every language, as the user's data writes it.
 */
export function useIndicatorChart(
  target: Readonly<Ref<TargetRecord | null>>,
  actuals: Readonly<Ref<readonly ActualRecord[]>>,
) {
  const { t, period, quantity } = useEngineText()
  const trend = computed(() => (target.value ? indicatorTrend(target.value, actuals.value) : null))
  const unitWord = computed(() => trend.value?.unit ?? '')
  const chartWords = computed(() => ({
    actual: t('indicator.series.actual'),
    target: t('indicator.series.target'),
    timeLine: t('indicator.series.timeLine'),
    projection: t('terms.projectedValue'),
    periodName: period,
    unit: unitWord.value,
  }))
  const chart = computed(() => (trend.value ? trendOption(trend.value, chartWords.value) : null))
  const chartSummary = computed(() => {
    const tr = trend.value
    if (!tr) return ''
    const values = tr.actual
      .map((v, i) => `${period(tr.periods[i]!)} ${v === null ? t('status.notReported') : quantity(v, tr.unit)}`)
      .join(t('indicator.listSeparator'))
    return tr.projection
      ? `${values}${t('indicator.listSeparator')}${t('terms.projectedValue')} ${quantity(tr.projection.projected, tr.unit)}`
      : values
  })
  return { unitWord, chart, chartSummary }
}
