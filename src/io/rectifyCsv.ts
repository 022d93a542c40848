/** The 整改 items as a file of their own, beside the results export: one row per item. */
import { periodOf, chinesePeriodName } from '@/domain/period'
import {
  lastStep,
  RECTIFY_STATE_NAMES,
  RECTIFY_SUBJECT_NAMES,
  stateOf,
  stepsText,
  type RectifyItem,
} from '@/domain/rectify'
import { daysOverdue, rectifyOrder } from '@/domain/rectifyList'
import type { CsvCell } from './csvWriter'
import { CSV_COLUMNS } from './csvKinds'

/** The columns of the 整改 file, in order: those of the 整改事项 kind, which reads it back. */
export const RECTIFY_COLUMNS: readonly string[] = CSV_COLUMNS.rectify.map((c) => c.header)

/**
 * The header and a row per item, overdue first (as the 整改 page lists them) on `today`:
 * the line it is about, its fields, its state with the day and reason of its last change,
 * days overdue (0 when not), and every change of state (`未开始 2024-10-10；已完成 2024-11-02`), as
 * the 整改事项 kind reads it back.
 */
export function rectifyRows(items: readonly RectifyItem[], today: string): CsvCell[][] {
  return [
    [...RECTIFY_COLUMNS],
    ...rectifyOrder(items, today).map((item) => {
      const step = lastStep(item)
      return [
        item.year,
        item.unit,
        item.scope,
        RECTIFY_SUBJECT_NAMES[item.subject],
        item.name,
        chinesePeriodName(periodOf(item.month)),
        item.light === 'red' ? '红灯' : '黄灯',
        item.problem,
        item.measure,
        item.owner,
        item.due,
        RECTIFY_STATE_NAMES[stateOf(item)],
        step?.date ?? '',
        step?.reason ?? '',
        daysOverdue(item, today),
        item.result,
        stepsText(item.steps),
      ]
    }),
  ]
}
