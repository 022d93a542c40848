import fc from 'fast-check'
import iconv from 'iconv-lite'
import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import type { Dataset } from '@/db/datasetRepository'
import { parseActual } from '@/domain/engine/actualParser'
import { parseTargetRecord } from '@/domain/engine/evaluate'
import { deriveBudgetId, deriveIndicatorCode } from '@/domain/indicatorCode'
import { normaliseLevel1 } from '@/domain/levels'
import type { ActualRecord, BudgetRecord, Quarter, SpendingRecord, TargetRecord } from '@/domain/records'
import { CSV_COLUMNS, type CsvKind } from '@/io/csvKinds'
import { datasetCsvFiles } from '@/io/datasetCsv'
import { planImport, type ExistingRows, type ImportPlan } from '@/io/importPlan'
import { MAX_CELL_LENGTH, parseCsvBytes, type ParsedCsv } from '@/io/parseCsv'
import { describeProblem } from '@/io/problems'

/** A few hundred runs in CI; `npm run fuzz` sets FUZZ_RUNS=10000. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 300)
const SETTINGS = { numRuns: RUNS }
const TIMEOUT = Math.max(30_000, RUNS * 20)
const NOTHING: ExistingRows = { targets: [], budgets: [], actuals: [], spending: [] }

/** Lines in a text as an editor counts them. */
const lineCount = (text: string) => text.split(/\r\n|\r|\n/).length

/**
 * What every outcome must be: no throw, and every problem a typed one on a real line
 * of the file, whose message names that line.
 */
function expectTypedOutcome(files: readonly ParsedCsv[], plan: ImportPlan, lines: number): void {
  for (const problem of [...files.flatMap((f) => f.problems), ...plan.problems]) {
    expect(Number.isInteger(problem.line)).toBe(true)
    expect(problem.line).toBeGreaterThanOrEqual(1)
    expect(problem.line).toBeLessThanOrEqual(lines + 1)
    expect(problem.expected.length).toBeGreaterThan(0)
    expect(describeProblem(problem).startsWith(`第${problem.line}行`)).toBe(true)
  }
  for (const file of files) {
    if (!file.tagged) expect(file.problems.length).toBeGreaterThan(0)
    for (const line of file.recordLines) expect(line).toBeLessThanOrEqual(lines + 1)
  }
  for (const row of plan.rows) expect(row.line).toBeLessThanOrEqual(lines + 1)
}

/** Parses bytes and plans their import, as the worker and the import store do. */
function readAndPlan(bytes: Uint8Array, name = 'fuzz.csv') {
  const file = parseCsvBytes(bytes, name)
  return { file, plan: planImport([file], NOTHING) }
}

// Cells that stress a CSV reader: quotes, delimiters, line ends, BOMs, formulas, huge text.
const awkwardPiece = fc.constantFrom(
  '"', '""', ',', ';', '\t', '\n', '\r\n', '\r', '\uFEFF', ' ', "'", '=1+1', '-', '@', '<script>',
  '2024', '2024年', '第3季度', 'Q2', '全年', '四季度', '≥10个', '≤5%', '100%', '12.5', '-3', '１２', '1,773.6',
  '部门整体', '产出指标', '优', '2024年6月30日前', '是',
)
const awkwardCell = fc.oneof(
  { weight: 6, arbitrary: fc.array(fc.oneof(awkwardPiece, fc.string({ unit: 'grapheme', maxLength: 6 })), { maxLength: 5 }).map((p) => p.join('')) },
  { weight: 1, arbitrary: fc.integer({ min: MAX_CELL_LENGTH - 2, max: MAX_CELL_LENGTH + 50 }).map((n) => '长'.repeat(n)) },
)

/** A header row of one kind: some of its columns, in any order, Chinese or alias, maybe a stray one. */
const headerRow = fc.constantFrom<CsvKind>('targets', 'budget', 'actuals', 'spending').chain((kind) =>
  fc
    .subarray([...CSV_COLUMNS[kind]], { minLength: 1 })
    .chain((columns) => fc.tuple(fc.shuffledSubarray(columns, { minLength: columns.length }), fc.array(fc.boolean(), { minLength: columns.length, maxLength: columns.length }), fc.option(fc.constantFrom('多余列', 'extra'))))
    .map(([columns, useAlias, extra]) => [
      ...columns.map((c, i) => (useAlias[i] && c.aliases[0] ? c.aliases[0] : c.header)),
      ...(extra ? [extra] : []),
    ]),
)

/** A whole file: header, rows, a delimiter, line ends, quoting done right or wrong, a BOM, an encoding. */
const csvFile = fc
  .record({
    header: headerRow,
    rows: fc.array(fc.array(awkwardCell, { maxLength: 14 }), { maxLength: 12 }),
    delimiter: fc.constantFrom(',', ';', '\t'),
    eol: fc.constantFrom('\n', '\r\n', '\r'),
    quoting: fc.constantFrom('proper', 'raw'),
    bom: fc.boolean(),
    trailingEol: fc.boolean(),
    encoding: fc.constantFrom('utf8', 'gb18030'),
  })
  .map((shape) => {
    const lines = [shape.header, ...shape.rows].map((cells) =>
      shape.quoting === 'proper'
        ? Papa.unparse([cells], { delimiter: shape.delimiter, newline: shape.eol })
        : cells.join(shape.delimiter),
    )
    const text = (shape.bom ? '\uFEFF' : '') + lines.join(shape.eol) + (shape.trailingEol ? shape.eol : '')
    const bytes = shape.encoding === 'utf8' ? new TextEncoder().encode(text) : new Uint8Array(iconv.encode(text, 'gb18030'))
    return { text, bytes }
  })

describe('CSV pipeline under fuzzing', () => {
  it('random bytes: never throws; every rejection is a typed problem on a line', { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2048 }), (bytes) => {
        const { file, plan } = readAndPlan(bytes)
        expectTypedOutcome([file], plan, lineCount(new TextDecoder().decode(bytes)))
      }),
      SETTINGS,
    )
  })

  it('random CSV shapes: never throws; every rejection is a typed problem on a real line', { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(csvFile, ({ text, bytes }) => {
        const { file, plan } = readAndPlan(bytes)
        expectTypedOutcome([file], plan, lineCount(text))
        // Nothing read is lost silently: each data row is a record, a problem, or reported as not filled in.
        const problemLines = new Set(file.problems.map((p) => p.line))
        for (const line of file.rowLines) {
          const unreported = (file.kind === 'actuals' || file.kind === 'spending') && file.notices.some((n) => n.includes('视为未填报'))
          const accounted = file.recordLines.includes(line) || problemLines.has(line) || unreported
          expect(accounted).toBe(true)
        }
      }),
      SETTINGS,
    )
  })

  it('export → import of any valid data set gives the same data back', { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(validDataset, (data) => {
        const files = datasetCsvFiles(data, 'roundtrip').map((f) => parseCsvBytes(new TextEncoder().encode(f.text), f.fileName))
        const plan = planImport(files, NOTHING)
        expect(plan.problems).toEqual([])
        expect(plan.counts.added).toBe(data.targets.length + data.budgets.length + data.actuals.length + data.spending.length)
        const imported = { targets: [], budgets: [], actuals: [], spending: [] } as unknown as Dataset
        for (const row of plan.rows) (imported[row.table] as object[]).push(row.record)
        expect(comparable(imported)).toEqual(comparable(data))

      }),
      SETTINGS,
    )
  })
})

// ---------- valid data sets ----------

/** Text as a form holds it: trimmed, non-empty, any Unicode, often with CSV and formula characters. */
const text = fc
  .array(fc.oneof(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 8 }), fc.constantFrom('"', ',', ';', '\t', '\n', '\r\n', "'", '=', '+', '-', '@', '“引号”', '<img src=x onerror=alert(1)>')), { minLength: 1, maxLength: 4 })
  .map((parts) => parts.join('').trim())
  .filter((s) => s.length > 0 && s.length <= 200)
const optionalText = fc.option(text, { nil: undefined })
const money = fc.integer({ min: -1_000_000, max: 10_000_000 }).map((n) => n / 100)
const optionalWeight = fc.option(fc.integer({ min: 0, max: 10_000 }).map((n) => n / 100), { nil: undefined })
const quarters = fc.subarray<Quarter>([1, 2, 3, 4])

/** A target form and actual values that read against it; an unreadable target takes any text. */
const targetWithActual = fc.oneof(
  fc.tuple(fc.constant('≥10个'), fc.nat(1000).map((n) => `${n}个`)),
  fc.tuple(fc.constant('≤5%'), fc.integer({ min: 0, max: 1000 }).map((n) => `${n / 10}%`)),
  fc.tuple(fc.constant('≧90%'), fc.integer({ min: -100, max: 1000 }).map((n) => `${n / 10}%`)),
  fc.tuple(fc.constant('=100%'), fc.nat(100).map((n) => `${n}%`)),
  fc.tuple(fc.constant('≤2000万元'), money.map((n) => `${n}万元`)),
  fc.tuple(text, text),
)

const targetSpec = fc.record({
  name: text,
  level1: fc.oneof(fc.constantFrom('产出指标', '效益指标', '满意度指标', '成本指标'), text),
  level2: text,
  pair: targetWithActual,
  weight: optionalWeight,
  basis: fc.option(fc.constantFrom('累计' as const, '时点' as const), { nil: undefined }),
  direction: fc.option(fc.constantFrom('正向' as const, '反向' as const), { nil: undefined }),
  ownCode: fc.boolean(),
  quarters,
  notes: fc.tuple(optionalText, optionalText, optionalText, optionalText),
})

const budgetSpec = fc.record({
  item: text,
  fundType: optionalText,
  description: optionalText,
  breakdown: fc.constantFrom('经费' as const, '任务' as const),
  initialBudget: money,
  budget: money,
  weight: optionalWeight,
  spent: fc.array(fc.tuple(fc.constantFrom<Quarter>(1, 2, 3, 4), money), { maxLength: 4 }),
})

const unitYear = fc.record({
  year: fc.integer({ min: 2000, max: 2100 }),
  unit: text,
  scopes: fc.uniqueArray(fc.oneof(fc.constant('部门整体'), text), { minLength: 1, maxLength: 2 }),
  targets: fc.uniqueArray(targetSpec, { maxLength: 4, selector: (t) => t.name }),
  budgets: fc.uniqueArray(budgetSpec, { maxLength: 3, selector: (b) => b.item }),
})

/** Builds stored records from specs; levels, codes and actuals only as the importer would keep them. */
const validDataset = fc.uniqueArray(unitYear, { minLength: 1, maxLength: 2, selector: (u) => `${u.year}|${u.unit}` }).map((groups) => {
  const data: Dataset = { targets: [], budgets: [], actuals: [], spending: [] }
  let ownCodes = 0
  for (const { year, unit, scopes, targets, budgets } of groups) {
    targets.forEach((spec, i) => {
      const scope = scopes[i % scopes.length]!
      const record: TargetRecord = {
        code: spec.ownCode ? `自编-${++ownCodes}` : deriveIndicatorCode(year, unit, scope, spec.name),
        year, unit, scope,
        // A level the importer would rewrite (`产出` → `产出指标`) is stored rewritten.
        level1: normaliseLevel1(spec.level1),
        level2: spec.level2,
        name: spec.name,
        targetText: spec.pair[0],
        position: i,
        ...(spec.weight !== undefined && { weight: spec.weight }),
        ...(spec.basis && { basis: spec.basis }),
        ...(spec.direction && { direction: spec.direction }),
      }
      data.targets.push(record)
      const parsedTarget = parseTargetRecord(record)
      const reads = (value: string) => parsedTarget.kind === 'unknown' || parseActual(value, parsedTarget, year).kind !== 'error'
      if (!reads(spec.pair[1])) return
      const [forecast, likelihood, reason, action] = spec.notes
      for (const quarter of spec.quarters) {
        const row: ActualRecord = { indicatorCode: record.code, quarter, year, unit, scope, actualText: spec.pair[1], sample: false }
        data.actuals.push(Object.assign(row, forecast && { forecast }, likelihood && { likelihood }, reason && { reason }, action && { action }))
      }
    })
    budgets.forEach((spec, i) => {
      const scope = scopes[i % scopes.length]!
      const record: BudgetRecord = {
        id: deriveBudgetId(year, unit, scope, spec.item),
        year, unit, scope, item: spec.item, position: i, breakdown: spec.breakdown,
        initialBudget: spec.initialBudget, budget: spec.budget,
        ...(spec.fundType && { fundType: spec.fundType }),
        ...(spec.description && { description: spec.description }),
        ...(spec.weight !== undefined && { weight: spec.weight }),
      }
      data.budgets.push(record)
      const byQuarter = new Map(spec.spent)
      for (const [quarter, amount] of byQuarter) {
        const row: SpendingRecord = { budgetId: record.id, quarter, year, unit, scope, spent: amount, sample: false }
        data.spending.push(row)
      }
    })
  }
  return data
})

/** A data set as a list per table, in the forms' order, without what a file cannot carry (line positions, batches). */
function comparable(data: Dataset) {
  const order = <T extends { year: number; unit: string; scope: string; position: number }>(rows: T[]) =>
    [...rows]
      .sort((a, b) => a.year - b.year || cmp(a.unit, b.unit) || cmp(a.scope, b.scope) || a.position - b.position)
      .map(({ position: _p, ...rest }) => rest)
  const byKey = <T>(rows: T[], key: (r: T) => string) => [...rows].sort((a, b) => cmp(key(a), key(b)))
  return {
    targets: order(data.targets),
    budgets: order(data.budgets),
    actuals: byKey(data.actuals, (a) => `${a.indicatorCode}|${a.quarter}`),
    spending: byKey(data.spending, (s) => `${s.budgetId}|${s.quarter}`),
  }
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)
