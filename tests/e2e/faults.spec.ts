import type { Page, Worker } from '@playwright/test'
import { expect, open, test } from './fixtures'

const DB_NAME = 'jixiao-board'
const TABLES = ['targets', 'budgets', 'actuals', 'spending'] as const
type Counts = Record<(typeof TABLES)[number] | 'documents' | 'batches', number>

/** Rows per table (summed over the unit-year documents), documents and batches, read straight from IndexedDB beside the app's own connection. */
function storedCounts(page: Page): Promise<Counts> {
  return page.evaluate(
    ({ name, tables }) =>
      new Promise<Counts>((resolve, reject) => {
        const request = indexedDB.open(name)
        request.onerror = () => reject(request.error)
        request.onsuccess = () => {
          const db = request.result
          const tx = db.transaction(['documents', 'batches'], 'readonly')
          const counts = { targets: 0, budgets: 0, actuals: 0, spending: 0, documents: 0, batches: 0 }
          const documents = tx.objectStore('documents').getAll()
          documents.onsuccess = () => {
            counts.documents = documents.result.length
            for (const document of documents.result) for (const table of tables) counts[table] += document[table].length
          }
          const batches = tx.objectStore('batches').count()
          batches.onsuccess = () => (counts.batches = batches.result)
          tx.oncomplete = () => {
            db.close()
            resolve(counts)
          }
        }
      }),
    { name: DB_NAME, tables: TABLES },
  )
}

/** Targets and Q1 actuals of `n` indicators, spread over `units` new units: one large import. */
function largeImport(n: number, unit = '压力测试单位', units = 1) {
  const targets = ['年度,单位,类别,一级指标,二级指标,三级指标,指标值']
  const actuals = ['年度,单位,类别,三级指标,季度,实际值,偏差原因']
  for (let i = 1; i <= n; i++) {
    const name = units === 1 ? unit : `${unit}${i % units}`
    targets.push(`2024,${name},部门整体,产出指标,数量指标,指标${i},≥${i}个`)
    actuals.push(`2024,${name},部门整体,指标${i},1,${i}个,进度说明第${i}条`)
  }
  const file = (name: string, lines: string[]) => ({
    name,
    mimeType: 'text/csv',
    buffer: Buffer.from(lines.join('\n'), 'utf8'),
  })
  return [file('大量目标.csv', targets), file('大量实际.csv', actuals)]
}

/** Drops files on the import screen and waits until the plan can be committed. */
async function readyToCommit(page: Page, files: ReturnType<typeof largeImport>): Promise<void> {
  await page.getByTestId('import-input').setInputFiles(files)
  await expect(page.getByTestId('import-errors')).toContainText('未发现问题', { timeout: 30_000 })
  await expect(page.getByTestId('import-commit')).toBeEnabled()
}

/** The import worker, where imports are checked and written. */
async function importWorker(page: Page): Promise<Worker> {
  await expect.poll(() => page.workers().some((w) => w.url().includes('importWorker'))).toBe(true)
  return page.workers().find((w) => w.url().includes('importWorker'))!
}

/**
 * Instruments the import worker's IndexedDB writes (documents, history, catalog): counts
 * them, and can make the store run out of space after a number of further writes, as a full disk does
 * mid-transaction (the write fails with QuotaExceededError). Headless Chromium's
 * in-memory profiles do not enforce a CDP quota override, so the fault is injected here.
 */
async function instrumentWrites(page: Page): Promise<Worker> {
  const worker = await importWorker(page)
  await worker.evaluate(() => {
    const scope = self as unknown as WriteProbe
    scope.__rowsWritten = 0
    scope.__rowsUntilFull = null
    for (const method of ['put', 'add'] as const) {
      const original = IDBObjectStore.prototype[method]
      IDBObjectStore.prototype[method] = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
        if (this.name === 'settings') return original.apply(this, args)
        if (scope.__rowsUntilFull != null && scope.__rowsUntilFull-- <= 0) {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
        }
        scope.__rowsWritten += 1
        return original.apply(this, args)
      }
    }
  })
  return worker
}

interface WriteProbe {
  __rowsWritten: number
  __rowsUntilFull: number | null
}

const setRowsUntilFull = (worker: Worker, rows: number | null) =>
  worker.evaluate((n) => ((self as unknown as WriteProbe).__rowsUntilFull = n), rows)
const rowsWritten = (worker: Worker) => worker.evaluate(() => (self as unknown as WriteProbe).__rowsWritten)

test('a reload in the middle of a large commit leaves the store wholly old or wholly new', async ({ page }) => {
  test.setTimeout(90_000)
  // Spread over 2,000 units: the commit writes 2,000 documents, in slices.
  const n = 20_000
  await open(page, '#/import')
  const before = await storedCounts(page)
  await readyToCommit(page, largeImport(n, '压力测试单位', 2_000))
  const worker = await instrumentWrites(page)
  await page.getByTestId('import-commit').click()
  await expect(page.getByText('正在写入…')).toBeVisible()
  // Reload once the transaction has put hundreds of documents but not all of them.
  await expect.poll(() => rowsWritten(worker), { intervals: [20] }).toBeGreaterThanOrEqual(400)
  await page.reload()
  await expect(page.getByTestId('page-title')).toBeVisible()

  const after = await storedCounts(page)
  const old = { ...before }
  const whole = {
    ...before,
    targets: before.targets + n,
    actuals: before.actuals + n,
    documents: before.documents + 2_000,
    batches: before.batches + 2,
  }
  expect([old, whole]).toContainEqual(after)
  // Rows were already put when the page went away: only an aborted transaction leaves none of them.
  expect(after).toEqual(old)
  // The app agrees with the database, and the same files can be imported afterwards.
  await page.getByTestId('nav-data').click()
  await expect(page.getByTestId('table-counts')).toContainText(String(after.targets))
})

test('a second tab that upgrades the schema is never blocked; this tab stops writing and says why', async ({
  page,
  context,
}) => {
  await open(page, '#/import')
  const before = await storedCounts(page)
  // An import is checked and ready when the other tab upgrades.
  await readyToCommit(page, largeImport(3, '升级后单位'))

  const other = await context.newPage()
  await other.goto('./favicon.svg')
  const upgraded = await other.evaluate(
    (name) =>
      new Promise<string>((resolve) => {
        const probe = indexedDB.open(name)
        probe.onsuccess = () => {
          const version = probe.result.version
          probe.result.close()
          const request = indexedDB.open(name, version + 1)
          request.onupgradeneeded = () => request.result.createObjectStore('fromNewerRelease')
          request.onsuccess = () => {
            request.result.close()
            resolve('upgraded')
          }
          request.onblocked = () => resolve('blocked')
          request.onerror = () => resolve(`error: ${request.error?.name}`)
        }
      }),
    DB_NAME,
  )
  expect(upgraded).toBe('upgraded')
  await other.close()

  await expect(page.getByTestId('upgraded-elsewhere')).toContainText('另一个标签页')
  await page.getByTestId('import-commit').click()
  await expect(page.getByTestId('import-error')).toContainText(
    '数据库已在另一个标签页中升级或关闭。本次操作未保存任何数据',
  )
  // New files are refused the same way, and nothing was written by either attempt.
  await page.getByTestId('import-input').setInputFiles(largeImport(2, '又一个单位').slice(0, 1))
  await expect(page.getByTestId('import-error')).toContainText('请刷新页面后重试')
  expect(await storedCounts(page)).toEqual(before)
})

test('a full disk during a commit gives a clear message and writes nothing', async ({ page }) => {
  test.setTimeout(90_000)
  await open(page, '#/import')
  const before = await storedCounts(page)
  await readyToCommit(page, largeImport(5_000, '压力测试单位', 1_000))
  // The rows stay in the worker: the page previews the first ones and says so.
  await expect(page.getByTestId('import-preview-more').first()).toHaveText(
    '仅预览前 500 行，共 5000 行；校验和导入针对全部行',
  )
  const worker = await instrumentWrites(page)

  // Space runs out after 700 of the 1,000 documents (and the history) are written.
  await setRowsUntilFull(worker, 704)
  await page.getByTestId('import-commit').click()
  await expect(page.getByTestId('import-error')).toContainText('浏览器存储空间不足')
  await expect(page.getByTestId('import-error')).toContainText('本次操作未保存任何数据')
  expect(await storedCounts(page)).toEqual(before)

  // Once space is freed the same import goes through.
  await setRowsUntilFull(worker, null)
  await page.getByTestId('import-commit').click()
  await expect(page.getByTestId('import-done')).toContainText('新增 10000 条')
  expect((await storedCounts(page)).targets).toBe(before.targets + 5_000)
})
