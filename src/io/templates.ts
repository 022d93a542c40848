import type { Dataset, ImportKind } from '@/domain/model'
import { chinesePeriodName, type Period } from '@/domain/period'
import { orderAsForms } from '@/domain/summary'
import { CSV_COLUMNS, headersOf } from './csvKinds'
import { KIND_NAMES } from '@/domain/kindNames'
import { expressionText, toCsv, type CsvCell } from './csvWriter'

/** A header-only file of a kind, every column in template order. */
export function blankTemplate(kind: ImportKind): { fileName: string; text: string } {
  return { fileName: `${KIND_NAMES[kind]}-模板.csv`, text: toCsv([CSV_COLUMNS[kind].map((c) => c.header)]) }
}

const actualHeaders = (periodField: string) =>
  headersOf('actuals', [
    'year',
    'unit',
    'scope',
    'name',
    'code',
    'targetText',
    periodField,
    'actualText',
    'forecast',
    'likelihood',
    'reason',
    'action',
  ])
const spendingHeaders = (periodField: string) =>
  headersOf('spending', ['year', 'unit', 'scope', 'item', 'budget', periodField, 'spent'])

/**
 * The files for one unit-year and period, pre-filled with its indicators and budget
 * lines and the period (季度, or 截至月份 for a month): the officer only fills in values.
 * Values already reported for the period are filled in too, so the file can also correct them. 指标值 and
 * 全年预算数 are there for reference; the importer ignores them in these kinds.
 */
export function periodTemplates(
  data: Dataset,
  unit: string,
  year: number,
  period: Period,
): { fileName: string; text: string }[] {
  const actuals = new Map(data.actuals.filter((a) => a.month === period.month).map((a) => [a.indicatorCode, a]))
  const spent = new Map(data.spending.filter((s) => s.month === period.month).map((s) => [s.budgetId, s.spent]))
  const [periodField, q] = period.byMonth ? ['month', chinesePeriodName(period)] : ['quarter', period.month / 3]
  const actualRows: CsvCell[][] = orderAsForms(data.targets).map((t) => {
    const a = actuals.get(t.code)
    const expression = (text: string | undefined) => (text === undefined ? undefined : expressionText(text))
    return [
      year,
      unit,
      t.scope,
      t.name,
      t.code,
      expressionText(t.targetText),
      q,
      expression(a?.actualText),
      expression(a?.forecast),
      a?.likelihood,
      a?.reason,
      a?.action,
    ]
  })
  const spendingRows: CsvCell[][] = orderAsForms(data.budgets)
    .filter((b) => b.breakdown === '经费')
    .map((b) => [year, unit, b.scope, b.item, b.budget, q, spent.get(b.id)])
  const stem = `${unit}-${year}年${chinesePeriodName(period)}`
  return [
    { fileName: `${stem}-${KIND_NAMES.actuals}.csv`, text: toCsv([actualHeaders(periodField), ...actualRows]) },
    { fileName: `${stem}-${KIND_NAMES.spending}.csv`, text: toCsv([spendingHeaders(periodField), ...spendingRows]) },
  ]
}
