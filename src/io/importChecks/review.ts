/** The review states a 审核 file brings, planned beside the import's rows (`ImportPlan.review`). */
import type { Dataset, ImportNotice, ImportProblem, PlannedReview, PlannedRow } from '@/domain/model'
import { joinKey } from '@/domain/keys'
import { chinesePeriodName, periodOf } from '@/domain/period'
import { incomingReview, reviewOf, type ReviewLine, type ReviewStep } from '@/domain/review'
import { unitYearIdOf } from '@/domain/unitYears'
import type { ParsedCsv, ReviewRow } from '../parsedCsv'
import { noticeOf, problemOf } from '../problemText'
import { reviewTimeText } from '../reviewCsv'

/** What the 审核 files of an import plan, and what they tell. */
export interface ReviewPlan {
  planned: PlannedReview[]
  problems: ImportProblem[]
  notices: ImportNotice[]
}

/** A period's rows as one step: the state row's state, who and when; the overall reason; a line per reason. */
function stepOf(rows: readonly ReviewRow[]): ReviewStep {
  const [first] = rows as [ReviewRow]
  const overall = rows.find((r) => r.scope === '' && r.reason !== '')?.reason ?? ''
  const lines: ReviewLine[] = rows.flatMap((r) =>
    r.scope !== '' && r.reason !== '' && (r.name || r.code || r.item)
      ? [
          r.item && !r.name && !r.code
            ? { subject: 'budget' as const, scope: r.scope, ref: '', name: r.item, reason: r.reason }
            : { subject: 'indicator' as const, scope: r.scope, ref: r.code, name: r.name, reason: r.reason },
        ]
      : [],
  )
  return {
    state: first.state,
    by: first.by,
    at: first.at,
    ...(first.state === 'returned' && overall && { reason: overall }),
    ...(first.state === 'returned' && lines.length > 0 && { lines }),
  }
}

/**
 * Each unit-period a 审核 file names, as a step against the stored review: taken when
 * new; told and left when older than the stored step or than the last change of the
 * period's values here (the period then stays 待审核). A unit-year with no data stored or
 * imported alongside, and a return without a reason, are problems of their first line.
 */
export function planReview(files: readonly ParsedCsv[], rows: readonly PlannedRow[], existing: Dataset): ReviewPlan {
  const out: ReviewPlan = { planned: [], problems: [], notices: [] }
  const known = new Set([...existing.targets, ...existing.budgets, ...rows.map((r) => r.record)].map(unitYearIdOf))
  for (const file of files) {
    const periods = new Map<string, ReviewRow[]>()
    for (const row of file.review ?? []) {
      const k = joinKey(row.year, row.unit, row.month)
      periods.set(k, [...(periods.get(k) ?? []), row])
    }
    for (const period of periods.values()) {
      const [first] = period as [ReviewRow]
      const { year, unit, month } = first
      const at = { file: file.fileName, line: first.line }
      if (!known.has(unitYearIdOf(first))) {
        out.problems.push({ ...at, found: unit, ...problemOf('reviewNoData', { year, unit }) })
        continue
      }
      const step = stepOf(period)
      if (step.state === 'returned' && !step.reason && !step.lines) {
        out.problems.push({ ...at, column: '退回原因', found: '', ...problemOf('reviewNoReason') })
        continue
      }
      const stored = reviewOf(
        (existing.review ?? []).filter((r) => r.year === year && r.unit === unit),
        month,
      )
      const how = incomingReview(stored, step)
      const params = { year, unit, period: chinesePeriodName(periodOf(month)), at: reviewTimeText(step.at) }
      if (how === 'stale') out.notices.push(noticeOf('reviewStale', params, file.fileName))
      else if (how === 'older') out.notices.push(noticeOf('reviewOlder', params, file.fileName))
      else if (how === 'new') out.planned.push({ file: file.fileName, year, unit, month, step })
    }
  }
  return out
}
