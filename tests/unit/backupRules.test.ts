/** The scoring rules travel with a backup: written, checked, restored, and a backup from before rules means the defaults. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { JixiaoDatabase } from '@/db/database'
import { DatasetRepository } from '@/db/datasetRepository'
import { ImportRepository } from '@/db/importRepository'
import { RulesRepository } from '@/db/rulesRepository'
import { DEFAULT_RULES, type Rules } from '@/domain/engine/rules'
import { buildBackup } from '@/io/backupWrite'
import { parseBackup } from '@/io/backupRead'

const JIANGXI: Rules = { name: '江西省', values: { ...DEFAULT_RULES.values, gradeYou: 85, gradeLiang: 75 } }
const STRICT: Rules = { name: '从严', values: { ...DEFAULT_RULES.values, paceGreen: 0.9 } }

let db: JixiaoDatabase
let data: DatasetRepository
let rules: RulesRepository
let n = 0

beforeEach(async () => {
  db = new JixiaoDatabase(`backup-rules-test-${++n}`)
  await db.open()
  data = new DatasetRepository(db)
  rules = new RulesRepository(db)
})
afterEach(() => db.delete())

const parsed = (text: string) => {
  const read = parseBackup(text)
  if (!read.ok) throw new Error(read.errors.join('\n'))
  return read.data
}

describe('rules in a backup', () => {
  it('are written with the data and restored with it, their change still undoable', async () => {
    await rules.savePreset(STRICT)
    const changed = (await rules.change(JIANGXI))!
    const text = buildBackup(await data.exportAll())
    await rules.change(DEFAULT_RULES)
    await rules.deletePreset('从严')
    await data.restoreAll(parsed(text))
    expect([await rules.current(), await rules.presets()]).toEqual([JIANGXI, [STRICT]])
    await new ImportRepository(db).undo(changed)
    expect(await rules.current()).toEqual(DEFAULT_RULES)
  })

  it('a backup made before rules could be set restores the defaults, and keeps the presets here', async () => {
    await rules.savePreset(STRICT)
    const before = JSON.parse(buildBackup(await data.exportAll())) as Record<string, unknown>
    delete before.rules
    delete before.rulePresets
    await rules.change(JIANGXI)
    await data.restoreAll(parsed(JSON.stringify(before)))
    expect([await rules.current(), await rules.presets()]).toEqual([DEFAULT_RULES, [STRICT]])
  })

  it('a backup whose rules are not whole is refused, saying so', async () => {
    const file = JSON.parse(buildBackup(await data.exportAll())) as Record<string, unknown>
    const refused = (patch: Record<string, unknown>) => {
      const read = parseBackup(JSON.stringify({ ...file, ...patch }))
      return read.ok ? [] : read.errors
    }
    expect(refused({ rules: { name: '坏', values: { gradeYou: '85' } } })).toEqual([
      '备份文件中的“评分规则”无效：每个阈值都应是数字',
    ])
    expect(refused({ rulePresets: [JIANGXI, { name: '' }] })).toEqual([
      '备份文件中的“评分规则预设”无效：每个预设都应有名称和数字阈值',
    ])
    expect(refused({ before: [{ batchId: 1, documents: [], rules: { name: 'x' } }] })).toEqual([
      '“撤销记录”第 1 条：字段 rules 无效',
    ])
  })
})
