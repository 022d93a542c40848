import { parseLooseNumber, parseYear } from '@/domain/number'
import { parseQuarter } from '@/domain/quarter'
import { monthOfQuarter, parseMonth, type Month } from '@/domain/period'
import type { RowReader } from './rowReader'

/** A parse of a cell that accepts only the given spellings. */
export const oneOf =
  <T extends string>(...allowed: T[]) =>
  (text: string): T | null =>
    (allowed as string[]).includes(text) ? (text as T) : null

/**
 * A pure parse of a cell whose few spellings repeat on every row (年度, 季度): each
 * spelling is parsed once, not once per row of a province's file. The memo keeps at
 * most a few hundred spellings.
 */
function rememberedParse<T>(parse: (text: string) => T | null): (text: string) => T | null {
  const seen = new Map<string, T | null>()
  return (text) => {
    let value = seen.get(text)
    // Stryker disable next-line ConditionalExpression: equivalent, parsing again gives the same value
    if (value === undefined) {
      value = parse(text)
      // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, the bound only limits memory
      if (seen.size < 256) seen.set(text, value)
    }
    return value
  }
}

/** A 年度 cell read, each spelling parsed once. */
export const yearOf = rememberedParse(parseYear)
const quarterOf = rememberedParse(parseQuarter)
const monthOf = rememberedParse(parseMonth)

/**
 * The period of a value row (SPEC §2.8): its 截至月份 when the file has that column and
 * the cell is filled, else its 季度 as month 3q. `byMonth` keeps how it was given.
 */
export function periodOfRow(r: RowReader): { month: Month; byMonth?: true } | null {
  if (r.has('month') && (r.text('month') || !r.has('quarter'))) {
    const month = r.parsed('month', monthOf, 'month')
    return month === null ? null : { month, byMonth: true }
  }
  const quarter = r.parsed('quarter', quarterOf, 'quarter')
  return quarter === null ? null : { month: monthOfQuarter(quarter) }
}

/** 表内得分 when the file has it: a form's own score, a number. */
export function formScoreOf(r: RowReader): { formScore?: number } {
  const score = r.parsed('formScore', parseLooseNumber, 'number', false)
  return score === null ? {} : { formScore: score }
}
