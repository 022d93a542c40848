import type { Dataset } from '@/domain/model'
import { deriveBudgetId, deriveIndicatorCode } from '@/domain/indicatorCode'
import type { ActualRecord, BudgetRecord, SpendingRecord, TargetRecord } from '@/domain/records'
import type { Quarter } from '@/domain/quarter'
import { monthOfQuarter } from '@/domain/period'

/** Tiny records for tests: sensible defaults, override what the test is about. */
export const UNIT = '测试局'

export function target(name: string, overrides: Partial<TargetRecord> = {}): TargetRecord {
  const year = overrides.year ?? 2024
  const unit = overrides.unit ?? UNIT
  const scope = overrides.scope ?? '部门整体'
  return {
    code: deriveIndicatorCode(year, unit, scope, name),
    year,
    unit,
    scope,
    level1: '产出指标',
    level2: '数量指标',
    name,
    targetText: '≥10个',
    position: 2,
    ...overrides,
  }
}

/** A value reported for quarter q (month 3q); override `month` and `byMonth` for a value given by month. */
export function actual(
  of: TargetRecord,
  quarter: Quarter,
  actualText: string,
  overrides: Partial<ActualRecord> = {},
): ActualRecord {
  return {
    indicatorCode: of.code,
    month: monthOfQuarter(quarter),
    year: of.year,
    unit: of.unit,
    scope: of.scope,
    actualText,
    sample: false,
    ...overrides,
  }
}

export function budgetLine(item: string, budget: number, overrides: Partial<BudgetRecord> = {}): BudgetRecord {
  const year = overrides.year ?? 2024
  const unit = overrides.unit ?? UNIT
  const scope = overrides.scope ?? '部门整体'
  return {
    id: deriveBudgetId(year, unit, scope, item),
    year,
    unit,
    scope,
    item,
    position: 2,
    breakdown: '经费',
    initialBudget: budget,
    budget,
    ...overrides,
  }
}

export function spent(
  of: BudgetRecord,
  quarter: Quarter,
  amount: number,
  overrides: Partial<SpendingRecord> = {},
): SpendingRecord {
  return {
    budgetId: of.id,
    month: monthOfQuarter(quarter),
    year: of.year,
    unit: of.unit,
    scope: of.scope,
    spent: amount,
    sample: false,
    ...overrides,
  }
}

export function dataset(parts: Partial<Dataset> = {}): Dataset {
  return { targets: [], budgets: [], actuals: [], spending: [], ...parts }
}

/** CSV text from rows of cells; quotes cells that need it. */
export function csv(rows: readonly (readonly string[])[], eol = '\n'): string {
  const quote = (cell: string) => (/[",\n\r]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)
  return rows.map((row) => row.map(quote).join(',')).join(eol) + eol
}

/** A value as schema versions up to 6 (and version 1 backups) stored it: by quarter, with no month. */
export function legacyActual(
  of: TargetRecord,
  quarter: Quarter,
  actualText: string,
  overrides: Partial<ActualRecord> = {},
) {
  const { month: _month, ...rest } = actual(of, quarter, actualText, overrides)
  return { ...rest, quarter }
}

/** Spending as schema versions up to 6 stored it. */
export function legacySpent(of: BudgetRecord, quarter: Quarter, amount: number) {
  const { month: _month, ...rest } = spent(of, quarter, amount)
  return { ...rest, quarter }
}
