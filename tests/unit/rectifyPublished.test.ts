import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { JixiaoDatabase } from '@/db/database'
import { decodeDocument } from '@/db/storedForm'
import { evaluateUnitYear } from '@/domain/engine/evaluate'
import { DEFAULT_RULES } from '@/domain/engine/rules'
import { rulesLine } from '@/domain/engine/rulesText'
import { officialFileName, officialSheets } from '@/io/official/officialWorkbooks'
import { writeOfficialXlsx } from '@/io/official/writeXlsx'
import { SAMPLE_FILES } from '@/io/sampleFiles'
import { ImportSession } from '@/workers/importSession'
import { U, withItem } from './rectifySample'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { newRectifyItem, withState } from '@/domain/rectify'
import { toCsv } from '@/io/csvWriter'
import { rectifyRows } from '@/io/rectifyCsv'
import { readManifest } from '@/io/publishedManifest'

let db: JixiaoDatabase
let session: ImportSession
let n = 0

beforeEach(async () => {
  db = new JixiaoDatabase(`rectify-published-test-${++n}`)
  await db.open()
  session = new ImportSession(db)
})
afterEach(() => db.delete())

const blob = (name: string, content: string | Uint8Array) =>
  Object.assign(new Blob([typeof content === 'string' ? content : new Uint8Array(content)]), { name })

describe('a published folder holding an exported 绩效监控表', () => {
  it('brings its 整改 items to the unit that syncs it, in the one 发布数据 batch', async () => {
    const data = await withItem()
    const [targets, budget] = SAMPLE_FILES.filter((f) => !f.sample && /^(targets|budget)/.test(f.name))
    await session.read(1, blob(targets!.name, targets!.text))
    await session.read(2, blob(budget!.name, budget!.text))
    await session.check(1, [1, 2])
    await session.commit(1, [
      { fileId: 1, fileName: targets!.name, kind: 'targets', sha256: 'a', size: 1 },
      { fileId: 2, fileName: budget!.name, kind: 'budget', sha256: 'b', size: 1 },
    ])

    const sheets = officialSheets('绩效监控表', evaluateUnitYear(data, 9), data, rulesLine(DEFAULT_RULES))
    const name = officialFileName(U, 2024, '绩效监控表', 'xlsx')
    const read = await session.read(3, blob(name, await writeOfficialXlsx(sheets)))
    const plan = await session.check(2, [3])
    expect([plan.problems, plan.rectifyCounts]).toEqual([[], { added: 1, updated: 0 }])
    const parts = read.summary.parts
      .filter((p) => p.kind)
      .map((p) => ({ fileId: 3, fileName: p.name, kind: p.kind!, sha256: 'c', size: 1 }))
    const result = await session.commit(2, parts, undefined, undefined, { fileName: '发布数据', kind: 'published' })
    expect(result.batchIds).toHaveLength(1)
    const items = decodeDocument((await db.documents.get([2024, U]))!).rectify!
    const [kept] = data.rectify!
    expect(items.map((i) => [i.ref, i.measure, i.owner, i.due, i.light, i.steps.at(-1)])).toEqual([
      [kept!.ref, '加大招商力度', '王明', '2024-12-31', 'red', { state: 'inProgress', date: '2024-10-12' }],
    ])
  })
})

describe('a published folder holding the results export’s 整改事项 file', () => {
  it('is written by npm run publish and brings a budget line’s item, states and days kept', async () => {
    const budget = '年度,单位,类别,预算项目,全年预算数\n2024,乙局,部门整体,公用经费,100\n'
    const made = newRectifyItem(
      {
        year: 2024,
        unit: '乙局',
        scope: '部门整体',
        subject: 'budget',
        ref: 'elsewhere',
        name: '公用经费',
        month: 9,
        light: 'red',
        problem: '执行偏慢',
        measure: '加快支付',
        owner: '赵六',
        due: '2024-12-15',
        result: '',
        date: '2024-10-10',
      },
      [],
    )
    const item = withState(made, 'notNeeded', '2024-11-01', '项目取消')
    const dir = mkdtempSync(join(tmpdir(), 'jx-publish-rectify-'))
    writeFileSync(join(dir, 'budget.csv'), budget)
    writeFileSync(join(dir, '整改事项-20241120.csv'), toCsv(rectifyRows([item], '2024-11-20')))
    execFileSync('node', [
      'scripts/publish.mjs',
      '--out',
      join(dir, 'out'),
      dir + '/budget.csv',
      dir + '/整改事项-20241120.csv',
    ])
    const manifest = readManifest(readFileSync(join(dir, 'out', 'jixiao-manifest.json'), 'utf8'))
    expect(manifest.ok && manifest.manifest.files.map((f) => f.path)).toEqual(['budget.csv', '整改事项-20241120.csv'])

    const published = (name: string) => blob(name, new Uint8Array(readFileSync(join(dir, 'out', name))))
    const reads = [
      await session.read(1, published('budget.csv')),
      await session.read(2, published('整改事项-20241120.csv')),
    ]
    expect(reads.map((r) => r.summary.kind)).toEqual(['budget', 'rectify'])
    const plan = await session.check(1, [1, 2])
    expect([plan.problems, plan.rectifyCounts]).toEqual([[], { added: 1, updated: 0 }])
    const parts = reads.map((r, i) => ({
      fileId: i + 1,
      fileName: r.summary.fileName,
      kind: r.summary.kind!,
      sha256: 'x',
      size: 1,
    }))
    const result = await session.commit(1, parts, undefined, undefined, { fileName: '发布数据', kind: 'published' })
    expect(result.batchIds).toHaveLength(1)
    const document = decodeDocument((await db.documents.get([2024, '乙局']))!)
    expect(document.rectify!.map((i) => [i.subject, i.ref, i.name, i.measure, i.steps])).toEqual([
      [
        'budget',
        document.budgets[0]!.id,
        '公用经费',
        '加快支付',
        [
          { state: 'notStarted', date: '2024-10-10' },
          { state: 'notNeeded', date: '2024-11-01', reason: '项目取消' },
        ],
      ],
    ])
  })
})
