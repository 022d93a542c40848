import type { UnitYearKey } from '@/domain/model'
import type { PeriodReview } from '@/domain/review'
import { batchRecord, importCounts } from '@/domain/batchRecord'
import type { JixiaoDatabase } from './database'
import { catalogWith } from './catalogLines'
import { writeData } from './dataWrite'
import { withReviews } from './documents'
import { decodeDocument, encodeBefore, encodeDocument } from './storedForm'
import { failure } from './errors'

/** A change of a unit-year's reviews: the period's review after it, who made it and what the history calls it. */
export interface ReviewChange {
  key: UnitYearKey
  /** The period's review as it is to stand (its steps, the new one last). */
  review: PeriodReview
  /** The history's name for it (`审核 · 甲局 2024年第3季度 已退回`). */
  fileName: string
  by?: string | undefined
  at?: number
}

/** Reviews: read for a year across units, changed as batches of the history (undoable, lines of the trail). */
export class ReviewRepository {
  constructor(private readonly db: JixiaoDatabase) {}

  /** Every review of a year: the documents of the units its catalog lists. */
  async reviewsOf(year: number): Promise<PeriodReview[]> {
    const { catalog, documents } = this.db
    return this.db.transaction('r', [catalog, documents], async () => {
      const lines = (await catalog.get(year))?.lines ?? []
      const stored = await documents.bulkGet(lines.map((line): UnitYearKey => [year, line.unit]))
      return stored.flatMap((d) => (d?.review ? (decodeDocument(d).review ?? []) : []))
    })
  }

  /**
   * Puts a period's review in place, as one batch keeping the unit-year's reviews as they
   * were: undo puts them back, and the trail tells the state and each reason changed.
   * The rest of the document is left as it is. Returns the batch's id.
   */
  async save({ key, review, fileName, by, at = Date.now() }: ReviewChange): Promise<number> {
    const { db } = this
    return writeData(db, { tables: db.writeScope, changes: { documents: true } }, async () => {
      const stored = await db.documents.get(key)
      if (!stored) throw failure('batchGone', `no data for ${key[1]} ${key[0]}`)
      const was = decodeDocument(stored)
      const before = was.review ?? []
      const after = [...before.filter((r) => r.month !== review.month), review].sort((a, b) => a.month - b.month)
      const batchId = (await db.batches.add(
        batchRecord({ kind: 'review', fileName, importedAt: at, counts: importCounts({ updated: 1 }), by }),
      )) as number
      const document = withReviews(was, after)
      await db.before.add(encodeBefore({ batchId, documents: [{ key, parts: { review: before } }] }))
      await db.documents.put(encodeDocument(document))
      const records = catalogWith([await db.catalog.get(key[0])], [{ key, document }])
      await db.catalog.bulkPut(records.filter((r) => r.lines.length > 0))
      return batchId
    })
  }
}
