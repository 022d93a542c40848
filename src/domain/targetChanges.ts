/**
 * A target imported over a stored one: the same again keeps the stored adjustment; a
 * different 指标值 is either a correction (it replaces the target) or a 目标调整 (the
 * stored target stays the original, the imported one is in force from a month on).
 */
import { adjustmentOf, withAdjustment, type TargetAdjustment } from './engine/targetInForce'
import type { PlannedRow } from './model'
import type { TargetRecord } from './records'

/** What an import's 目标调整 gives beside each new 指标值: from which month, why, its approval. */
export type ImportAdjustment = Omit<TargetAdjustment, 'targetText' | 'weight'>

/** A target an import changes: what is stored and what the file gives. */
export interface TargetChange {
  code: string
  unit: string
  year: number
  scope: string
  name: string
  before: string
  after: string
}

/** At most this many changes are listed in the preview: a question, not a report. */
const LISTED = 50

/**
 * The row an import writes for `next` over the stored `before`: a stored adjustment is
 * kept when the file gives the original target again, or the adjusted one (then the
 * original stays the original). Any other 指标值 replaces the target, adjustment and all.
 */
export function keptAdjustment(before: TargetRecord | null, next: TargetRecord): TargetRecord {
  const shown = before && adjustmentOf(before)
  if (!before || !shown) return next
  if (next.targetText === before.targetText) return withAdjustment(next, shown)
  if (next.targetText !== shown.targetText) return withAdjustment(next, null)
  const original: Record<string, unknown> = { ...next, targetText: before.targetText }
  if (before.weight === undefined) delete original.weight
  else original.weight = before.weight
  return withAdjustment(original as unknown as TargetRecord, shown)
}

/** The targets whose 指标值 an import changes, in plan order (at most {@link LISTED}), and how many in all. */
export function targetChanges(rows: readonly PlannedRow[]): { listed: TargetChange[]; total: number } {
  const listed: TargetChange[] = []
  let total = 0
  for (const row of rows) {
    if (row.table !== 'targets' || !row.before || row.status !== 'updated') continue
    const { record, before } = row
    if (record.targetText === before.targetText && record.adjustedText === before.adjustedText) continue
    total += 1
    if (listed.length < LISTED) {
      const { code, unit, year, scope, name } = record
      listed.push({ code, unit, year, scope, name, before: before.targetText, after: record.targetText })
    }
  }
  return { listed, total }
}

/**
 * The plan's rows with every changed 指标值 taken as a 目标调整: the stored target stays the
 * original, the file's 指标值 (and its 分值 where it differs) in force from `facts.fromMonth`.
 */
export function asAdjustments(rows: readonly PlannedRow[], facts: ImportAdjustment): PlannedRow[] {
  return rows.map((row) => {
    if (row.table !== 'targets' || !row.before || row.status !== 'updated') return row
    const { record, before } = row
    if (record.targetText === before.targetText) return row
    const base: Record<string, unknown> = { ...record, targetText: before.targetText }
    if (before.weight === undefined) delete base.weight
    else base.weight = before.weight
    const weight = record.weight !== before.weight ? record.weight : undefined
    const adjusted = withAdjustment(base as unknown as TargetRecord, {
      ...facts,
      targetText: record.targetText,
      ...(weight !== undefined && { weight }),
    })
    return { ...row, record: adjusted }
  })
}
