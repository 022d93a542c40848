import type { IndexableType } from 'dexie'
import { IMPORT_KIND_ORDER, type CommitResult, type DataTableName, type ImportedFile, type ImportPlan, type PlannedRow } from '@/domain/model'
import type { JixiaoDatabase } from './database'
import type { BatchRecord, ChangeRecord, RowKey } from './schema'
import { keyOf } from './rowKeys'
import { mergeUnitYears, refreshUnitYears } from './unitYears'
import { failure } from './errors'

/** Rows per bulkPut: one progress step of a commit. */
const WRITE_SLICE = 1000

/** Imports and their undo. Each import is one transaction across every table it touches. */
export class ImportRepository {
  constructor(private readonly db: JixiaoDatabase) {}

  /**
   * Writes the plan's added and updated rows, one batch per file, each row's previous
   * state kept for undo — all in one transaction: every row or none. `skippedLines`
   * are counted against their files. Unchanged rows are not written; a file that
   * changes nothing gets no batch. `onProgress` hears the share of rows written, 0–1.
   */
  async commit(plan: ImportPlan, files: readonly ImportedFile[], importedAt = Date.now(), onProgress: (share: number) => void = () => {}): Promise<CommitResult> {
    const toWrite = plan.rows.filter((r) => r.status !== 'unchanged')
    const result: CommitResult = { batchIds: [], counts: { ...plan.counts } }
    if (toWrite.length === 0) return result
    const { db } = this
    let written = 0
    const wrote = (rows: number) => onProgress((written += rows) / toWrite.length)
    // Targets and budgets get the earlier batches, so undoing them also undoes what refers to them.
    const ordered = [...files].sort((a, b) => IMPORT_KIND_ORDER[a.kind] - IMPORT_KIND_ORDER[b.kind])
    await db.transaction('rw', db.writeScope, async () => {
      for (const file of ordered) {
        const rows = toWrite.filter((r) => r.file === file.fileName)
        if (rows.length === 0) continue
        const fileRows = plan.rows.filter((r) => r.file === file.fileName)
        const batchId: number = await db.batches.add({
          kind: file.kind,
          fileName: file.fileName,
          size: file.size,
          sha256: file.sha256,
          importedAt,
          sample: false,
          counts: {
            added: fileRows.filter((r) => r.status === 'added').length,
            updated: fileRows.filter((r) => r.status === 'updated').length,
            unchanged: fileRows.filter((r) => r.status === 'unchanged').length,
            skipped: plan.skipped.filter((s) => s.file === file.fileName).length,
          },
        }) as number
        result.batchIds.push(batchId)
        await this.writeRows(rows, batchId, wrote)
      }
      await mergeUnitYears(db.unitYears, toWrite.map((r) => r.record))
      await db.standings.clear()
    })
    return result
  }

  /** Each table's rows in one bulkPut, and one change record per table holding what undo needs. */
  private async writeRows(rows: PlannedRow[], batchId: number, wrote: (rows: number) => void): Promise<void> {
    const byTable = new Map<DataTableName, PlannedRow[]>()
    for (const row of rows) {
      const list = byTable.get(row.table)
      if (list) list.push(row)
      else byTable.set(row.table, [row])
    }
    const changes: ChangeRecord[] = []
    for (const [table, tableRows] of byTable) {
      const stamped = tableRows.map((r) => ({ ...r.record, batchId }))
      const store = this.db[table] as unknown as { bulkPut(rows: object[]): Promise<unknown> }
      // Awaited slices keep the IndexedDB pipeline as fast as one bulkAdd, bound each
      // structured clone, and let progress be reported, all inside the one transaction.
      for (let from = 0; from < stamped.length; from += WRITE_SLICE) {
        const slice = stamped.slice(from, from + WRITE_SLICE)
        await store.bulkPut(slice)
        wrote(slice.length)
      }
      const added: RowKey[] = []
      const replaced: object[] = []
      for (const r of tableRows) {
        if (r.before) replaced.push(r.before)
        else added.push(keyOf(table, r.record))
      }
      changes.push({ batchId, table, added, replaced })
    }
    await this.db.changes.bulkAdd(changes)
  }

  /** The import history, newest first. */
  async history(): Promise<BatchRecord[]> {
    return this.db.batches.orderBy('id').reverse().toArray()
  }

  /** Earlier imports of a file with this SHA-256, newest first. */
  async importsOf(sha256: string): Promise<BatchRecord[]> {
    return (await this.history()).filter((b) => b.sha256 === sha256)
  }

  /**
   * Restores exactly the state before batch `batchId`: it and every later batch are
   * undone, newest first, each row put back as it was or removed if the batch added it.
   * One transaction. Returns the batches undone. The sample load cannot be undone.
   */
  async undo(batchId: number): Promise<BatchRecord[]> {
    const { db } = this
    return db.transaction('rw', db.writeScope, async () => {
      const target = await db.batches.get(batchId)
      if (!target) throw failure('batchGone', `batch ${batchId} is no longer in the history`)
      if (target.sample) throw failure('sampleUndo', 'the sample load cannot be undone')
      const undone = await db.batches.where('id').aboveOrEqual(batchId).reverse().toArray()
      const touched: [string, number][] = []
      for (const batch of undone) {
        const changes = await db.changes.where('batchId').equals(batch.id!).reverse().sortBy('id')
        for (const change of changes) {
          const table = db[change.table] as unknown as {
            bulkPut(rows: object[]): Promise<unknown>
            bulkDelete(keys: IndexableType[]): Promise<void>
            bulkGet(keys: IndexableType[]): Promise<unknown[]>
          }
          if (change.after) {
            // A per-row record from before the bulk form.
            const row = change.after as { unit: string; year: number }
            touched.push([row.unit, row.year])
            if (change.before) await table.bulkPut([change.before])
            else await table.bulkDelete([keyOf(change.table, change.after)])
            continue
          }
          // The rows about to go name the unit-years whose catalog lines must be redone.
          const gone = (await table.bulkGet(change.added ?? [])) as ({ unit: string; year: number } | undefined)[]
          for (const row of [...gone, ...((change.replaced ?? []) as { unit: string; year: number }[])]) if (row) touched.push([row.unit, row.year])
          await table.bulkDelete(change.added ?? [])
          await table.bulkPut(change.replaced ?? [])
        }
        await db.changes.where('batchId').equals(batch.id!).delete()
        await db.batches.delete(batch.id!)
      }
      await refreshUnitYears(db.unitYearSources, touched)
      await db.standings.clear()
      return undone
    })
  }
}
