import type { CsvKind } from '@/io/csvKinds'

/** Counts an import reports back (SPEC §5 import summary). */
export interface BatchCounts {
  added: number
  updated: number
  unchanged: number
  skipped: number
}

/** One import (or the sample load): what came in, from where, and when. */
export interface BatchRecord {
  id?: number
  /** `sample` marks the bundled seed load. */
  kind: CsvKind | 'sample'
  fileName: string
  /** File size in bytes; absent for the bundled sample. */
  size?: number
  importedAt: number
  /** SHA-256 of the file's bytes, hex; absent for the bundled sample. */
  sha256?: string
  counts: BatchCounts
  sample: boolean
}

/** What one row looked like before and after a batch wrote it, so the batch can be undone. */
export interface ChangeRecord {
  id?: number
  batchId: number
  table: 'targets' | 'budgets' | 'actuals' | 'spending'
  /** The row as it was; null when the batch added it. */
  before: object | null
  after: object
}

/** A remembered preference or view state, by key. */
export interface SettingRecord {
  key: string
  value: unknown
}

/**
 * Schema versions, oldest first. Append-only: a released version is never edited,
 * a change adds a new entry (with an upgrade function when data must move).
 */
export const SCHEMA_VERSIONS: readonly { version: number; stores: Record<string, string> }[] = [
  {
    version: 1,
    stores: {
      targets: 'code, &[year+unit+scope+name], [unit+year], year',
      budgets: 'id, [unit+year], year',
      actuals: '[indicatorCode+quarter], indicatorCode, [unit+year], [unit+year+quarter], batchId',
      spending: '[budgetId+quarter], budgetId, [unit+year], [unit+year+quarter], batchId',
      batches: '++id, importedAt, kind',
      settings: 'key',
    },
  },
  {
    // Undo: every row an import writes keeps its previous state here.
    version: 2,
    stores: { changes: '++id, batchId' },
  },
]
