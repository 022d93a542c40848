import type { BackupContents } from '@/domain/legacyRecords'
import type { DataTableName } from '@/domain/model'
import { TABLE_NAMES } from '@/domain/kindNames'

/** The marker a backup file carries, so that no other JSON is taken for one. */
export const BACKUP_FORMAT = 'jixiao-board-backup'
/** The version written. Version 2: one document per unit-year, values by month, each batch's documents as they were before it. */
export const BACKUP_VERSION = 2

/** The Chinese name of every table a backup holds, for its messages. */
export const BACKUP_TABLE_NAMES: Record<DataTableName | 'batches' | 'changes' | 'documents' | 'before', string> = {
  ...TABLE_NAMES,
  batches: '导入记录',
  changes: '撤销记录',
  documents: '单位年度数据',
  before: '撤销记录',
}

/** What reading a backup file gives: its contents, or at most 20 errors in Chinese. */
export type BackupParse = { ok: true; data: BackupContents } | { ok: false; errors: string[] }
