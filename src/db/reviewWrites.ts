/**
 * What a commit does to a unit-year's reviews: values of a period written set it back to
 * 待审核, then a 审核 file's steps are taken in (docs/data-model.md, "Reviews").
 */
import type { DataTableName, PlannedReview, UnitYearKey } from '@/domain/model'
import type { Month } from '@/domain/period'
import { afterValues, withIncoming, type PeriodReview } from '@/domain/review'

/** The tables whose rows are a period's values. */
const VALUE_TABLES: ReadonlySet<DataTableName> = new Set(['actuals', 'spending'])

/**
 * The unit-year's reviews after a batch writes `rows` and takes in `planned` steps, or
 * null when the batch touches neither its values nor its reviews. `local` says the values
 * were changed here and move the periods' `valuesAt`: an entry, or an import into a
 * unit-year with reviews (a folder's values never: they are those its reviews saw).
 */
export function reviewsAfter(
  reviews: readonly PeriodReview[],
  [year, unit]: UnitYearKey,
  rows: readonly { table: DataTableName; record: object }[],
  planned: readonly PlannedReview[],
  { at, local }: { at: number; local: boolean },
): PeriodReview[] | null {
  const months = rows.flatMap((r) => (VALUE_TABLES.has(r.table) ? [(r.record as { month: Month }).month] : []))
  if (months.length === 0 && planned.length === 0) return null
  let next = months.length > 0 ? afterValues(reviews, { year, unit }, months, at, local) : [...reviews]
  for (const p of planned) next = withIncoming(next, { year, unit, month: p.month }, p.step)
  return JSON.stringify(next) === JSON.stringify(reviews) ? null : next
}
