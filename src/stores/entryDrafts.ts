/**
 * Drafts of the entry screen, kept in the browser (localStorage) until saved: one per
 * unit, year and period, so a reload or a closed tab loses nothing, and the screen can
 * name the periods of a unit-year that still hold one.
 */
import type { Month } from '@/domain/period'
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
