import fc from 'fast-check'
import iconv from 'iconv-lite'
import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import type { Dataset, ImportPlan, ImportKind } from '@/domain/model'
import { CSV_COLUMNS } from '@/io/csvKinds'
import { datasetCsvFiles } from '@/io/datasetCsv'
import { planImport } from '@/io/importPlan'
import { readImportFile } from '@/io/importFile'
import { MAX_CELL_LENGTH } from '@/io/parseTable'
import type { ParsedCsv } from '@/io/parsedCsv'
import { describeProblem } from '@/io/problems'
import { validDataset } from './validDataset'

/** A few hundred runs in CI; `npm run fuzz` sets FUZZ_RUNS=10000. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 300)
const SETTINGS = { numRuns: RUNS }
const TIMEOUT = Math.max(30_000, RUNS * 20)
const NOTHING: Dataset = { targets: [], budgets: [], actuals: [], spending: [] }

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
async function readAndPlan(bytes: Uint8Array, name = 'fuzz.csv') {
  const [file] = (await readImportFile(bytes, name)).parts as [ParsedCsv]
  return { file, plan: planImport([file], NOTHING) }
}

// Cells that stress a CSV reader: quotes, delimiters, line ends, BOMs, formulas, huge text.
const awkwardPiece = fc.constantFrom(
  '"',
  '""',
  ',',
  ';',
  '\t',
  '\n',
  '\r\n',
  '\r',
  '\uFEFF',
  ' ',
  "'",
  '=1+1',
  '-',
  '@',
  '<script>',
  '2024',
  '2024年',
  '第3季度',
  'Q2',
  '全年',
  '四季度',
  '≥10个',
  '≤5%',
  '100%',
  '12.5',
  '-3',
  '１２',
  '1,773.6',
  '部门整体',
  '产出指标',
  '优',
  '2024年6月30日前',
  '是',
)
const awkwardCell = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .array(fc.oneof(awkwardPiece, fc.string({ unit: 'grapheme', maxLength: 6 })), { maxLength: 5 })
      .map((p) => p.join('')),
  },
  {
    weight: 1,
    arbitrary: fc.integer({ min: MAX_CELL_LENGTH - 2, max: MAX_CELL_LENGTH + 50 }).map((n) => '长'.repeat(n)),
  },
)

/** A header row of one kind: some of its columns, in any order, Chinese or alias, maybe a stray one. */
const headerRow = fc.constantFrom<ImportKind>('targets', 'budget', 'actuals', 'spending').chain((kind) =>
  fc
    .subarray([...CSV_COLUMNS[kind]], { minLength: 1 })
    .chain((columns) =>
      fc.tuple(
        fc.shuffledSubarray(columns, { minLength: columns.length }),
        fc.array(fc.boolean(), { minLength: columns.length, maxLength: columns.length }),
        fc.option(fc.constantFrom('多余列', 'extra')),
      ),
    )
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
    const bytes =
      shape.encoding === 'utf8' ? new TextEncoder().encode(text) : new Uint8Array(iconv.encode(text, 'gb18030'))
    return { text, bytes }
  })

describe('CSV pipeline under fuzzing', () => {
  it('random bytes: never throws; every rejection is a typed problem on a line', { timeout: TIMEOUT }, async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2048 }), async (bytes) => {
        const { file, plan } = await readAndPlan(bytes)
        expectTypedOutcome([file], plan, lineCount(new TextDecoder().decode(bytes)))
      }),
      SETTINGS,
    )
  })

  it(
    'random CSV shapes: never throws; every rejection is a typed problem on a real line',
    { timeout: TIMEOUT },
    async () => {
      await fc.assert(
        fc.asyncProperty(csvFile, async ({ text, bytes }) => {
          const { file, plan } = await readAndPlan(bytes)
          expectTypedOutcome([file], plan, lineCount(text))
          // Nothing read is lost silently: each data row is a record, a problem, or reported as not filled in.
          const problemLines = new Set(file.problems.map((p) => p.line))
          for (const line of file.rowLines) {
            const unreported =
              (file.kind === 'actuals' || file.kind === 'spending') && file.notices.some((n) => n.code === 'unreported')
            const accounted = file.recordLines.includes(line) || problemLines.has(line) || unreported
            expect(accounted).toBe(true)
          }
        }),
        SETTINGS,
      )
    },
  )

  it('export → import of any valid data set gives the same data back', { timeout: TIMEOUT }, async () => {
    await fc.assert(
      fc.asyncProperty(validDataset, async (data) => {
        const files = await Promise.all(
          datasetCsvFiles(data, 'roundtrip').map(
            async (f) => (await readImportFile(new TextEncoder().encode(f.text), f.fileName)).parts[0]!,
          ),
        )
        const plan = planImport(files, NOTHING)
        expect(plan.problems).toEqual([])
        expect(plan.counts.added).toBe(
          data.targets.length + data.budgets.length + data.actuals.length + data.spending.length,
        )
        const imported = { targets: [], budgets: [], actuals: [], spending: [] } as unknown as Dataset
        for (const row of plan.rows) (imported[row.table] as object[]).push(row.record)
        expect(comparable(imported)).toEqual(comparable(data))
      }),
      SETTINGS,
    )
  })
})

/** A data set as a list per table, in the forms' order, without what a file cannot carry (line positions, batches). */
function comparable(data: Dataset) {
  const order = <T extends { year: number; unit: string; scope: string; position: number }>(rows: readonly T[]) =>
    [...rows]
      .sort((a, b) => a.year - b.year || cmp(a.unit, b.unit) || cmp(a.scope, b.scope) || a.position - b.position)
      .map(({ position: _p, ...rest }) => rest)
  const byKey = <T>(rows: readonly T[], key: (r: T) => string) => [...rows].sort((a, b) => cmp(key(a), key(b)))
  return {
    targets: order(data.targets),
    budgets: order(data.budgets),
    actuals: byKey(data.actuals, (a) => `${a.indicatorCode}|${a.month}`),
    spending: byKey(data.spending, (s) => `${s.budgetId}|${s.month}`),
  }
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)
