import { defineStore } from 'pinia'
import { computed, shallowRef, watch } from 'vue'
import { repositories } from '@/db'
import { chinesePeriodName, periodOf, type Month } from '@/domain/period'
import {
  approved,
  returned,
  REVIEW_STATE_NAMES,
  reviewOf,
  type PeriodReview,
  type ReturnReasons,
} from '@/domain/review'
import { unitYearIdOf } from '@/domain/unitYears'
import { toCsv } from '@/io/csvWriter'
import { dateStamp, downloadText } from '@/io/download'
import { reviewRows } from '@/io/reviewCsv'
import { useCatalogStore } from './catalog'
import { latestRequest } from './latestRequest'
import { useSettingsStore } from './settings'
import { useViewStore } from './view'

/** A unit-period a reviewer acts on. */
export interface ReviewTarget {
  year: number
  unit: string
  month: Month
}

/**
 * The reviews of the year on screen across its units, reloaded whenever stored data
 * changes; a return or an approval, each a batch of the history signed by the 填报人
 * setting (the reviewer's name); the year's 审核 file.
 */
export const useReviewStore = defineStore('review', () => {
  const catalog = useCatalogStore()
  const view = useViewStore()
  const settings = useSettingsStore()
  const reviews = shallowRef<PeriodReview[]>([])
  const requests = latestRequest()

  async function load(year: number): Promise<void> {
    const request = requests.start()
    const found = await repositories.review.reviewsOf(year)
    if (request.isCurrent()) reviews.value = found
  }

  watch(
    [() => view.selection?.year, () => catalog.revision],
    ([year]) => {
      if (year === undefined) reviews.value = []
      else void load(year)
    },
    { immediate: true },
  )

  /** A unit-period's review as stored, if any. */
  const reviewAt = (unit: string, month: Month) =>
    reviewOf(
      reviews.value.filter((r) => r.unit === unit),
      month,
    )

  const by = () => settings.reporter.trim()

  /** The period's review as stored now: the year's list may be another year's a moment after a switch. */
  async function storedReview({ year, unit, month }: ReviewTarget): Promise<PeriodReview | undefined> {
    return reviewOf(
      (await repositories.review.reviewsOf(year)).filter((r) => r.unit === unit),
      month,
    )
  }

  async function save(target: ReviewTarget, review: PeriodReview): Promise<void> {
    const state = REVIEW_STATE_NAMES[review.steps.at(-1)!.state]
    await repositories.review.save({
      key: [target.year, target.unit],
      review,
      fileName: `审核 · ${target.unit} ${target.year}年${chinesePeriodName(periodOf(target.month))} ${state}`,
      by: by() || undefined,
    })
    await catalog.caughtUp()
  }

  /** Returns the period with these reasons (at least one), as one batch. */
  async function returnPeriod(target: ReviewTarget, reasons: ReturnReasons): Promise<void> {
    await save(target, returned(await storedReview(target), target, reasons, by(), wholeSecond()))
  }

  /** Approves the period, as one batch. */
  async function approve(target: ReviewTarget): Promise<void> {
    await save(target, approved(await storedReview(target), target, by(), wholeSecond()))
  }

  /** The year's reviews as the 审核 file, for the published folder. */
  function download(year: number): void {
    const parents = new Map<string, string>()
    for (const u of catalog.units) {
      const parent = u.years.find((y) => y.year === year)?.parent
      if (parent) parents.set(unitYearIdOf({ year, unit: u.unit }), parent)
    }
    downloadText(`审核_${year}_${dateStamp()}.csv`, toCsv(reviewRows(reviews.value, parents)))
  }

  const count = computed(() => reviews.value.filter((r) => r.steps.length > 0).length)

  return { reviews, count, reviewAt, returnPeriod, approve, download }
})

/** Now, to the whole second: the 审核 file writes seconds, and a step read back must be the same step. */
function wholeSecond(): number {
  return Math.floor(Date.now() / 1000) * 1000
}
