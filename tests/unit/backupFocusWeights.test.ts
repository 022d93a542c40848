/** The 重点监控 weights travel with a backup: written, checked, restored; a backup without them means the defaults. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { JixiaoDatabase } from '@/db/database'
import { DatasetRepository } from '@/db/datasetRepository'
import { FOCUS_WEIGHTS_KEY, SettingsRepository } from '@/db/settingsRepository'
import { buildBackup } from '@/io/backupWrite'
import { parseBackup } from '@/io/backupRead'

const LAG_FIRST = { budget: 10, behind: 60, red: 20, overdue: 10 }

let db: JixiaoDatabase
let data: DatasetRepository
let settings: SettingsRepository
let n = 0

beforeEach(async () => {
  db = new JixiaoDatabase(`backup-focus-test-${++n}`)
  await db.open()
  data = new DatasetRepository(db)
  settings = new SettingsRepository(db)
})
afterEach(() => db.delete())

const parsed = (text: string) => {
  const read = parseBackup(text)
  if (!read.ok) throw new Error(read.errors.join('\n'))
  return read.data
}

describe('重点监控 weights in a backup', () => {
  it('are written with the data and put back by a restore', async () => {
    await settings.set(FOCUS_WEIGHTS_KEY, LAG_FIRST)
    const text = buildBackup(await data.exportAll())
    expect((JSON.parse(text) as Record<string, unknown>).focusWeights).toEqual(LAG_FIRST)
    await settings.set(FOCUS_WEIGHTS_KEY, { budget: 1, behind: 1, red: 1, overdue: 1 })
    await data.restoreAll(parsed(text))
    expect(await settings.get(FOCUS_WEIGHTS_KEY)).toEqual(LAG_FIRST)
  })

  it('are left out while never set, and a backup without them restores the defaults', async () => {
    const text = buildBackup(await data.exportAll())
    expect('focusWeights' in (JSON.parse(text) as Record<string, unknown>)).toBe(false)
    await settings.set(FOCUS_WEIGHTS_KEY, LAG_FIRST)
    await data.restoreAll(parsed(text))
    expect(await settings.get(FOCUS_WEIGHTS_KEY)).toBeUndefined()
  })

  it('that cannot be used refuse the backup, saying so', async () => {
    const file = JSON.parse(buildBackup(await data.exportAll())) as Record<string, unknown>
    const errors = (focusWeights: unknown) => {
      const read = parseBackup(JSON.stringify({ ...file, focusWeights }))
      return read.ok ? [] : read.errors
    }
    const refusal = ['备份文件中的“重点监控权重”无效：四项权重都应是不小于 0 的数，且不全为 0']
    expect(errors({ budget: 0, behind: 0, red: 0, overdue: 0 })).toEqual(refusal)
    expect(errors({ ...LAG_FIRST, red: -5 })).toEqual(refusal)
    expect(errors({ ...LAG_FIRST, red: '20' })).toEqual(refusal)
    expect(errors(LAG_FIRST)).toEqual([])
  })
})
