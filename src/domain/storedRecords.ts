/**
 * The shapes of what is stored besides the unit-year documents: the import history, what
 * each batch changed, the kept rankings, the settings, and a backup of all of it. The
 * database keeps them, a backup file carries them; neither defines its own.
 */
import type { Rules } from './engine/rules'
import type { FocusWeights } from './focusList'
import type { DataTables, ImportCounts, ImportKind, UnitYearDocument, UnitYearKey } from './model'
import type { RectifyItem } from './rectify'
import type { PeriodReview } from './review'

/**
 * What a batch was: a CSV kind; `sample` the bundled seed load, `entry` a period filled in
 * on the page, `adjust` a 目标调整 made on the drill-down; `restore` (a backup restored) and `undo` (batches taken back) are lines of the
 * trail that change nothing themselves; `rules` puts new scoring rules in force (undoable:
 * its before record keeps the rules it replaced); `rectify` changes a unit-year's 整改 items;
 * `review` a unit-period's review (a 审核 file, or a return or approval on the review screen);
 * `parent` sets or clears a unit-year's 主管部门 on the units page.
 */
export type BatchKind =
  | ImportKind
  | 'review'
  | 'sample'
  | 'entry'
  | 'published'
  | 'kept'
  | 'adjust'
  | 'rectify'
  | 'parent'
  | 'restore'
  | 'undo'
  | 'rules'

/** One import (or the sample load): what came in, from where, and when. */
export interface BatchRecord {
  id?: number
  kind: BatchKind
  fileName: string
  /** File size in bytes; absent for the bundled sample. */
  size?: number
  importedAt: number
  /** SHA-256 of the file's bytes, hex; absent for the bundled sample. */
  sha256?: string
  counts: ImportCounts
  sample: boolean
  /** When it was undone: an undone batch stays in the history, marked 已撤销. */
  undoneAt?: number
  /** Who undid it, when the app knows (the 填报人 setting). */
  undoneBy?: string
  /** Who made it, when the app knows (the 填报人 setting); for an undo, who was asked and named. */
  by?: string
  /** Why, when given: the reason typed for an undo. */
  reason?: string
  /** The first batch of the same commit (a workbook's forms): they are undone together. */
  commitOf?: number
}

/**
 * Parts of a document as they were: some of its tables and, when a batch changed them, its
 * 主管部门 (null: it had none), its 整改 items (empty: none) and its reviews (empty: none).
 */
export type DocumentParts = Partial<DataTables> & {
  readonly parent?: string | null
  readonly rectify?: readonly RectifyItem[]
  readonly review?: readonly PeriodReview[]
}

/**
 * What a batch changed, as it was before: per document it touched, the tables it wrote
 * (their rows as they were) and the 主管部门 it replaced, or null when the batch created the document. Undo puts
 * these back; they stay after an undo, as the trail of what the batch did.
 */
export interface BatchBeforeRecord {
  batchId: number
  documents: { key: UnitYearKey; parts: DocumentParts | null }[]
  /** For a change of rules: the rules it replaced (null: the defaults were in force). */
  rules?: Rules | null
}

/** Everything stored: the documents and the import history with what each batch changed (what a backup holds). */
export interface BackupData {
  documents: UnitYearDocument[]
  batches: BatchRecord[]
  before: BatchBeforeRecord[]
  /** The scoring rules in force and the named presets; absent in backups made before rules could be set (then the defaults). */
  rules?: Rules
  rulePresets?: Rules[]
  /** The 重点监控 weights; absent when never set (the defaults) or in a backup older than them. */
  focusWeights?: FocusWeights
}

/** A year's ranking, as computed by the engine of `version`; every write clears the table. */
export interface StandingsRecord {
  year: number
  /** The engine's version (a hash of its source; older rows hold a number and never match). */
  version: string | number
  standings: unknown[]
}

/** A remembered preference or view state, by key. */
export interface SettingRecord {
  key: string
  value: unknown
}
