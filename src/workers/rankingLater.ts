import type { CatalogRepository } from '@/db/catalogRepository'
import type { RulesRepository } from '@/db/rulesRepository'
import { rulesFingerprint, settingsOf } from '@/domain/engine/rules'

/** How long after a commit the worker waits, for another file, before working out the ranking. */
const RANK_AFTER_MS = 1000

/**
 * A moment after a commit has answered, if no other file is being read or checked by
 * then: works out the ranking of the years it wrote and keeps it, in the worker, off the
 * page, so that the units page opens on a ranking already made. A write in between clears
 * it again; a failure only leaves the page to compute it.
 */
export class RankingLater {
  private timer: ReturnType<typeof setTimeout> | undefined

  constructor(
    private readonly catalog: CatalogRepository,
    private readonly rules: RulesRepository,
  ) {}

  /** Ranks `years` a moment from now, unless another job comes first. */
  soon(years: ReadonlySet<number>): void {
    this.timer = setTimeout(() => {
      this.timer = undefined
      // Under the rules in force, as the units page will ask for it.
      void this.rules
        .current()
        .then(({ values }) => {
          const settings = settingsOf(values)
          for (const year of years)
            void this.catalog.rankingOf(year, settings, rulesFingerprint(values)).catch(() => {})
        })
        .catch(() => {})
    }, RANK_AFTER_MS)
  }

  /** Another job came first: the ranking waits for the next commit. */
  postpone(): void {
    clearTimeout(this.timer)
    this.timer = undefined
  }
}
