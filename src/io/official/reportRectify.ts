/** The 自评报告's 整改情况: how many 整改 items stand in each state, and a table of them. */
import { RECTIFY_STATE_NAMES, RECTIFY_STATES, lastStep, stateOf, type RectifyItem } from '@/domain/rectify'
import { isOverdue, rectifyOrder } from '@/domain/rectifyList'

/**
 * The 整改情况 of a unit-year's items on `today`, or null when it has none: a summary
 * (`共建立整改事项 3 项，其中未开始 1 项、整改中 1 项、已完成 1 项；逾期未完成 1 项。`) and a
 * table with a row per item, overdue first.
 */
export function rectifySection(
  items: readonly RectifyItem[],
  today: string,
): { summary: string; header: string[]; rows: string[][] } | null {
  if (items.length === 0) return null
  const counts = RECTIFY_STATES.map((state) => [state, items.filter((i) => stateOf(i) === state).length] as const)
    .filter(([, n]) => n > 0)
    .map(([state, n]) => `${RECTIFY_STATE_NAMES[state]} ${n} 项`)
  const late = items.filter((i) => isOverdue(i, today)).length
  return {
    summary: `共建立整改事项 ${items.length} 项，其中${counts.join('、')}${late > 0 ? `；逾期未完成 ${late} 项` : ''}。`,
    header: ['类别', '对象', '问题', '整改措施', '责任人', '完成时限', '状态', '整改结果'],
    rows: rectifyOrder(items, today).map((i) => {
      const step = lastStep(i)
      return [
        i.scope,
        i.name,
        i.problem,
        i.measure || '—',
        i.owner || '—',
        i.due || '—',
        `${RECTIFY_STATE_NAMES[stateOf(i)]}${step ? `（${step.date}）` : ''}${isOverdue(i, today) ? '，逾期' : ''}`,
        i.result || '—',
      ]
    }),
  }
}
