/**
 * How many indicators behind the one-page brief lists: as many as their lines leave room
 * for under the figures. A 三级指标 or 偏差原因 takes two lines at most (the brief cuts
 * it there), so a page of long reasons lists fewer rows, and says how many more there are.
 */
import { textLength } from '@/domain/textRules'

/** Room for the list, in lines of text with each row's padding as half a line: fourteen one-line rows. */
const ROOM = 21
/** Most rows listed, however short. */
const MOST_ROWS = 14
/** Characters a line of the 三级指标 and the 偏差原因 columns holds at the brief's widths. */
const NAME_CHARS = 18
const REASON_CHARS = 26

/** The lines a row takes: its name's or its reason's, one or two. */
export function rowLines(name: string, reason: string): number {
  const lines = Math.max(Math.ceil(textLength(name) / NAME_CHARS), Math.ceil(textLength(reason) / REASON_CHARS))
  return Math.min(2, Math.max(1, lines))
}

/** How many of `rows`, from the first, fit on the brief's page (always the first). */
export function rowsThatFit(rows: readonly { name: string; reason: string }[]): number {
  let used = 0
  let fit = 0
  for (const row of rows.slice(0, MOST_ROWS)) {
    used += rowLines(row.name, row.reason) + 0.5
    if (used > ROOM && fit > 0) break
    fit += 1
  }
  return fit
}
