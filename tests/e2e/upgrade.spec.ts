import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { BrowserContext, Page } from '@playwright/test'
import { expect, test } from './fixtures'

const DB_NAME = 'jixiao-board'
const UNITS = 1_000
const INDICATORS = 30

/** The stores of schema versions 1–6, as that release declared them (src/db/schema.ts). */
const V6_STORES: Record<string, string | null>[] = [
  {
    targets: 'code, &[year+unit+scope+name], [unit+year], year',
    budgets: 'id, [unit+year], year',
    actuals: '[indicatorCode+quarter], indicatorCode, [unit+year], [unit+year+quarter], batchId',
    spending: '[budgetId+quarter], budgetId, [unit+year], [unit+year+quarter], batchId',
    batches: '++id, importedAt, kind',
    settings: 'key',
  },
  { changes: '++id, batchId' },
  {
    actuals: '[indicatorCode+quarter], [unit+year+quarter], year',
    spending: '[budgetId+quarter], [unit+year+quarter], year',
    unitYears: '[unit+year]',
  },
  {
    targets: 'code, &[year+unit+scope+name]',
    budgets: 'id, [year+unit]',
    actuals: '[indicatorCode+quarter], [year+unit+quarter]',
    spending: '[budgetId+quarter], [year+unit+quarter]',
    standings: 'year',
  },
  {
    targets: null,
    actuals: null,
    targetsMoving: '[year+unit+scope+name], &code',
    actualsMoving: '[year+unit+indicatorCode+quarter]',
  },
  {
    targets: '[year+unit+scope+name], &code',
    actuals: '[year+unit+indicatorCode+quarter]',
    targetsMoving: null,
    actualsMoving: null,
  },
]

/**
 * Writes a database as the previous release (schema v6) left it: 1,000 units with 30
 * indicators each and values for three quarters (90,000), from two imports with their
 * undo records. Written through Dexie in a page of the app's origin that does not run the app.
 */
async function storeVersion6(context: BrowserContext): Promise<void> {
  const page = await context.newPage()
  await page.goto('./favicon.svg')
  // An SVG document has no <head> for a script tag: Dexie's UMD build is evaluated instead.
  await page.evaluate(readFileSync(createRequire(import.meta.url).resolve('dexie/dist/dexie.js'), 'utf8'))
  await page.evaluate(
    async ({ name, stores, units, indicators }) => {
      const Dexie = (
        window as unknown as {
          Dexie: new (name: string) => {
            version(n: number): { stores(s: object): void }
            table(n: string): { bulkAdd(rows: object[]): Promise<unknown> }
            open(): Promise<unknown>
            close(): void
          }
        }
      ).Dexie
      const db = new Dexie(name)
      stores.forEach((s, i) => db.version(i + 1).stores(s))
      await db.open()
      const targets: object[] = []
      const actuals: object[] = []
      for (let u = 0; u < units; u++) {
        const unit = `升级测试单位${String(u).padStart(4, '0')}`
        for (let i = 0; i < indicators; i++) {
          const code = `T${u}-${i}`
          targets.push({
            code,
            year: 2024,
            unit,
            scope: '部门整体',
            level1: '产出指标',
            level2: '数量指标',
            name: `指标${i}`,
            targetText: '≥12个',
            position: i + 2,
            batchId: 1,
          })
          for (const quarter of [1, 2, 3])
            actuals.push({
              indicatorCode: code,
              quarter,
              year: 2024,
              unit,
              scope: '部门整体',
              actualText: `${quarter * 3}个`,
              sample: false,
              batchId: 2,
            })
        }
      }
      const counts = (added: number) => ({ added, updated: 0, unchanged: 0, skipped: 0 })
      await db.table('targets').bulkAdd(targets)
      await db.table('actuals').bulkAdd(actuals)
      await db.table('batches').bulkAdd([
        {
          id: 1,
          kind: 'targets',
          fileName: '目标.csv',
          importedAt: 1_700_000_000_000,
          counts: counts(targets.length),
          sample: false,
        },
        {
          id: 2,
          kind: 'actuals',
          fileName: '前三季度.csv',
          importedAt: 1_700_000_001_000,
          counts: counts(actuals.length),
          sample: false,
        },
      ])
      const key = (row: Record<string, unknown>, parts: string[]) => parts.map((p) => row[p])
      await db.table('changes').bulkAdd([
        {
          batchId: 1,
          table: 'targets',
          added: targets.map((t) => key(t as Record<string, unknown>, ['year', 'unit', 'scope', 'name'])),
          replaced: [],
        },
        {
          batchId: 2,
          table: 'actuals',
          added: actuals.map((a) => key(a as Record<string, unknown>, ['year', 'unit', 'indicatorCode', 'quarter'])),
          replaced: [],
        },
      ])
      // The app's first start would otherwise seed the sample over an empty-looking store.
      await db.table('settings').bulkAdd([{ key: 'firstStartAt', value: 1_700_000_000_000 }])
      db.close()
    },
    { name: DB_NAME, stores: V6_STORES, units: UNITS, indicators: INDICATORS },
  )
  await page.close()
}

/** The data page's counts once the app is ready. */
async function expectUpgradedCounts(page: Page): Promise<void> {
  await expect(page.getByTestId('page-title')).toBeVisible({ timeout: 60_000 })
  await page.goto('./#/data')
  await expect(page.getByTestId('table-counts')).toContainText('30000', { timeout: 30_000 })
  await expect(page.getByTestId('table-counts')).toContainText('90000')
}

test('a database of the previous release is upgraded on first opening, saying so, with every row and undo', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000)
  await storeVersion6(context)
  await page.goto('./#/units?year=2024')
  await expect(page.getByText('正在升级本地数据…')).toBeVisible()
  await expect(page.getByTestId('unit-row').first()).toBeVisible({ timeout: 60_000 })
  await expectUpgradedCounts(page)
  // A value of the upgraded data, as of month 9 (第3季度): 9 of 12 at t = 3/4 is on pace.
  await page.goto(`./#/?unit=${encodeURIComponent('升级测试单位0007')}&year=2024&q=3`)
  await expect(page.getByTestId('indicator-count')).toContainText('30')
  // The second import's undo record became its documents as they were: undo leaves the targets.
  await page.goto('./#/import')
  const history = page.getByTestId('import-history').locator('tbody tr')
  await expect(history).toHaveCount(2)
  await history.filter({ hasText: '前三季度.csv' }).getByTestId('import-undo').click()
  await page.getByTestId('undo-confirm').click()
  await expect(page.getByText('已撤销：前三季度.csv')).toBeVisible({ timeout: 30_000 })
  // The trail keeps the undone import, marked, with no second undo, and the undo as a line of its own.
  await expect(history).toHaveCount(3)
  await expect(history.filter({ hasText: '前三季度.csv' }).getByTestId('import-undone')).toHaveText('已撤销')
  await expect(history.filter({ hasText: '前三季度.csv' }).getByTestId('import-undo')).toHaveCount(0)
  await page.goto('./#/data')
  const counts = page.getByTestId('table-counts').locator('tbody tr')
  await expect(counts.filter({ hasText: '绩效目标' })).toContainText('30000')
  await expect(counts.filter({ hasText: '实际完成' })).toContainText('0')
})

test('a reload in the middle of the upgrade leaves the old database, upgraded whole on the next opening', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000)
  await storeVersion6(context)
  await page.goto('./#/')
  await expect(page.getByText('正在升级本地数据…')).toBeVisible()
  await page.reload()
  // The upgrade transaction was aborted with the page: the next opening upgrades again, from v6.
  await expect(page.getByText('正在升级本地数据…')).toBeVisible()
  await expectUpgradedCounts(page)
})

test('a tab of the previous release closes its connection and the upgrade in this tab goes through', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000)
  await storeVersion6(context)
  // The previous release, open in another tab, closes its connection when a newer schema asks (as it did).
  const old = await context.newPage()
  await old.goto('./favicon.svg')
  await old.evaluate(
    (name) =>
      new Promise<void>((resolve) => {
        const request = indexedDB.open(name)
        request.onsuccess = () => {
          const connection = request.result
          connection.onversionchange = () => {
            ;(window as unknown as { toldToClose: boolean }).toldToClose = true
            connection.close()
          }
          resolve()
        }
      }),
    DB_NAME,
  )
  await page.goto('./#/')
  await expectUpgradedCounts(page)
  expect(await old.evaluate(() => (window as unknown as { toldToClose?: boolean }).toldToClose)).toBe(true)
  await old.close()
})
