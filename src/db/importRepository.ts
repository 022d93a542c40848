import {
  DATA_TABLE_NAMES,
  IMPORT_KIND_ORDER,
  type CommitResult,
  type ImportedFile,
  type ImportPlan,
  type UnitYearDocument,
  type UnitYearKey,
} from '@/domain/model'
import { joinKey } from '@/domain/keys'
import type { Rules } from '@/domain/engine/rules'
import type { JixiaoDatabase } from './database'
import { RULES_KEY } from './rulesRepository'
import { readRules } from '@/domain/engine/rules'
import type { BatchBeforeRecord, BatchRecord, DocumentParts } from '@/domain/storedRecords'
import { batchRecord, importCounts } from '@/domain/batchRecord'
import {
  codesOf,
  emptyDocument,
  mergeRows,
  unchangedHeld,
  withParent,
  withParts,
  withRectify,
  withReviews,
  type HeldDocuments,
} from './documents'
import { reviewsAfter } from './reviewWrites'
import { groupByUnitYear, unitYearIdOf, unitYearKeyOf, unitYearsOf } from '@/domain/unitYears'
import { catalogWith, stampsOf, type CatalogRecord } from './catalogLines'
import { decodeBefore, decodeDocument, encodeBefore, encodeDocument } from './storedForm'
import { failure } from './errors'
import { writeData } from './dataWrite'
import { readTrail } from './trail'
import type { BatchLines } from '@/domain/trailLines'

/** How a commit is told when, by whom, and what the check already read. */
export interface CommitOptions {
  importedAt?: number
  /** Hears the share of documents written, 0–1. */
  onProgress?: (share: number) => void
  /** Who made it (the 填报人 setting). */
  by?: string
  /** The documents the check read, with their stamps: those still unchanged are not read again. */
  held?: HeldDocuments
  /** Why, when told: a sync's choices between this PC's values and a folder's. */
  reason?: string
}

/** A document's 整改 items when it has none. */
const NO_ITEMS: readonly never[] = []

/** Documents per bulkPut: one progress step of a commit. */
const WRITE_SLICE = 1000

/** Imports and their undo. Each import is one transaction across every table it touches. */
export class ImportRepository {
  constructor(private readonly db: JixiaoDatabase) {}

  /**
   * Merges the plan's added and updated rows into their unit-year documents, one batch
   * per file, each batch keeping the tables it changed as they were — all in one
   * transaction: every row or none. `skippedLines` are counted against their files.
   * Unchanged rows are not written; a file that changes nothing gets no batch.
   * `onProgress` hears the share of documents written, 0–1.
   */
  async commit(plan: ImportPlan, files: readonly ImportedFile[], options: CommitOptions = {}): Promise<CommitResult> {
    const { importedAt = Date.now(), onProgress = () => {}, by, held = new Map(), reason } = options
    const toWrite = plan.rows.filter((r) => r.status !== 'unchanged')
    const result: CommitResult = { batchIds: [], counts: { ...plan.counts } }
    const rectify = plan.rectify ?? []
    const review = plan.review ?? []
    if (toWrite.length === 0 && plan.parents.length === 0 && rectify.length === 0 && review.length === 0) return result
    const { db } = this
    // Targets and budgets get the earlier batches, so undoing them also undoes what refers to them.
    // A 审核 file's states are taken after the values of the same import.
    const order = (kind: ImportedFile['kind']) =>
      kind === 'entry' || kind === 'published' || kind === 'kept' || kind === 'adjust'
        ? 0
        : kind === 'review'
          ? IMPORT_KIND_ORDER.rectify + 1
          : IMPORT_KIND_ORDER[kind]
    const ordered = [...files].sort((a, b) => order(a.kind) - order(b.kind))
    const rowsOf = groupBy(toWrite, (r) => r.file)
    const parentsOf = groupBy(plan.parents, (p) => p.file)
    const rectifyOf = groupBy(rectify, (p) => p.file)
    const reviewOf = groupBy(review, (p) => p.file)
    await writeData(db, { tables: db.writeScope, changes: { documents: true } }, async () => {
      const keys = unitYearsOf([...toWrite.map((r) => r.record), ...plan.parents, ...rectify, ...review], (r) => r)
      const years = [...new Set(keys.map(([year]) => year))]
      const catalog = await db.catalog.bulkGet(years)
      // Documents the check read and no one has written since are taken as they were read.
      const stamps = stampsOf(catalog)
      const keyed = keys.map((key) => ({ key, k: joinKey(...key) }))
      const fresh = new Map(
        keyed.flatMap(({ k }) => {
          const kept = unchangedHeld(held, k, stamps)
          return kept ? [[k, kept.document] as const] : []
        }),
      )
      const reread = keyed.filter(({ k }) => !fresh.has(k))
      const stored = await db.documents.bulkGet(reread.map(({ key }) => key))
      const current = new Map<string, UnitYearDocument | undefined>(fresh)
      reread.forEach(({ k }, i) => current.set(k, stored[i] && decodeDocument(stored[i])))
      const original = new Map(current)
      const befores: BatchBeforeRecord[] = []
      for (const file of ordered) {
        const rows = rowsOf.get(file.fileName) ?? []
        const parents = new Map((parentsOf.get(file.fileName) ?? []).map((p) => [unitYearIdOf(p), p.parent]))
        const items = new Map((rectifyOf.get(file.fileName) ?? []).map((p) => [unitYearIdOf(p), p]))
        const reviews = groupByUnitYear(reviewOf.get(file.fileName) ?? [], (p) => p)
        if (rows.length === 0 && parents.size === 0 && items.size === 0 && reviews.size === 0) continue
        const counts = {
          ...countsOf(plan, file.fileName),
          skipped: plan.skipped.filter((s) => s.file === file.fileName).length,
        }
        const batchId = (await db.batches.add(
          batchRecord({
            kind: file.kind,
            fileName: file.fileName,
            size: file.size,
            sha256: file.sha256,
            importedAt,
            counts,
            by,
            reason,
            // The batches of one commit are one import: undone together.
            commitOf: result.batchIds[0],
          }),
        )) as number
        result.batchIds.push(batchId)
        const before: BatchBeforeRecord = { batchId, documents: [] }
        const byUnitYear = groupByUnitYear(rows, (r) => r.record)
        // A unit-year whose rows are all unchanged may still take a new 主管部门.
        for (const k of [...parents.keys(), ...items.keys(), ...reviews.keys()])
          if (!byUnitYear.has(k)) byUnitYear.set(k, [])
        for (const [k, docRows] of byUnitYear) {
          const was = current.get(k)
          const key = docRows[0] ? unitYearKeyOf(docRows[0].record) : keyOf([...plan.parents, ...rectify, ...review], k)
          const { merged, tables } = mergeRows(was ?? emptyDocument(key), docRows)
          const parent = parents.get(k)
          const changed = parent !== undefined && parent !== was?.parent
          const planned = items.get(k)
          // Values of a period set its review back to 待审核; a 审核 file's states come after them.
          const reviewed = reviewsAfter(was?.review ?? NO_ITEMS, key, docRows, reviews.get(k) ?? [], {
            at: importedAt,
            local: file.kind !== 'published' && (file.kind === 'entry' || was?.review !== undefined),
          })
          before.documents.push({
            key,
            parts: was
              ? {
                  ...Object.fromEntries(tables.map((t) => [t, was[t]])),
                  ...(changed && { parent: was.parent ?? null }),
                  // The items as they were: undo puts them back, and the trail tells what the form changed.
                  ...(planned && { rectify: was.rectify ?? NO_ITEMS }),
                  // The reviews as they were: undo of an entry brings a 已退回 back.
                  ...(reviewed && { review: was.review ?? NO_ITEMS }),
                }
              : null,
          })
          const placed = changed ? withParent(merged, parent) : merged
          const itemed = planned ? withRectify(placed, planned.items) : placed
          current.set(k, reviewed ? withReviews(itemed, reviewed) : itemed)
        }
        befores.push(before)
      }
      // Every write is asked for at once: the database writes one slice while this thread
      // encodes the next (IndexedDB keeps a transaction's requests in order).
      const writes: Promise<unknown>[] = [db.before.bulkAdd(befores.map(encodeBefore))]
      const written = [...current.values()].filter((d): d is UnitYearDocument => d !== undefined)
      let slicesDone = 0
      for (let from = 0; from < written.length; from += WRITE_SLICE) {
        // Slices bound each structured clone and let progress be told as each is written.
        writes.push(
          db.documents
            .bulkPut(written.slice(from, from + WRITE_SLICE).map(encodeDocument))
            .then(() => onProgress(Math.min(1, (++slicesDone * WRITE_SLICE) / written.length))),
        )
      }
      writes.push(this.keepCodes([...current].map(([k, now]) => ({ was: original.get(k) ?? null, now: now ?? null }))))
      writes.push(this.keepCatalog(written, [], catalog))
      await Promise.all(writes)
    })
    return result
  }

  /** The import history, newest first; undone batches stay, marked with when. */
  async history(): Promise<BatchRecord[]> {
    return this.db.batches.orderBy('id').reverse().toArray()
  }

  /** Every batch's lines (what it changed, old value to new), by batch id; see `readTrail`. */
  async trail(): Promise<Map<number, BatchLines>> {
    return readTrail(this.db)
  }

  /** Earlier imports of a file with this SHA-256 that still stand, newest first. */
  async importsOf(sha256: string): Promise<BatchRecord[]> {
    return (await this.history()).filter((b) => b.sha256 === sha256 && b.undoneAt === undefined)
  }

  /**
   * Restores exactly the state before batch `batchId`'s commit: its first batch and every
   * later batch not yet undone are undone, newest first, each document's changed tables put back as they
   * were (or the document removed, if the batch created it). One transaction. The
   * batches stay in the history, marked undone, and the undo is a batch of its own (who,
   * and why when given) keeping the documents and rules as they were before it, so the
   * trail can say what it put back. Returns them. The sample load cannot be undone.
   */
  async undo(batchId: number, undoneAt = Date.now(), undoneBy?: string, reason?: string): Promise<BatchRecord[]> {
    const { db } = this
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
        await this.keepCodes([...current].map(([k, now]) => ({ was: original.get(k) ?? null, now: now ?? null })))
        await this.keepCatalog(kept, gone)
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

  /** Keeps the code records of documents whose targets changed (an import of values leaves them alone). */
  private async keepCodes(
    changes: readonly { was: UnitYearDocument | null; now: UnitYearDocument | null }[],
  ): Promise<void> {
    const changed = changes.filter(({ was, now }) => was?.targets !== now?.targets)
    await this.db.codes.bulkDelete(
      changed.flatMap(({ was, now }): UnitYearKey[] => (was && !now ? [[was.year, was.unit]] : [])),
    )
    await this.db.codes.bulkPut(changed.flatMap(({ now }) => (now ? [codesOf(now)] : [])))
  }

  /** Puts the catalog lines of documents written (and takes out those of documents gone) in their years' records. */
  private async keepCatalog(
    written: readonly UnitYearDocument[],
    gone: readonly UnitYearKey[] = [],
    read?: readonly (CatalogRecord | undefined)[],
  ): Promise<void> {
    const changes = [
      ...written.map((document) => ({ key: [document.year, document.unit] as UnitYearKey, document })),
      ...gone.map((key) => ({ key, document: null })),
    ]
    const years = [...new Set(changes.map(({ key }) => key[0]))]
    const records = catalogWith(read ?? (await this.db.catalog.bulkGet(years)), changes)
    await this.db.catalog.bulkDelete(records.filter((r) => r.lines.length === 0).map((r) => r.year))
    await this.db.catalog.bulkPut(records.filter((r) => r.lines.length > 0))
  }
}

/** A file's rows by status. */
function countsOf(plan: ImportPlan, fileName: string): { added: number; updated: number; unchanged: number } {
  const counts = { added: 0, updated: 0, unchanged: 0 }
  for (const row of plan.rows) if (row.file === fileName) counts[row.status] += 1
  return counts
}

/** The unit-year key of `k` among planned 主管部门, 整改 items or reviews. */
function keyOf(planned: readonly { year: number; unit: string }[], k: string): UnitYearKey {
  return unitYearKeyOf(planned.find((p) => unitYearIdOf(p) === k)!)
}

/** These tables of a document. */
function pick(document: UnitYearDocument, tables: typeof DATA_TABLE_NAMES): DocumentParts {
  return Object.fromEntries(tables.map((t) => [t, document[t]]))
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>()
  for (const item of items) {
    const key = keyOf(item)
    const group = groups.get(key)
    if (group) group.push(item)
    else groups.set(key, [item])
  }
  return groups
}
