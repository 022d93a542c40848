/**
 * A 目标调整 as an import plan of one row: written by the import's own commit, so it is a
 * batch of the history with its before record — undone, traced and backed up like any other.
 */
import type { ImportPlan } from './model'
import type { TargetRecord } from './records'

/** The name a 目标调整's batch goes by in the history: `目标调整 2024年 招商推介会场次`. */
export const adjustmentFileName = (record: TargetRecord) => `目标调整 ${record.year}年 ${record.name}`

/** The plan that replaces the stored target row `before` by `after` (the same indicator, adjusted). */
export function adjustmentPlan(before: TargetRecord, after: TargetRecord): ImportPlan {
  return {
    rows: [{ table: 'targets', file: adjustmentFileName(before), line: 1, record: after, before, status: 'updated' }],
    parents: [],
    problems: [],
    skipped: [],
    failedFiles: [],
    notices: [],
    counts: { added: 0, updated: 1, unchanged: 0, skipped: 0 },
  }
}
