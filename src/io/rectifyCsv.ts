/** The 整改 items as a file of their own, beside the results export: one row per item. */
import { periodOf, chinesePeriodName } from '@/domain/period'
import { lastStep, RECTIFY_STATE_NAMES, stateOf, type RectifyItem } from '@/domain/rectify'
import { daysOverdue, rectifyOrder } from '@/domain/rectifyList'
import type { CsvCell } from './csvWriter'

/** The columns of the 整改 file, in order. */
export const RECTIFY_COLUMNS = [
  '年度',
  '单位',
  '类别',
  '对象',
  '名称',
  '报告期',
  '灯',
  '问题',
  '整改措施',
  '责任人',
  '完成时限',
  '状态',
  '状态日期',
  '状态说明',
  '逾期天数',
  '整改结果',
  '状态变化',
] as const

/**
 * The header and a row per item, overdue first (as the 整改 page lists them) on `today`:
 * the line it is about, its fields, its state with the day and reason of its last change,
 * days overdue (0 when not), and every change of state (`未开始 2024-10-10；已完成 2024-11-02`).
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
        item.subject === 'indicator' ? '指标' : '预算执行',
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
        item.steps.map((s) => `${RECTIFY_STATE_NAMES[s.state]} ${s.date}`).join('；'),
      ]
    }),
  ]
}
