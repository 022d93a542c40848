/**
 * The review of a unit-period by its 主管部门: 待审核 (submitted, the state of a period with
 * values), 已退回 with reasons (overall and per line), 已审核 — who and when, every step
 * kept. Stored on the unit-year document (`review`), a period per entry.
 */
import type { Month } from './period'

/** The states of a unit-period's review, in the order a reviewer meets them. */
export const REVIEW_STATES = ['pending', 'returned', 'approved'] as const
export type ReviewState = (typeof REVIEW_STATES)[number]

/** The Chinese name of each state, as the 审核 file and the trail write it. */
export const REVIEW_STATE_NAMES: Readonly<Record<ReviewState, string>> = {
  pending: '待审核',
  returned: '已退回',
  approved: '已审核',
}

/** A line a reason is about: an indicator (by 指标编码) or a budget line (by its id), within its 类别. */
export interface ReviewLine {
  readonly subject: 'indicator' | 'budget'
  readonly scope: string
  /** The indicator's code or the budget line's id; empty when a file named the line only by name. */
  readonly ref: string
  /** The indicator's 三级指标 or the budget line's 预算项目. */
  readonly name: string
  readonly reason: string
}

/** One change of a period's review: its state, who made it and when (ms since the epoch). */
export interface ReviewStep {
  readonly state: ReviewState
  /** 审核人; empty for a reset by a new entry or import of the period's values. */
  readonly by: string
  readonly at: number
  /** The overall reason of a return. */
  readonly reason?: string
  /** The reasons of a return, line by line. */
  readonly lines?: readonly ReviewLine[]
  /** True for the step back to 待审核 that a new entry or import of values made. */
  readonly reset?: boolean
}

/** A unit-period's review: its steps, oldest first (none: 待审核), and when its values last changed here. */
export interface PeriodReview {
  readonly year: number
  readonly unit: string
  readonly month: Month
  readonly steps: readonly ReviewStep[]
  /** When an entry or import here last changed the period's values (a folder's values excepted). */
  readonly valuesAt?: number
}

/** The state a review is in now: its last step's, or 待审核. */
export function reviewState(review: PeriodReview | undefined): ReviewState {
  return review?.steps[review.steps.length - 1]?.state ?? 'pending'
}

/** The step that put a review in its state now, if any. */
export function currentStep(review: PeriodReview | undefined): ReviewStep | undefined {
  return review?.steps[review.steps.length - 1]
}

/** A unit-year's review of month `month`, if it has one. */
export function reviewOf(reviews: readonly PeriodReview[] | undefined, month: Month): PeriodReview | undefined {
  return reviews?.find((r) => r.month === month)
}

/** The reviews with `review` in place of the one of its month, or added, in month order. */
export function withReview(reviews: readonly PeriodReview[], review: PeriodReview): PeriodReview[] {
  return [...reviews.filter((r) => r.month !== review.month), review].sort((a, b) => a.month - b.month)
}

/** Why a step is refused: a return with no reason, or a step to the state the period is in (a return aside). */
export type ReviewRefusal = 'reasonNeeded' | 'sameState'

/** What a return says: an overall reason and reasons per line (blank ones are dropped). */
export interface ReturnReasons {
  reason: string
  lines: readonly ReviewLine[]
}

/** The reasons with blanks trimmed away. */
function cleaned({ reason, lines }: ReturnReasons): ReturnReasons {
  return {
    reason: reason.trim(),
    lines: lines.flatMap((l) => (l.reason.trim() ? [{ ...l, reason: l.reason.trim() }] : [])),
  }
}

/** Whether returning with these reasons is refused: at least one reason, overall or on a line. */
export function returnRefusal(reasons: ReturnReasons): ReviewRefusal | null {
  const { reason, lines } = cleaned(reasons)
  return reason === '' && lines.length === 0 ? 'reasonNeeded' : null
}

/** Whether approving `review` is refused: a period already 已审核 stays so. */
export function approveRefusal(review: PeriodReview | undefined): ReviewRefusal | null {
  return reviewState(review) === 'approved' ? 'sameState' : null
}

/** Which unit-period a first step starts the review of. */
export type ReviewSubject = Pick<PeriodReview, 'year' | 'unit' | 'month'>

const started = (review: PeriodReview | undefined, subject: ReviewSubject): PeriodReview =>
  review ?? { ...subject, steps: [] }

/** The review with a step added; the review given is left as it was. */
function stepped(review: PeriodReview | undefined, subject: ReviewSubject, step: ReviewStep): PeriodReview {
  const was = started(review, subject)
  return { ...was, steps: [...was.steps, step] }
}

/** The period returned with `reasons` by `by` at `at`. Throws when no reason is given. */
export function returned(
  review: PeriodReview | undefined,
  subject: ReviewSubject,
  reasons: ReturnReasons,
  by: string,
  at: number,
): PeriodReview {
  if (returnRefusal(reasons)) throw new Error('退回需要至少一条原因')
  const { reason, lines } = cleaned(reasons)
  return stepped(review, subject, {
    state: 'returned',
    by,
    at,
    ...(reason && { reason }),
    ...(lines.length > 0 && { lines }),
  })
}

/** The period approved by `by` at `at`. Throws when it is already 已审核. */
export function approved(
  review: PeriodReview | undefined,
  subject: ReviewSubject,
  by: string,
  at: number,
): PeriodReview {
  if (approveRefusal(review)) throw new Error('本期已审核')
  return stepped(review, subject, { state: 'approved', by, at })
}

/**
 * The reviews after an entry or import wrote values of `months` at `at`: each of those
 * periods back to 待审核 (a reset step, the history kept) unless it is there already, and
 * — for a change made here (`local`), not a folder's — `valuesAt` moved to `at`.
 */
export function afterValues(
  reviews: readonly PeriodReview[],
  subject: Pick<PeriodReview, 'year' | 'unit'>,
  months: readonly Month[],
  at: number,
  local: boolean,
): PeriodReview[] {
  let next = [...reviews]
  for (const month of new Set(months)) {
    const was = reviewOf(next, month)
    if (!local && reviewState(was) === 'pending') continue
    const base = started(was, { ...subject, month })
    const steps =
      reviewState(was) === 'pending'
        ? base.steps
        : [...base.steps, { state: 'pending' as const, by: '', at, reset: true }]
    next = withReview(next, { ...base, steps, ...(local && { valuesAt: at }) })
  }
  return next
}

/** How a period's review read from a file compares with the one stored here. */
export type IncomingReview = 'new' | 'same' | 'older' | 'stale'

/**
 * How a step read from a file stands against the stored review: the same step (state and
 * time) is `same`; one older than the stored step is `older`; one older than the last
 * change of the period's values here is `stale` (the period stays 待审核); else `new`.
 */
export function incomingReview(stored: PeriodReview | undefined, step: ReviewStep): IncomingReview {
  const now = currentStep(stored)
  if (now && now.at === step.at && now.state === step.state) return 'same'
  if (stored?.valuesAt !== undefined && step.at < stored.valuesAt) return 'stale'
  if (now && step.at < now.at) return 'older'
  return 'new'
}

/** The period's reviews with a file's step taken in (when {@link incomingReview} says it is new). */
export function withIncoming(
  reviews: readonly PeriodReview[],
  subject: ReviewSubject,
  step: ReviewStep,
): PeriodReview[] {
  const was = reviewOf(reviews, subject.month)
  if (incomingReview(was, step) !== 'new') return [...reviews]
  return withReview(reviews, stepped(was, subject, step))
}

/** The reason given for a line, by indicator code or budget id first, else by 类别 and name. */
export function lineReason(
  step: ReviewStep | undefined,
  line: { subject: ReviewLine['subject']; scope: string; ref: string; name: string },
): string | undefined {
  const lines = step?.state === 'returned' ? (step.lines ?? []) : []
  const same = (l: ReviewLine) => l.subject === line.subject && l.scope === line.scope
  return (
    lines.find((l) => same(l) && l.ref !== '' && l.ref === line.ref)?.reason ??
    lines.find((l) => same(l) && l.ref === '' && l.name === line.name)?.reason
  )
}
