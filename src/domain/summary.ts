import { sumAmounts } from './money'
import {
  DEPARTMENT_SCOPE,
  type ActualRecord,
  type BudgetRecord,
  type SpendingRecord,
  type TargetRecord,
} from './records'
import type { Month } from './period'

/** Indicators of one 类别 and how many have a value for the month. */
export interface ScopeCount {
  scope: string
  indicators: number
  reported: number
}

/** What a unit-year holds, before any scoring: the overview's first figures. */
export interface DatasetSummary {
  indicators: number
  reported: number
  scopes: ScopeCount[]
  /** 全年预算数 of the unit's 经费 lines, 万元 (see {@link unitBudgetLines}). */
  budget: number
  /** Sum of those lines' 执行数 at the month, 万元; null when none was reported. */
  spent: number | null
  /** Whether any value shown for the month is illustrative. */
  sample: boolean
}

/**
 * Counts a unit-year's indicators per 类别 (部门整体 first) and those reported at
 * `month`, and totals its budget and spending at that month.
 */
export function summariseDataset(
  data: {
    readonly targets: readonly TargetRecord[]
    readonly budgets: readonly BudgetRecord[]
    readonly actuals: readonly ActualRecord[]
    readonly spending: readonly SpendingRecord[]
  },
  month: Month,
): DatasetSummary {
  const actualsAtMonth = data.actuals.filter((a) => a.month === month)
  const reportedCodes = new Set(actualsAtMonth.map((a) => a.indicatorCode))
  const scopes = new Map<string, ScopeCount>()
  for (const target of data.targets) {
    const count = scopes.get(target.scope) ?? { scope: target.scope, indicators: 0, reported: 0 }
    count.indicators += 1
    if (reportedCodes.has(target.code)) count.reported += 1
    scopes.set(target.scope, count)
  }
  const unitBudget = unitSpending(data.budgets, data.spending)
  const spendingAtMonth = unitBudget.rows.filter((s) => s.month === month)
  const ordered = sortScopes([...scopes.values()])
  return {
    indicators: data.targets.length,
    reported: ordered.reduce((sum, s) => sum + s.reported, 0),
    scopes: ordered,
    budget: unitBudget.budget,
    spent: spentAt(unitBudget.rows, month),
    sample: actualsAtMonth.some((a) => a.sample) || spendingAtMonth.some((s) => s.sample),
  }
}

/**
 * Compares names in zh-CN collation (pinyin order). One collator for every call: a
 * `localeCompare(b, 'zh-CN')` builds a new one each time, which dominates large sorts.
 */
export const compareChinese = new Intl.Collator('zh-CN').compare

/** Orders 类别: 部门整体 first, then projects in zh-CN collation order. */
export function compareScopes(a: string, b: string): number {
  if (a === b) return 0
  if (a === DEPARTMENT_SCOPE) return -1
  if (b === DEPARTMENT_SCOPE) return 1
  return compareChinese(a, b)
}

/** 部门整体 first, then projects in zh-CN collation order. */
export function sortScopes<T extends { scope: string }>(items: T[]): T[] {
  return [...items].sort((a, b) => compareScopes(a.scope, b.scope))
}

/** Rows as the forms list them: 部门整体 first, then each 类别 in file order. */
export function orderAsForms<T extends { scope: string; position: number }>(rows: readonly T[]): T[] {
  const scopes = sortScopes([...new Set(rows.map((r) => r.scope))].map((scope) => ({ scope })))
  const rank = new Map(scopes.map((s, i) => [s.scope, i]))
  return [...rows].sort((a, b) => rank.get(a.scope)! - rank.get(b.scope)! || a.position - b.position)
}

/**
 * The lines that make up a unit's own budget: its 部门整体 经费 lines when it has any
 * (a project's money is already inside them), else every 类别's 经费 lines. 任务 and 来源
 * lines are other breakdowns of the same money and never add to it.
 */
export function unitBudgetLines(budgets: readonly BudgetRecord[]): BudgetRecord[] {
  const fund = budgets.filter((b) => b.breakdown === '经费')
  const department = fund.filter((b) => b.scope === DEPARTMENT_SCOPE)
  return department.length > 0 ? department : fund
}

/**
 * The lines that tell a unit's money by source: its 部门整体 来源 lines when it has any,
 * else every 类别's (as {@link unitBudgetLines} takes its 经费 lines).
 */
export function unitSourceLines(budgets: readonly BudgetRecord[]): BudgetRecord[] {
  const sources = budgets.filter((b) => b.breakdown === '来源')
  const department = sources.filter((b) => b.scope === DEPARTMENT_SCOPE)
  return department.length > 0 ? department : sources
}

/** A unit's own budget lines, their 全年预算数 and the spending reported against them. */
export function unitSpending(
  budgets: readonly BudgetRecord[],
  spending: readonly SpendingRecord[],
): { lines: BudgetRecord[]; budget: number; rows: SpendingRecord[] } {
  const lines = unitBudgetLines(budgets)
  const ids = new Set(lines.map((l) => l.id))
  return { lines, budget: sumAmounts(lines.map((l) => l.budget)), rows: spending.filter((s) => ids.has(s.budgetId)) }
}

/** 执行数 summed at month m, 万元; null when nothing was reported for it. */
export function spentAt(rows: readonly SpendingRecord[], m: Month): number | null {
  const atQ = rows.filter((s) => s.month === m)
  return atQ.length > 0 ? sumAmounts(atQ.map((s) => s.spent)) : null
}
