import type { UnitYearKey } from '@/domain/model'
import type { RectifyItem } from '@/domain/rectify'
import { batchRecord, importCounts } from '@/domain/batchRecord'
import type { JixiaoDatabase } from './database'
import { catalogWith } from './catalogLines'
import { writeData } from './dataWrite'
import { withRectify } from './documents'
import { decodeDocument, encodeBefore, encodeDocument } from './storedForm'
import { failure } from './errors'

/** What a change of 整改 items is: the items after it, who made it and what the history calls it. */
export interface RectifyChange {
  key: UnitYearKey
  /** The unit-year's items as they are to stand. */
  items: readonly RectifyItem[]
  /** The history's name for it (`整改 · 新增就业人数`). */
  fileName: string
  by?: string | undefined
  at?: number
}

/** 整改 items: read for a year across units, changed as batches of the history (undoable, lines of the trail). */
export class RectifyRepository {
  constructor(private readonly db: JixiaoDatabase) {}

  /** Every 整改 item of a year: only the documents whose catalog line counts some are read. */
  async itemsOf(year: number): Promise<RectifyItem[]> {
    const { catalog, documents } = this.db
    return this.db.transaction('r', [catalog, documents], async () => {
      const lines = (await catalog.get(year))?.lines.filter((line) => (line.rectify ?? 0) > 0) ?? []
      const stored = await documents.bulkGet(lines.map((line): UnitYearKey => [year, line.unit]))
      return stored.flatMap((d) => (d ? (decodeDocument(d).rectify ?? []) : []))
    })
  }

  /**
   * Puts a unit-year's 整改 items in place, as one batch keeping the items as they were:
   * undo puts them back, and the trail tells each field changed. The rest of the document
   * is left as it is. Returns the batch's id, or null when nothing changed.
   */
  async save({ key, items, fileName, by, at = Date.now() }: RectifyChange): Promise<number | null> {
    const { db } = this
    return writeData(
      db,
      { tables: db.writeScope, changes: { documents: true }, wrote: (id) => id !== null },
      async () => {
        const stored = await db.documents.get(key)
        if (!stored) throw failure('batchGone', `no data for ${key[1]} ${key[0]}`)
        const was = decodeDocument(stored)
        const before = was.rectify ?? []
        const known = new Map(before.map((i) => [i.id, i]))
        const added = items.filter((i) => !known.has(i.id)).length
        const updated = items.filter(
          (i) => known.has(i.id) && JSON.stringify(known.get(i.id)) !== JSON.stringify(i),
        ).length
        const removed = before.length + added - items.length
        if (added + updated + removed === 0) return null
        const batchId = (await db.batches.add(
          batchRecord({ kind: 'rectify', fileName, importedAt: at, counts: importCounts({ added, updated }), by }),
        )) as number
        const document = withRectify(was, items)
        await db.before.add(encodeBefore({ batchId, documents: [{ key, parts: { rectify: before } }] }))
        await db.documents.put(encodeDocument(document))
        const [year] = key
        const records = catalogWith([await db.catalog.get(year)], [{ key, document }])
        await db.catalog.bulkPut(records.filter((r) => r.lines.length > 0))
        return batchId
      },
    )
  }
}
