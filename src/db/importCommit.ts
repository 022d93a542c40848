import {
  IMPORT_KIND_ORDER,
  type CommitResult,
  type ImportedFile,
  type ImportPlan,
  type UnitYearDocument,
  type UnitYearKey,
} from '@/domain/model'
import { joinKey } from '@/domain/keys'
import type { BatchBeforeRecord } from '@/domain/storedRecords'
import { batchRecord } from '@/domain/batchRecord'
import { groupByUnitYear, unitYearIdOf, unitYearKeyOf, unitYearsOf } from '@/domain/unitYears'
import type { JixiaoDatabase } from './database'
import {
  emptyDocument,
  mergeRows,
  NO_ITEMS,
  unchangedHeld,
  withParent,
  withRectify,
  withReviews,
  type HeldDocuments,
} from './documents'
import { reviewsAfter } from './reviewWrites'
import { stampsOf } from './catalogLines'
import { decodeDocument, encodeBefore, encodeDocument } from './storedForm'
import { writeData } from './dataWrite'
import { keepCatalog, keepCodes } from './documentIndexes'

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

/** Documents per bulkPut: one progress step of a commit. */
const WRITE_SLICE = 1000

/**
 * Merges the plan's added and updated rows into their unit-year documents, one batch
 * per file, each batch keeping the tables it changed as they were — all in one
 * transaction: every row or none. `skippedLines` are counted against their files.
 * Unchanged rows are not written; a file that changes nothing gets no batch.
 * `onProgress` hears the share of documents written, 0–1.
 */
export async function commitImport(
  db: JixiaoDatabase,
  plan: ImportPlan,
  files: readonly ImportedFile[],
  options: CommitOptions = {},
): Promise<CommitResult> {
  const { importedAt = Date.now(), onProgress = () => {}, by, held = new Map(), reason } = options
  const toWrite = plan.rows.filter((r) => r.status !== 'unchanged')
  const result: CommitResult = { batchIds: [], counts: { ...plan.counts } }
  const rectify = plan.rectify ?? []
  const review = plan.review ?? []
  if (toWrite.length === 0 && plan.parents.length === 0 && rectify.length === 0 && review.length === 0) return result
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
    writes.push(
      keepCodes(
        db,
        [...current].map(([k, now]) => ({ was: original.get(k) ?? null, now: now ?? null })),
      ),
    )
    writes.push(keepCatalog(db, written, [], catalog))
    await Promise.all(writes)
  })
  return result
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

/** Items by a key of each, in their order. */
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
