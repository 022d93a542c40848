import { decodeDocument } from '@/db/storedForm'
import Dexie from 'dexie'
import { describe, expect, it } from 'vitest'
// @ts-expect-error -- a plain ES module script without type declarations
import { generate } from '../../scripts/generate-data.mjs'
import { CatalogRepository } from '@/db/catalogRepository'
import { JixiaoDatabase } from '@/db/database'
import { ImportRepository } from '@/db/importRepository'
import { SCHEMA_VERSIONS } from '@/db/schema'
import type { BatchRecord } from '@/domain/storedRecords'
import type { ChangeRecord } from '@/domain/legacyRecords'
import { DATA_TABLE_NAMES, datasetOf, type DataTableName, type Dataset } from '@/domain/model'
import { joinKey } from '@/domain/keys'
import type { ActualRecord, SpendingRecord } from '@/domain/records'
import { planImport } from '@/io/importPlan'
import { parseCsvText } from '@/io/parseCsv'

type Files = Record<'targets' | 'budget' | 'actuals' | 'spending', string[]>

/** The city of the benchmark: 200 units, 30 indicators, 3 years, values for three quarters. */
function cityRows(): Dataset {
  const files = generate({ units: 200, indicators: 30, years: 3, quarters: [1, 2, 3] }) as Files
  const parsed = (Object.keys(files) as (keyof Files)[]).map((kind) =>
    parseCsvText(files[kind].join('\n') + '\n', `${kind}.csv`),
  )
  const plan = planImport(parsed, { targets: [], budgets: [], actuals: [], spending: [] })
  expect(plan.problems).toEqual([])
  const rows: Dataset = { targets: [], budgets: [], actuals: [], spending: [] }
  for (const row of plan.rows) (rows[row.table] as object[]).push(row.record)
  return rows
}

/** A row as schema v6 stored it: values by quarter, stamped with their batch. */
function legacy(table: DataTableName, row: object, batchId: number): object {
  if (table !== 'actuals' && table !== 'spending') return { ...row, batchId }
  const { month, byMonth: _byMonth, ...rest } = row as ActualRecord | SpendingRecord
  return { ...rest, quarter: month / 3, batchId }
}

/** A row's primary key in schema v6. */
function legacyKey(table: DataTableName, row: Record<string, unknown>): (string | number)[] | string {
  if (table === 'targets') return [row.year as number, row.unit as string, row.scope as string, row.name as string]
  if (table === 'budgets') return row.id as string
  if (table === 'actuals')
    return [row.year as number, row.unit as string, row.indicatorCode as string, row.quarter as number]
  return [row.budgetId as string, row.quarter as number]
}

/** Each table's rows as one sorted text, so that two sets compare whatever their order (and quickly). */
function canonical(data: Dataset): Record<DataTableName, string> {
  const keyOf: Record<DataTableName, (row: never) => string> = {
    targets: (t: Dataset['targets'][number]) => t.code,
    budgets: (b: Dataset['budgets'][number]) => b.id,
    actuals: (a: Dataset['actuals'][number]) => joinKey(a.year, a.unit, a.indicatorCode, a.month),
    spending: (s: Dataset['spending'][number]) => joinKey(s.budgetId, s.month),
  }
  const text = (table: DataTableName) =>
    (data[table] as never[])
      .map((row) => `${keyOf[table](row)}=${JSON.stringify(row, Object.keys(row).sort())}`)
      .sort()
      .join('\n')
  return Object.fromEntries(DATA_TABLE_NAMES.map((table) => [table, text(table)])) as Record<DataTableName, string>
}

describe('upgrading a city-sized version 6 database to documents', () => {
  it(
    'keeps every row with its values, and every batch undoes to exactly the state before it',
    { timeout: 120_000 },
    async () => {
      const city = cityRows()
      // Five imports as v6 wrote them: each kind, then a correction of every seventh value.
      const corrected = city.actuals
        .filter((_, i) => i % 7 === 0)
        .map((a) => ({ ...a, actualText: `${a.actualText}（更正）` }))
      const correctedKeys = new Set(corrected.map((a) => joinKey(a.year, a.unit, a.indicatorCode, a.month)))
      const finalActuals = city.actuals.map((a) =>
        correctedKeys.has(joinKey(a.year, a.unit, a.indicatorCode, a.month)) ? corrected.shift()! : a,
      )
      const steps: {
        kind: BatchRecord['kind']
        table: DataTableName
        rows: readonly object[]
        replaced: readonly object[]
      }[] = [
        { kind: 'targets', table: 'targets', rows: city.targets, replaced: [] },
        { kind: 'budget', table: 'budgets', rows: city.budgets, replaced: [] },
        { kind: 'actuals', table: 'actuals', rows: city.actuals, replaced: [] },
        { kind: 'spending', table: 'spending', rows: city.spending, replaced: [] },
        {
          kind: 'actuals',
          table: 'actuals',
          rows: [],
          replaced: city.actuals.filter((a) => correctedKeys.has(joinKey(a.year, a.unit, a.indicatorCode, a.month))),
        },
      ]
      const stateAfter = (n: number): Dataset => ({
        ...city,
        ...(n < 1 && { targets: [] }),
        ...(n < 2 && { budgets: [] }),
        ...(n < 3 && { actuals: [] }),
        ...(n < 4 && { spending: [] }),
        ...(n >= 5 && { actuals: finalActuals }),
      })

      const name = `upgrade-city-${Date.now()}`
      const v6 = new Dexie(name)
      for (const { version, stores } of SCHEMA_VERSIONS.slice(0, 6)) v6.version(version).stores(stores)
      const batches: BatchRecord[] = steps.map((step, i) => ({
        id: i + 1,
        kind: step.kind,
        fileName: `${i + 1}.csv`,
        importedAt: 1_700_000_000_000 + i,
        counts: { added: step.rows.length, updated: step.replaced.length, unchanged: 0, skipped: 0 },
        sample: false,
      }))
      const changes: ChangeRecord[] = steps.map((step, i) => ({
        id: i + 1,
        batchId: i + 1,
        table: step.table,
        added: step.rows.map((row) => legacyKey(step.table, legacy(step.table, row, i + 1) as Record<string, unknown>)),
        replaced: step.replaced.map((row) => legacy(step.table, row, 3)),
      }))
      const final = stateAfter(5)
      const batchOf = (table: DataTableName, row: object) =>
        table === 'actuals' && (row as ActualRecord).actualText.endsWith('（更正）')
          ? 5
          : steps.findIndex((s) => s.table === table) + 1
      for (const table of DATA_TABLE_NAMES)
        await v6.table(table).bulkAdd((final[table] as object[]).map((row) => legacy(table, row, batchOf(table, row))))
      await v6.table('batches').bulkAdd(batches)
      await v6.table('changes').bulkAdd(changes)
      v6.close()

      const db = new JixiaoDatabase(name)
      await db.open()
      const catalog = new CatalogRepository(db)
      // Counts: a document per unit-year, and every row of every table.
      expect(await db.documents.count()).toBe(600)
      expect(await catalog.counts()).toEqual({
        targets: 18_000,
        budgets: city.budgets.length,
        actuals: 54_000,
        spending: city.spending.length,
      })
      // Every row's values.
      const stored = async () => canonical(datasetOf((await db.documents.toArray()).map(decodeDocument)))
      expect(await stored()).toEqual(canonical(final))
      // Every undo record: each batch, newest first, gives back the state before it.
      const imports = new ImportRepository(db)
      for (let id = 5; id >= 1; id--) {
        await imports.undo(id)
        expect(await stored()).toEqual(canonical(stateAfter(id - 1)))
      }
      expect(await db.documents.count()).toBe(0)
      expect((await imports.history()).filter((b) => b.kind !== 'undo').map((b) => b.undoneAt !== undefined)).toEqual([
        true,
        true,
        true,
        true,
        true,
      ])
      await db.delete()
    },
  )
})
