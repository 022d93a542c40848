/** The 整改 columns of a 绩效监控表: what each indicator's 整改 items say, as the form prints them. */
import { lastStep, RECTIFY_STATE_NAMES, type RectifyItem } from '@/domain/rectify'
import type { Dataset } from '@/domain/model'
import type { ScopeResult } from '@/domain/engine/evaluate'

/** The headers of the 整改 columns, after 改进措施. */
export const RECTIFY_HEADERS = ['整改措施', '责任人及完成时限', '整改状态'] as const

/** The 整改 items about the indicators of one 类别. */
export function scopeItems(scope: ScopeResult, data: Dataset): RectifyItem[] {
  return (data.rectify ?? []).filter(
    (i) => i.subject === 'indicator' && i.unit === scope.unit && i.year === scope.year && i.scope === scope.scope,
  )
}

/**
 * An indicator's three 整改 cells: its items' 整改措施; 责任人 and 完成时限; state and the day
 * it was entered (已完成 2024-11-02), each item's on a line of its own. Null where it has none.
 */
export function rectifyCells(items: readonly RectifyItem[]): [string | null, string | null, string | null] {
  if (items.length === 0) return [null, null, null]
  const lines = (text: (item: RectifyItem) => string) => items.map(text).join('\n')
  return [
    lines((i) => i.measure),
    lines((i) => [i.owner, i.due].filter((s) => s !== '').join(' ')),
    lines((i) => {
      const step = lastStep(i)
      return step ? `${RECTIFY_STATE_NAMES[step.state]} ${step.date}` : ''
    }),
  ]
}
