/**
 * The trail's lines of a change of reviews: per period its state (with who and when), its
 * overall reason and each line's reason, the value found against the value left.
 */
import { currentStep, REVIEW_STATE_NAMES, type PeriodReview, type ReviewStep } from './review'
import type { Month } from './period'

/** A line of the trail about a review (a `TrailLine` of table `review`). */
export interface ReviewTrailLine {
  table: 'review'
  /** The month, and for a line's reason its 类别 and code or name. */
  key: string
  /** The unit, or the line the reason is about. */
  name: string
  month: Month
  field: 'reviewState' | 'reviewReason' | 'reviewLine'
  before: string | null
  after: string | null
}

/** A step's time as the trail and the 审核 file write it: local `YYYY-MM-DD HH:mm`. */
export function reviewTime(at: number): string {
  const d = new Date(at)
  const two = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}`
}

/** A step as the trail tells it: 已退回 李审 2024-10-15 09:30. */
function stepText(step: ReviewStep | undefined): string {
  if (!step) return ''
  return [REVIEW_STATE_NAMES[step.state], step.by, reviewTime(step.at)].filter(Boolean).join(' ')
}

/** The reasons of a returned step by line (`类别 › 名称`), none for another state. */
function reasonsOf(step: ReviewStep | undefined): Map<string, { name: string; reason: string }> {
  const lines = step?.state === 'returned' ? (step.lines ?? []) : []
  return new Map(lines.map((l) => [`${l.scope}›${l.ref || l.name}`, { name: l.name, reason: l.reason }]))
}

/** The lines of a unit-year's reviews: each period's state, overall reason and line reasons that differ. */
export function reviewLines(
  unit: string,
  before: readonly PeriodReview[],
  after: readonly PeriodReview[],
): ReviewTrailLine[] {
  const months = [...new Set([...after, ...before].map((r) => r.month))].sort((a, b) => a - b)
  const lines: ReviewTrailLine[] = []
  for (const month of months) {
    const old = currentStep(before.find((r) => r.month === month))
    const next = currentStep(after.find((r) => r.month === month))
    const push = (key: string, name: string, field: ReviewTrailLine['field'], a: string, b: string) => {
      if (a !== b) lines.push({ table: 'review', key, name, month, field, before: a || null, after: b || null })
    }
    push(`${month}`, unit, 'reviewState', stepText(old), stepText(next))
    const reason = (s: ReviewStep | undefined) => (s?.state === 'returned' ? (s.reason ?? '') : '')
    push(`${month}`, unit, 'reviewReason', reason(old), reason(next))
    const was = reasonsOf(old)
    const now = reasonsOf(next)
    for (const key of new Set([...now.keys(), ...was.keys()])) {
      const name = (now.get(key) ?? was.get(key))!.name
      push(`${month}›${key}`, name, 'reviewLine', was.get(key)?.reason ?? '', now.get(key)?.reason ?? '')
    }
  }
  return lines
}
