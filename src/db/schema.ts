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
  importedAt: number
  /** SHA-256 of the file's bytes, hex; absent for the bundled sample. */
  sha256?: string
  counts: BatchCounts
  sample: boolean
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
]
