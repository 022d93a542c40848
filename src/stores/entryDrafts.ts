/**
 * Drafts of the entry screen, kept in the browser (localStorage) until saved: one per
 * unit, year and period, so a reload or a closed tab loses nothing, and the screen can
 * name the periods of a unit-year that still hold one.
 */
import type { Month } from '@/domain/period'
import type { ActualRecord, BudgetRecord, SpendingRecord, TargetRecord } from '@/domain/records'
import type { EntryValues } from '@/io/entryPlan'

const DRAFT_PREFIX = 'jixiao-entry-draft:'

/** What is typed for a budget line. */
export interface SpendingValues {
  spent: string
  forecast: string
}

/** What the officer has typed for a unit-year and period: kept in the browser until saved. */
export interface Draft {
  values: Record<string, EntryValues>
  /** Per budget line: 执行数 and 全年预计执行数 as typed. */
  spending: Record<string, SpendingValues>
}

/** An indicator's line with nothing typed. */
export const EMPTY: EntryValues = { actual: '', forecast: '', likelihood: '', reason: '', action: '' }
/** A budget line's line with nothing typed. */
export const NO_SPENDING: SpendingValues = { spent: '', forecast: '' }

/**
 * The lines as stored for a period, where editing it starts: each indicator's value
 * (`actuals`, by indicator code) and each budget line's spending (`spending`, the period's).
 */
export function storedDraft(
  targets: readonly TargetRecord[],
  fundLines: readonly BudgetRecord[],
  actuals: ReadonlyMap<string, ActualRecord>,
  spending: readonly SpendingRecord[],
): Draft {
  const spent = new Map(spending.map((s) => [s.budgetId, s]))
  const values: Record<string, EntryValues> = {}
  for (const t of targets) {
    const a = actuals.get(t.code)
    values[t.code] = a
      ? {
          actual: a.actualText,
          forecast: a.forecast ?? '',
          likelihood: a.likelihood ?? '',
          reason: a.reason ?? '',
          action: a.action ?? '',
        }
      : { ...EMPTY }
  }
  const spendingOf = (id: string): SpendingValues => {
    const row = spent.get(id)
    return row
      ? { spent: String(row.spent), forecast: row.forecast === undefined ? '' : String(row.forecast) }
      : { ...NO_SPENDING }
  }
  return { values, spending: Object.fromEntries(fundLines.map((b) => [b.id, spendingOf(b.id)])) }
}

/** The key of the draft of `unit`'s `year` at `month`. */
export const draftKey = (unit: string, year: number, month: Month): string => `${DRAFT_PREFIX}${unit}|${year}|${month}`

/** The draft kept under `key`, or null when none is kept or it cannot be read. */
export function readDraft(key: string): Draft | null {
  const kept = localStorage.getItem(key)
  if (!kept) return null
  try {
    return JSON.parse(kept) as Draft
  } catch {
    return null
  }
}

/** Keeps a draft under `key`. */
export const keepDraft = (key: string, draft: Draft): void => localStorage.setItem(key, JSON.stringify(draft))

/** Forgets the draft under `key`. */
export const forgetDraft = (key: string): void => localStorage.removeItem(key)

/** The months of `unit`'s `year` with a draft kept, earliest first. */
export function draftMonthsOf(unit: string, year: number): Month[] {
  const prefix = draftKey(unit, year, 1).slice(0, -1)
  const months: Month[] = []
  for (let i = 0; i < localStorage.length; i++) {
    const key = localStorage.key(i)
    const month = key?.startsWith(prefix) ? Number(key.slice(prefix.length)) : NaN
    if (Number.isInteger(month) && month >= 1 && month <= 12) months.push(month as Month)
  }
  return months.sort((a, b) => a - b)
}
