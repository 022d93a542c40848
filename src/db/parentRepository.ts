import type { UnitYearKey } from '@/domain/model'
import { batchRecord, importCounts } from '@/domain/batchRecord'
import type { JixiaoDatabase } from './database'
import { catalogWith } from './catalogLines'
import { writeData } from './dataWrite'
import { withParent } from './documents'
import { decodeDocument, encodeBefore, encodeDocument } from './storedForm'
import { failure } from './errors'

/** A unit-year's 主管部门 set on the units page (null: taken away), by whom and when. */
export interface ParentChange {
  key: UnitYearKey
  parent: string | null
  by?: string | undefined
  at?: number
}

/** The 主管部门 of unit-years, set one at a time as batches of the history (undoable, lines of the trail). */
export class ParentRepository {
  constructor(private readonly db: JixiaoDatabase) {}

  /**
   * Sets a unit-year's 主管部门 as one batch (kind `parent`, named `主管部门 · 单位`) whose before record
   * keeps the one it replaced: undo puts it back and the trail tells old and new. The rest of the
   * document is left as it is. Returns the batch's id, or null when it was already so.
   */
  async save({ key, parent, by, at = Date.now() }: ParentChange): Promise<number | null> {
    const { db } = this
    const named = parent?.trim() || null
    return writeData(
      db,
      { tables: db.writeScope, changes: { documents: true }, wrote: (id) => id !== null },
      async () => {
        const stored = await db.documents.get(key)
        if (!stored) throw failure('batchGone', `no data for ${key[1]} ${key[0]}`)
        const was = decodeDocument(stored)
        if ((was.parent ?? null) === named) return null
        const batchId = (await db.batches.add(
          batchRecord({
            kind: 'parent',
            fileName: `主管部门 · ${key[1]}`,
            importedAt: at,
            counts: importCounts({ updated: 1 }),
            by,
          }),
        )) as number
        const document = withParent(was, named)
        await db.before.add(encodeBefore({ batchId, documents: [{ key, parts: { parent: was.parent ?? null } }] }))
        await db.documents.put(encodeDocument(document))
        const records = catalogWith([await db.catalog.get(key[0])], [{ key, document }])
        await db.catalog.bulkPut(records.filter((r) => r.lines.length > 0))
        return batchId
      },
    )
  }
}
