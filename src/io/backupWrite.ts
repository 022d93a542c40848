import type { BackupData } from '@/domain/storedRecords'
import { BACKUP_FORMAT, BACKUP_VERSION } from './backupFormat'

/** Characters that could start a spreadsheet formula, or a cell, if the file were opened as CSV. */
const CELL_HAZARDS = /[=+\-@,;|]/g
const JSON_STRING = /"(?:[^"\\]|\\.)*"/g

/**
 * One JSON file: a marker, a version, the time, the documents and the history. Inside
 * strings, = + - @ , ; and | are written as \u escapes, so a spreadsheet that opens the
 * file as CSV by mistake finds no cell that starts a formula; JSON.parse reads them back exactly.
 */
export function buildBackup(data: BackupData, exportedAt = new Date()): string {
  const json = JSON.stringify({
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: exportedAt.toISOString(),
    ...data,
  })
  return json.replace(JSON_STRING, (token) =>
    token.replace(CELL_HAZARDS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`),
  )
}
