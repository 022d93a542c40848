import { DATA_TABLE_NAMES, type UnitYearDocument, type UnitYearKey } from '@/domain/model'
import { joinKey } from '@/domain/keys'
import { readRules, type Rules } from '@/domain/engine/rules'
import type { BatchRecord, DocumentParts } from '@/domain/storedRecords'
import { batchRecord, importCounts } from '@/domain/batchRecord'
import type { JixiaoDatabase } from './database'
import { RULES_KEY } from './rulesRepository'
import { emptyDocument, NO_ITEMS, withParts } from './documents'
import { decodeBefore, decodeDocument, encodeBefore, encodeDocument } from './storedForm'
import { failure } from './errors'
import { writeData } from './dataWrite'
import { keepCatalog, keepCodes } from './documentIndexes'

/**
 * Restores exactly the state before batch `batchId`'s commit: its first batch and every
 * later batch not yet undone are undone, newest first, each document's changed tables put back as they
 * were (or the document removed, if the batch created it). One transaction. The
 * batches stay in the history, marked undone, and the undo is a batch of its own (who,
 * and why when given) keeping the documents and rules as they were before it, so the
 * trail can say what it put back. Returns them. The sample load cannot be undone.
 */
export async function undoImport(
  db: JixiaoDatabase,
  batchId: number,
  undoneAt = Date.now(),
  undoneBy?: string,
  reason?: string,
): Promise<BatchRecord[]> {
  // The settings too: undoing a change of rules puts the rules it replaced back in force.
  return writeData(
    db,
    { tables: [...db.writeScope, db.settings], changes: { documents: true, rules: true } },
    async () => {
      const target = await db.batches.get(batchId)
      if (!target) throw failure('batchGone', `batch ${batchId} is no longer in the history`)
      if (target.sample) throw failure('sampleUndo', 'the sample load cannot be undone')
      if (target.kind === 'restore' || target.kind === 'undo')
        throw failure('sampleUndo', 'a restore or an undo is a record of the trail and cannot be undone')
      if (target.undoneAt !== undefined) throw failure('batchGone', `batch ${batchId} was already undone`)
      // An undo or a restore in the history is a record of what happened, not a change to take back.
      const from = target.commitOf ?? batchId
      const undone = (await db.batches.where('id').aboveOrEqual(from).reverse().toArray()).filter(
        (b) => b.undoneAt === undefined && b.kind !== 'undo' && b.kind !== 'restore',
      )
      const befores = (await db.before.bulkGet(undone.map((b) => b.id!))).flatMap((record) =>
        record ? [decodeBefore(record)] : [],
      )
      const keys = new Map<string, UnitYearKey>()
      for (const record of befores) for (const { key } of record.documents) keys.set(joinKey(...key), key)
      const stored = await db.documents.bulkGet([...keys.values()])
      const original = new Map([...keys.keys()].map((k, i) => [k, stored[i] ? decodeDocument(stored[i]) : null]))
      const current = new Map(original)
      for (const record of befores) {
        for (const { key, parts } of record.documents) {
          const k = joinKey(...key)
          current.set(k, parts === null ? null : withParts(current.get(k) ?? emptyDocument(key), parts))
        }
      }
      const gone = [...keys].filter(([k]) => current.get(k) === null).map(([, key]) => key)
      const kept = [...current.values()].filter((d): d is UnitYearDocument => d !== null)
      // Befores run newest first: the last rules met are those in force before the oldest undone change.
      const rules = befores.reduce<Rules | null | undefined>(
        (kept, record) => (record.rules === undefined ? kept : record.rules),
        undefined,
      )
      const rulesWere = rules === undefined ? undefined : readRules((await db.settings.get(RULES_KEY))?.value)
      if (rules === null) await db.settings.delete(RULES_KEY)
      else if (rules) await db.settings.put({ key: RULES_KEY, value: rules })
      await db.documents.bulkDelete(gone)
      await db.documents.bulkPut(kept.map(encodeDocument))
      await keepCodes(
        db,
        [...current].map(([k, now]) => ({ was: original.get(k) ?? null, now: now ?? null })),
      )
      await keepCatalog(db, kept, gone)
      const marked = undone.map((b) => ({ ...b, undoneAt, ...(undoneBy && { undoneBy }) }))
      await db.batches.bulkPut(marked)
      // The undo is itself a line of the trail: who, when, what it took back and how many rows.
      const rows = marked.reduce((n, b) => n + b.counts.added + b.counts.updated, 0)
      const undoId = (await db.batches.add(
        batchRecord({
          kind: 'undo',
          fileName: marked.map((b) => b.fileName).join('、'),
          importedAt: undoneAt,
          counts: importCounts({ updated: rows }),
          by: undoneBy,
          reason: reason?.trim(),
        }),
      )) as number
      // Whole documents as they were: an undo is rare, and its lines are what differs.
      const documents = [...keys].map(([k, key]) => {
        const was = original.get(k)
        // Its 主管部门 only when the undo changed it, as a commit keeps it.
        const parentChanged = (was?.parent ?? null) !== (current.get(k)?.parent ?? null)
        // Its 整改 items likewise, only when the undo put others back.
        const rectifyChanged = (was?.rectify ?? NO_ITEMS) !== (current.get(k)?.rectify ?? NO_ITEMS)
        const reviewChanged = (was?.review ?? NO_ITEMS) !== (current.get(k)?.review ?? NO_ITEMS)
        const parts: DocumentParts | null = was
          ? {
              ...pick(was, DATA_TABLE_NAMES),
              ...(parentChanged && { parent: was.parent ?? null }),
              ...(rectifyChanged && { rectify: was.rectify ?? [] }),
              ...(reviewChanged && { review: was.review ?? [] }),
            }
          : null
        return { key, parts }
      })
      await db.before.add(
        encodeBefore({ batchId: undoId, documents, ...(rulesWere !== undefined && { rules: rulesWere }) }),
      )
      return marked
    },
  )
}

/** These tables of a document. */
function pick(document: UnitYearDocument, tables: typeof DATA_TABLE_NAMES): DocumentParts {
  return Object.fromEntries(tables.map((t) => [t, document[t]]))
}
