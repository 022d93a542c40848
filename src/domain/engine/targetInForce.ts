/**
 * 目标调整: a target row keeps its original 指标值 and 分值 beside an adjusted one in force
 * from a month on. The engine evaluates a period with the target in force at its month,
 * so the lights and scores of periods before the adjustment keep the original.
 */
import type { Month } from '../period'
import type { TargetRecord } from '../records'

/** An adjustment as an officer gives it: the new 指标值 (and 分值), from which month, and its approval. */
export interface TargetAdjustment {
  targetText: string
  weight?: number
  fromMonth: Month
  reason?: string
  /** 批准文号. */
  approval?: string
  /** 批准日期, YYYY-MM-DD. */
  approvedOn?: string
}

/** The adjustment fields of a target row, all of them. */
export const ADJUSTMENT_FIELDS = [
  'adjustedText',
  'adjustedWeight',
  'adjustedFrom',
  'adjustReason',
  'adjustApproval',
  'adjustApprovedOn',
] as const satisfies readonly (keyof TargetRecord)[]

// One record in force per stored row and back: the engine's memos key rows by identity.
const inForce = new WeakMap<TargetRecord, TargetRecord>()
const stored = new WeakMap<TargetRecord, TargetRecord>()

/**
 * The target row in force at month m: the stored row itself before its adjustment's month
 * (or when it has none), else the same row with the adjusted 指标值 and 分值 — the same
 * object every time, so the engine's memos keep answering.
 */
export function targetInForce(record: TargetRecord, m: Month): TargetRecord {
  const { adjustedText, adjustedFrom, adjustedWeight } = record
  if (adjustedText === undefined || adjustedFrom === undefined || m < adjustedFrom) return record
  let adjusted = inForce.get(record)
  if (adjusted === undefined) {
    adjusted = { ...record, targetText: adjustedText, ...(adjustedWeight !== undefined && { weight: adjustedWeight }) }
    inForce.set(record, adjusted)
    stored.set(adjusted, record)
  }
  return adjusted
}

/** The stored row a row in force was made from (the row itself when it was not). */
export function storedTargetOf(record: TargetRecord): TargetRecord {
  return stored.get(record) ?? record
}

/** An adjustment as screens and forms show it: 原目标 → 调整后目标, from which month, approved when. */
export interface AdjustmentShown extends TargetAdjustment {
  originalText: string
  originalWeight?: number
}

/** The adjustment of a row (stored or in force), with its original target; null when it has none. */
export function adjustmentOf(record: TargetRecord): AdjustmentShown | null {
  const row = storedTargetOf(record)
  if (row.adjustedText === undefined || row.adjustedFrom === undefined) return null
  return {
    originalText: row.targetText,
    ...(row.weight !== undefined && { originalWeight: row.weight }),
    targetText: row.adjustedText,
    ...(row.adjustedWeight !== undefined && { weight: row.adjustedWeight }),
    fromMonth: row.adjustedFrom,
    ...(row.adjustReason !== undefined && { reason: row.adjustReason }),
    ...(row.adjustApproval !== undefined && { approval: row.adjustApproval }),
    ...(row.adjustApprovedOn !== undefined && { approvedOn: row.adjustApprovedOn }),
  }
}

/**
 * A stored row with this adjustment (replacing any earlier one), or with none when
 * `adjustment` is null; the original 指标值 and 分值 stay as they are. Blank texts are left out.
 */
export function withAdjustment(record: TargetRecord, adjustment: TargetAdjustment | null): TargetRecord {
  const row: Record<string, unknown> = { ...storedTargetOf(record) }
  for (const field of ADJUSTMENT_FIELDS) delete row[field]
  if (adjustment === null) return row as unknown as TargetRecord
  const text = (value: string | undefined) => value?.trim() || undefined
  const given = {
    adjustedText: adjustment.targetText.trim(),
    adjustedWeight: adjustment.weight,
    adjustedFrom: adjustment.fromMonth,
    adjustReason: text(adjustment.reason),
    adjustApproval: text(adjustment.approval),
    adjustApprovedOn: text(adjustment.approvedOn),
  }
  for (const [field, value] of Object.entries(given)) if (value !== undefined) row[field] = value
  return row as unknown as TargetRecord
}

/**
 * An adjustment as the official forms and exports write it, in Chinese:
 * `原目标 ≥10个 → 调整后目标 ≥20个（自7月起，2024-07-10批准）`.
 */
export function chineseAdjustment(shown: AdjustmentShown): string {
  const facts = [`自${shown.fromMonth}月起`]
  if (shown.approvedOn) facts.push(`${shown.approvedOn}批准`)
  if (shown.approval) facts.push(shown.approval)
  return `原目标 ${shown.originalText} → 调整后目标 ${shown.targetText}（${facts.join('，')}）`
}

/** A 指标值 cell of an official form or export: the target as written, or both targets when it was adjusted. */
export function targetCellText(record: TargetRecord): string {
  const shown = adjustmentOf(record)
  return shown ? chineseAdjustment(shown) : record.targetText
}
