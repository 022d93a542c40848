import type { Dataset, ImportKind } from '@/domain/model'
import type { ActualRecord, BudgetRecord, SpendingRecord, TargetRecord } from '@/domain/records'
import type { Month } from '@/domain/period'
import { orderAsForms } from '@/domain/summary'
import { headersOf } from './csvKinds'
import { KIND_NAMES } from '@/domain/kindNames'
import { toCsv, type CsvCell } from './csvWriter'
import { groupByUnitYear, unitYearIdOf, type UnitYear } from '@/domain/unitYears'

const TARGET_FIELDS = [
  'year',
  'unit',
  'scope',
  'level1',
  'level2',
  'name',
  'targetText',
  'weight',
  'code',
  'basis',
  'direction',
  'parent',
]
const BUDGET_FIELDS = [
  'year',
  'unit',
  'scope',
  'item',
  'fundType',
  'breakdown',
  'description',
  'initialBudget',
  'budget',
  'weight',
  'parent',
]
const ACTUAL_FIELDS = [
  'year',
  'unit',
  'scope',
  'name',
  'code',
  'quarter',
  'month',
  'actualText',
  'forecast',
  'likelihood',
  'reason',
  'action',
  'formScore',
]
const SPENDING_FIELDS = ['year', 'unit', 'scope', 'item', 'quarter', 'month', 'spent', 'spentForecast', 'formScore']

/** Rows sorted by year and unit (as their joined key sorts), each unit-year in the forms' order. */
function inFormOrder<T extends { year: number; unit: string; scope: string; position: number }>(
  rows: readonly T[],
): T[] {
  const groups = groupByUnitYear(rows, (row) => row)
  return [...groups.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .flatMap(([, group]) => orderAsForms(group))
}

/**
 * Everything stored, as the four import files (绩效目标, 预算, 实际完成, 预算执行): each
 * can be edited in a spreadsheet and imported again, giving back the same data.
 * Actuals and spending follow their indicator's and budget line's order, then period. Each
 * unit-year's 主管部门 is on its targets' and budget lines' rows, where the data set knows it.
 * A kind with no rows gives no file, since a header-only file cannot be imported.
 */
export function datasetCsvFiles(data: Dataset, stem: string): { kind: ImportKind; fileName: string; text: string }[] {
  const targets = inFormOrder(data.targets)
  const budgets = inFormOrder(data.budgets)
  const targetRank = new Map(targets.map((t, i) => [t.code, i]))
  const budgetRank = new Map(budgets.map((b, i) => [b.id, i]))
  const targetByCode = new Map(targets.map((t) => [t.code, t]))
  const budgetById = new Map(budgets.map((b) => [b.id, b]))
  const actuals = [...data.actuals].sort(
    (a, b) => (targetRank.get(a.indicatorCode) ?? -1) - (targetRank.get(b.indicatorCode) ?? -1) || a.month - b.month,
  )
  const spending = [...data.spending].sort(
    (a, b) => (budgetRank.get(a.budgetId) ?? -1) - (budgetRank.get(b.budgetId) ?? -1) || a.month - b.month,
  )
  const file = (kind: ImportKind, fields: readonly string[], rows: CsvCell[][]) =>
    rows.length === 0
      ? []
      : [{ kind, fileName: `${stem}-${KIND_NAMES[kind]}.csv`, text: toCsv([headersOf(kind, fields), ...rows]) }]
  const parentOf = (row: UnitYear) => data.parents?.get(unitYearIdOf(row))
  return [
    file(
      'targets',
      TARGET_FIELDS,
      targets.map((t) => [...targetRow(t), parentOf(t)]),
    ),
    file(
      'budget',
      BUDGET_FIELDS,
      budgets.map((b) => [...budgetRow(b), parentOf(b)]),
    ),
    file(
      'actuals',
      ACTUAL_FIELDS,
      actuals.map((a) => actualRow(a, targetByCode.get(a.indicatorCode))),
    ),
    file(
      'spending',
      SPENDING_FIELDS,
      spending.map((s) => spendingRow(s, budgetById.get(s.budgetId))),
    ),
  ].flat()
}

const targetRow = (t: TargetRecord): CsvCell[] => [
  t.year,
  t.unit,
  t.scope,
  t.level1,
  t.level2,
  t.name,
  t.targetText,
  t.weight,
  t.code,
  t.basis,
  t.direction,
]

const budgetRow = (b: BudgetRecord): CsvCell[] => [
  b.year,
  b.unit,
  b.scope,
  b.item,
  b.fundType,
  b.breakdown,
  b.description,
  b.initialBudget,
  b.budget,
  b.weight,
]

const actualRow = (a: ActualRecord, target: TargetRecord | undefined): CsvCell[] => [
  a.year,
  a.unit,
  a.scope,
  target?.name,
  a.indicatorCode,
  ...periodCells(a),
  a.actualText,
  a.forecast,
  a.likelihood,
  a.reason,
  a.action,
  a.formScore,
]

const spendingRow = (s: SpendingRecord, line: BudgetRecord | undefined): CsvCell[] => [
  s.year,
  s.unit,
  s.scope,
  line?.item,
  ...periodCells(s),
  s.spent,
  s.forecast,
  s.formScore,
]

/** 季度 for a value given by quarter, 截至月份 for one given by month: read back as it was given. */
const periodCells = (row: { month: Month; byMonth?: boolean }): CsvCell[] =>
  row.byMonth ? [null, row.month] : [row.month / 3, null]
