import type { DBCoreMutateRequest, DBCoreTransaction } from 'dexie'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { CatalogRepository } from '@/db/catalogRepository'
import { JixiaoDatabase } from '@/db/database'
import type { DataChange } from '@/db/dataChanges'
import { DatasetRepository } from '@/db/datasetRepository'
import { readDataVersion } from '@/db/dataWrite'
import { ImportRepository } from '@/db/importRepository'
import { RulesRepository } from '@/db/rulesRepository'
import type { BatchRecord } from '@/domain/storedRecords'
import type { ImportedFile } from '@/domain/model'
import { DEFAULT_RULES } from '@/domain/engine/rules'
import { planImport } from '@/io/importPlan'
import { parseCsvText } from '@/io/parseCsv'
import { csv, dataset, target } from './fixtures'

const U = '测试局'
const TARGETS_CSV = csv([
  ['年度', '单位', '类别', '一级指标', '二级指标', '三级指标', '指标值'],
  ['2024', U, '部门整体', '产出指标', '数量指标', '培训次数', '≥4次'],
])
const batch: Omit<BatchRecord, 'id'> = {
  kind: 'sample',
  fileName: 's.csv',
  importedAt: 1_700_000_000_000,
  counts: { added: 0, updated: 0, unchanged: 0, skipped: 0 },
  sample: true,
}
const KEPT_RANKING = { year: 2024, version: 'kept', standings: [{ unit: U }] }

let n = 0
let name: string
let db: JixiaoDatabase
/** What happened, in order: requests written, transactions committed, changes heard. */
let events: string[]
/** Every write request, with the transaction it was made in. */
let writes: { table: string; type: DBCoreMutateRequest['type']; trans: DBCoreTransaction }[]
let heard: DataChange[]

/** A connection to the test's database that records its writes and commits. */
function recordingConnection(): JixiaoDatabase {
  const connection = new JixiaoDatabase(name)
  connection.use({
    stack: 'dbcore',
    name: 'recorder',
    create: (down) => ({
      ...down,
      transaction: (stores, mode, options) => {
        const trans = down.transaction(stores, mode, options)
        if (mode === 'readwrite')
          (trans as unknown as IDBTransaction).addEventListener('complete', () =>
            events.push(`committed ${[...stores].sort().join(',')}`),
          )
        return trans
      },
      table: (tableName) => {
        const table = down.table(tableName)
        return {
          ...table,
          mutate: (request) => {
            writes.push({ table: tableName, type: request.type, trans: request.trans })
            return table.mutate(request)
          },
        }
      },
    }),
  })
  return connection
}

async function importTargets(into = db): Promise<void> {
  const parsed = parseCsvText(TARGETS_CSV, 'targets.csv')
  const plan = planImport([parsed], await new CatalogRepository(into).loadUnitYear(U, 2024))
  const file: ImportedFile = { fileName: 'targets.csv', kind: 'targets', sha256: 'sha', size: 1 }
  await new ImportRepository(into).commit(plan, [file])
}

beforeEach(async () => {
  name = `changes-test-${++n}`
  events = []
  writes = []
  heard = []
  db = recordingConnection()
  await db.open()
  db.changes.listen((change) => {
    heard.push(change)
    events.push('heard')
  })
})
afterEach(() => db.delete())

describe('the data-changed signal', () => {
  it("is announced once per write, to this context's listeners, only after the transaction has committed", async () => {
    await importTargets()
    expect(heard).toEqual([{ version: 1, documents: true, rules: false }])
    expect(events).toEqual(['committed batches,before,catalog,codes,documents,settings,standings', 'heard'])
    await new DatasetRepository(db).clearAll()
    expect(heard.map((change) => change.version)).toEqual([1, 2])
    expect(await readDataVersion(db)).toBe(2)
  })

  it('clears the kept ranking in the same transaction that writes the documents', async () => {
    await db.standings.put(KEPT_RANKING)
    writes = []
    await importTargets()
    const documents = writes.find((w) => w.table === 'documents' && w.type === 'put')
    const ranking = writes.find((w) => w.table === 'standings' && w.type === 'deleteRange')
    expect(documents).toBeDefined()
    expect(ranking?.trans).toBe(documents?.trans)
    expect(await db.standings.count()).toBe(0)
  })

  it('announces nothing, and leaves the kept ranking and the data version, when the transaction aborts', async () => {
    await importTargets()
    await db.standings.put(KEPT_RANKING)
    heard = []
    // A row that cannot be stored: the write fails midway, after the ranking was cleared.
    const broken = dataset({ targets: [{ ...target('坏'), bad: () => 0 } as never] })
    await expect(new DatasetRepository(db).replaceAll(broken, batch)).rejects.toThrow()
    await expect(new ImportRepository(db).undo(999)).rejects.toMatchObject({ name: 'batchGone' })
    expect(writes.some((w) => w.table === 'standings' && w.type === 'deleteRange')).toBe(true)
    expect(heard).toEqual([])
    expect(await db.standings.get(2024)).toEqual(KEPT_RANKING)
    expect(await readDataVersion(db)).toBe(1)
  })

  it('announces nothing for a write that finds nothing to do', async () => {
    const repo = new DatasetRepository(db)
    expect(await repo.seedOnFirstStart(dataset({ targets: [target('甲')] }), batch)).toBe(true)
    expect(await repo.seedOnFirstStart(dataset({ targets: [target('乙')] }), batch)).toBe(false)
    expect(await new RulesRepository(db).change(DEFAULT_RULES)).toBeNull()
    expect(heard).toEqual([{ version: 1, documents: true, rules: false }])
  })

  it('says a change of rules changed the rules, not the documents: the kept ranking stays (it is kept per rules)', async () => {
    await db.standings.put(KEPT_RANKING)
    await new RulesRepository(db).change({ ...DEFAULT_RULES, name: '省厅规则' })
    expect(heard).toEqual([{ version: 0, documents: false, rules: true }])
    expect(await db.standings.get(2024)).toEqual(KEPT_RANKING)
  })

  it("reaches the listeners of another connection (a worker, another tab) through the channel, and this context's only once", async () => {
    const elsewhere = new JixiaoDatabase(name)
    const heardElsewhere: DataChange[] = []
    elsewhere.changes.listen((change) => heardElsewhere.push(change))
    await importTargets()
    await vi.waitFor(() => expect(heardElsewhere).toEqual([{ version: 1, documents: true, rules: false }]))
    // And the other way round: a write there is heard here.
    await new DatasetRepository(elsewhere).clearAll()
    await vi.waitFor(() => expect(heard.map((change) => change.version)).toEqual([1, 2]))
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(heardElsewhere.map((change) => change.version)).toEqual([1, 2])
    expect(heard.map((change) => change.version)).toEqual([1, 2])
    elsewhere.close()
  })

  it('keeps telling the other listeners when one of them fails', async () => {
    const failing = vi.fn(() => {
      throw new Error('listener failed')
    })
    const later = vi.fn()
    // Reported as the platform reports an uncaught error (Node has no reportError).
    const reported = vi.spyOn(console, 'error').mockImplementation(() => {})
    db.changes.listen(failing)
    db.changes.listen(later)
    await importTargets()
    expect(reported).toHaveBeenCalledWith(new Error('listener failed'))
    reported.mockRestore()
    expect(failing).toHaveBeenCalledTimes(1)
    expect(later).toHaveBeenCalledTimes(1)
    expect(heard).toHaveLength(1)
  })
})
