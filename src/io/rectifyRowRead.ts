/** A row of a 整改 CSV (kind `rectify`) read into an item's fields, with a problem per cell that does not read. */
import { parseYear } from '@/domain/number'
import { monthOfQuarter, parseMonth, type Month } from '@/domain/period'
import { parseQuarter } from '@/domain/quarter'
import { RECTIFY_SUBJECT_NAMES, type RectifySubject } from '@/domain/rectify'
import { dayIn, lightOfLabel, readState } from '@/domain/rectifyImport'
import { readHistory, refusedStep, stateRefusal, type RectifyRow } from '@/domain/rectifyRows'
import type { RowReader } from './rowReader'

/** 对象 as the 整改 file writes it, or as typed (指标, 预算执行, 预算, indicator, budget). */
function subjectOf(text: string): RectifySubject | null {
  const words = Object.entries(RECTIFY_SUBJECT_NAMES) as [RectifySubject, string][]
  const hit = words.find(([subject, name]) => text === name || text === subject || name.startsWith(text))
  return hit ? hit[0] : null
}

/** 报告期 as the 整改 file writes it (第3季度, 1-7月, 1月), or a 季度 or 截至月份 cell. */
function periodOf(text: string): Month | null {
  const quarter = /季|^Q|^全年$/i.test(text) ? parseQuarter(text) : null
  return quarter === null ? parseMonth(text) : monthOfQuarter(quarter)
}

/** The day a cell writes (2024-12-31, 2024年12月31日), or null. */
const dayOf = (text: string): string | null => dayIn(text) || null

/**
 * The row `r` points at as a 整改 item's row, its problems reported (a row with any is not taken): 年度, 报告期,
 * 对象, a state and its days that do not read, a 状态变化 that no item could go through.
 */
export function readRectifyRow(r: RowReader): RectifyRow | null {
  const year = r.parsed('year', parseYear, 'year')
  for (const field of ['unit', 'scope', 'name']) if (!r.text(field)) r.report(field, 'required', '')
  const month = r.parsed('period', periodOf, 'rectifyPeriod')
  const subject = r.text('subject') ? r.parsed('subject', subjectOf, 'rectifySubject') : null
  const read = readState(r.text('state'))
  if (read.state === null) r.report('state', r.text('state') ? 'rectifyState' : 'required')
  const due = r.parsed('due', dayOf, 'rectifyDate', false)
  const date = r.parsed('stateDate', dayOf, 'rectifyDate', false) ?? read.date
  const history = readHistory(r.text('history'))
  const goneThrough = history !== null && refusedStep(history) < 0
  if (!goneThrough) r.report('history', 'rectifyHistory')
  const state = { state: read.state, date, rest: r.text('stateReason') || read.rest }
  if (read.state !== null && goneThrough) {
    const refused = stateRefusal({ state, history })
    if (refused === 'reasonNeeded') r.report('stateReason', 'rectifyReason')
    else if (refused !== null) r.report('state', 'rectifyMove')
  }
  // A row with any problem is left out by the caller; these make no row at all.
  if (year === null || month === null || history === null) return null
  return {
    year,
    unit: r.text('unit'),
    scope: r.text('scope'),
    subject,
    name: r.text('name'),
    month,
    light: lightOfLabel(r.text('light')),
    problem: r.text('problem'),
    measure: r.text('measure'),
    owner: r.text('owner'),
    due: due ?? '',
    result: r.text('result'),
    state,
    history,
  }
}
