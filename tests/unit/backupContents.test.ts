import { describe, expect, it } from 'vitest'
import { isVersion1, type Version1Backup } from '@/domain/legacyRecords'
import type { BackupData } from '@/domain/storedRecords'
import { backupOf } from '@/db/legacy'
import { legacyActual, target, UNIT } from './fixtures'

const today: BackupData = { documents: [], batches: [], before: [] }
const meetings = target('会议次数', { code: 'T1' })
const version1: Version1Backup = {
  targets: [meetings],
  budgets: [],
  actuals: [legacyActual(meetings, 2, '5次')],
  spending: [],
  batches: [
    {
      id: 1,
      kind: 'targets',
      fileName: 't.csv',
      importedAt: 1,
      counts: { added: 1, updated: 0, unchanged: 0, skipped: 0 },
      sample: false,
    },
  ],
  changes: [{ id: 1, batchId: 1, table: 'targets', added: [meetings.code], replaced: [] }],
}

describe('backup contents', () => {
  it("tell a version 1 file's tables from today's documents", () => {
    expect(isVersion1(today)).toBe(false)
    expect(isVersion1(version1)).toBe(true)
  })

  it("give today's form as it is, and a version 1 file's tables as documents with what each batch changed", () => {
    expect(backupOf(today)).toBe(today)
    const data = backupOf(version1)
    expect(data.batches).toBe(version1.batches)
    const { quarter: _quarter, ...value } = version1.actuals[0]!
    expect(data.documents).toEqual([
      { year: 2024, unit: UNIT, targets: [meetings], budgets: [], actuals: [{ ...value, month: 6 }], spending: [] },
    ])
    // The target, named by its code as before schema v6, is found again: before batch 1 the document had no targets.
    expect(data.before).toEqual([{ batchId: 1, documents: [{ key: [2024, UNIT], parts: { targets: [] } }] }])
  })
})
