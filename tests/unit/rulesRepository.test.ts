/** The rules in force as lines of the trail: changed in one transaction, undone exactly, presets by name. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { JixiaoDatabase } from '@/db/database'
import { ImportRepository } from '@/db/importRepository'
import { RulesRepository } from '@/db/rulesRepository'
import { DEFAULT_RULES, type Rules } from '@/domain/engine/rules'
import { planImport } from '@/io/importPlan'
import { parseCsvText } from '@/io/parseCsv'
import { csv } from './fixtures'

const JIANGXI: Rules = {
  name: '江西省',
  values: { ...DEFAULT_RULES.values, gradeYou: 85, gradeLiang: 75, paceYellow: 0.7 },
}
const STRICT: Rules = { name: '从严', values: { ...DEFAULT_RULES.values, paceGreen: 0.9 } }

let db: JixiaoDatabase
let rules: RulesRepository
let imports: ImportRepository
let n = 0

beforeEach(async () => {
  db = new JixiaoDatabase(`rules-test-${++n}`)
  await db.open()
  rules = new RulesRepository(db)
  imports = new ImportRepository(db)
})
afterEach(() => db.delete())

describe('the rules in force', () => {
  it('are the defaults until changed; a change is a line of the trail with who and from what', async () => {
    expect(await rules.current()).toEqual(DEFAULT_RULES)
    const batchId = await rules.change(JIANGXI, { at: 1_700_000_000_000, by: '张三' })
    expect(await rules.current()).toEqual(JIANGXI)
    expect(await imports.history()).toEqual([
      {
        id: batchId,
        kind: 'rules',
        fileName: '财政部默认 → 江西省',
        importedAt: 1_700_000_000_000,
        counts: { added: 0, updated: 1, unchanged: 0, skipped: 0 },
        sample: false,
        by: '张三',
      },
    ])
    expect(await rules.change(JIANGXI)).toBeNull()
  })

  it('undone, the rules they replaced are in force again, and the change stays listed as undone', async () => {
    const first = (await rules.change(JIANGXI))!
    const second = (await rules.change(STRICT))!
    await imports.undo(second, 1_800_000_000_000, '李四')
    expect(await rules.current()).toEqual(JIANGXI)
    await imports.undo(first)
    expect(await rules.current()).toEqual(DEFAULT_RULES)
    expect(await db.settings.get('rules')).toBeUndefined()
    const history = await imports.history()
    expect(history.filter((b) => b.kind === 'rules').map((b) => [b.fileName, b.undoneAt !== undefined])).toEqual([
      ['江西省 → 从严', true],
      ['财政部默认 → 江西省', true],
    ])
    expect(history.filter((b) => b.kind === 'undo')).toHaveLength(2)
  })

  it('undoing a change of rules takes back what came after it, an import included, in one step', async () => {
    const changed = (await rules.change(JIANGXI))!
    const targets = parseCsvText(
      csv([
        ['年度', '单位', '类别', '一级指标', '二级指标', '三级指标', '指标值'],
        ['2024', '测试局', '部门整体', '产出指标', '数量指标', '培训次数', '≥4次'],
      ]),
      't.csv',
    )
    await imports.commit(planImport([targets], { targets: [], budgets: [], actuals: [], spending: [] }), [
      { fileName: 't.csv', kind: 'targets', sha256: 'x', size: 1 },
    ])
    const undone = await imports.undo(changed)
    expect(undone.map((b) => b.fileName)).toEqual(['t.csv', '财政部默认 → 江西省'])
    expect([await rules.current(), await db.documents.count()]).toEqual([DEFAULT_RULES, 0])
  })
})

describe('presets', () => {
  it("are kept by name, a name saved again replaced, and the defaults' name refused", async () => {
    await rules.savePreset(JIANGXI)
    await rules.savePreset(STRICT)
    expect(await rules.savePreset({ ...JIANGXI, values: { ...JIANGXI.values, gradeZhong: 65 } })).toEqual([
      { ...JIANGXI, values: { ...JIANGXI.values, gradeZhong: 65 } },
      STRICT,
    ])
    await expect(rules.savePreset({ ...JIANGXI, name: '财政部默认' })).rejects.toMatchObject({ name: 'presetReserved' })
    expect((await rules.deletePreset('江西省')).map((p) => p.name)).toEqual(['从严'])
  })

  it('read back only what is whole: a preset with a value missing is passed over', async () => {
    await db.settings.put({ key: 'rulePresets', value: [JIANGXI, { name: '坏', values: { gradeYou: 90 } }, 'x'] })
    await db.settings.put({ key: 'rules', value: { name: '坏', values: {} } })
    expect([await rules.presets(), await rules.current()]).toEqual([[JIANGXI], DEFAULT_RULES])
  })
})
