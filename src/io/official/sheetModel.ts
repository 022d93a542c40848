/**
 * An official table (绩效监控表, 绩效自评表) as a sheet: rows of cells with their kind of
 * number, merged ranges, column widths and the rows a printer repeats (SPEC §6.1). Built
 * from the engine's results by pure functions, written to `.xlsx` by writeXlsx.ts, and
 * read back by the importer as the official form it is.
 */
import type { ScopeResult } from '@/domain/engine/evaluate'
import type { Dataset } from '@/domain/model'
import type { LevelDepth } from '@/domain/levels'
import { DEPARTMENT_SCOPE } from '@/domain/records'
import { unitYearIdOf } from '@/domain/unitYears'

/** How a cell is shown: numbers keep their type and get a format; text wraps. */
export type CellStyle =
  'title' | 'subtitle' | 'header' | 'label' | 'text' | 'center' | 'amount' | 'score' | 'percent' | 'signOff'

export interface SheetCell {
  value: string | number | null
  style: CellStyle
}

export interface OfficialSheet {
  /** The worksheet's name: the 类别, as Excel allows it. */
  name: string
  /** Widths of the columns, in characters. */
  widths: number[]
  rows: SheetCell[][]
  /** Merged ranges, `A1:L1`. */
  merges: string[]
  /** The rows (1-based, inclusive) a printout repeats on every page: the indicator headers. */
  printTitles: [number, number]
  /** The rows (1-based, inclusive) drawn with borders: the form's table. */
  table: [number, number]
  /** `评分规则：…`, the rules it was scored by (the `.xlsx` writes it under the sign-off, a print in the title block). */
  rules?: string
}

/**
 * The width of every official sheet, in characters (Calibri's 7-px digit, the workbook's
 * default font): A4 landscape at 100 % in Excel and WPS, about 95 % in LibreOffice with
 * Carlito, so the 10-pt type never prints under 9 pt (tests/unit/officeSuite.test.ts).
 */
export const SHEET_WIDTH = 146

/** Cells of a row from values and one style; `null` leaves a cell blank. */
export const cells = (style: CellStyle, ...values: (string | number | null)[]): SheetCell[] =>
  values.map((value) => ({ value, style }))

/**
 * Rows and merged ranges built one row at a time: `add` appends a row (with the merges it
 * makes), `at` is the sheet row (1-based) the next row will be, `blank(n)` n empty values.
 */
export function sheetRows() {
  const rows: SheetCell[][] = []
  const merges: string[] = []
  return {
    rows,
    merges,
    add(row: SheetCell[], merge?: string[]): void {
      rows.push(row)
      if (merge) merges.push(...merge)
    },
    at: () => rows.length + 1,
    blank: (n: number) => Array<null>(n).fill(null),
  }
}

/** The row filled with blank cells of `style` up to `width` cells. */
export const padded = (row: SheetCell[], width: number, style: CellStyle = 'text'): SheetCell[] => [
  ...row,
  ...cells(style, ...Array<null>(Math.max(0, width - row.length)).fill(null)),
]

/** A column's letters: 0 → A. */
export const column = (index: number): string => String.fromCharCode(65 + index)

/** `A3:D3`, 1-based rows. */
export const range = (fromColumn: number, fromRow: number, toColumn: number, toRow: number): string =>
  `${column(fromColumn)}${fromRow}:${column(toColumn)}${toRow}`

/** Whether a 类别 is the department as a whole. */
export const isDepartment = (scope: ScopeResult): boolean => scope.scope === DEPARTMENT_SCOPE

/** `部门整体支出` or `项目支出`, as the titles of the forms begin. */
export const formKind = (scope: ScopeResult): string => (isDepartment(scope) ? '部门整体支出' : '项目支出')

/** A worksheet name Excel accepts: at most 31 characters, none of `[]:*?/\`. */
export function sheetName(scope: string, taken: ReadonlySet<string>): string {
  const base = scope.replace(/[[\]:*?/\\]/g, '_').slice(0, 28) || '表'
  let name = base
  for (let n = 2; taken.has(name); n++) name = `${base}(${n})`
  return name
}

type Levels = { level1: string; level2: string }

/**
 * The first three headers of an indicator table at `depth`: its level columns, then the
 * name, which spans the columns of the levels it lacks (the grid stays that of the form).
 */
export function levelHeaders(depth: LevelDepth): (string | null)[] {
  const levels = ['一级指标', '二级指标'].slice(0, depth)
  return [...levels, '三级指标', ...Array<null>(2 - depth).fill(null)]
}

/** An indicator's first three cells at `depth`: its levels, then its name over the rest. */
export function levelCells(record: Levels & { name: string }, depth: LevelDepth): SheetCell[] {
  return [
    ...cells('center', ...[record.level1, record.level2].slice(0, depth)),
    ...cells('text', record.name, ...Array<null>(2 - depth).fill(null)),
  ]
}

/** The merge of the name over the level columns a table at `depth` lacks, on sheet row `row`. */
export const nameMerges = (depth: LevelDepth, row: number, fromColumn = 0): string[] =>
  depth === 2 ? [] : [range(fromColumn + depth, row, fromColumn + 2, row)]

/**
 * The vertical merges of the 一级 and 二级 columns over runs of equal levels, for rows of
 * indicators starting at sheet row `from`; only the `depth` level columns there are.
 */
export function levelMerges(
  levels: readonly Levels[],
  from: number,
  level1Column: number,
  depth: LevelDepth = 2,
): string[] {
  const merges: string[] = []
  const runs = (key: (i: number) => string, col: number) => {
    let start = 0
    for (let i = 1; i <= levels.length; i++) {
      if (i < levels.length && key(i) === key(start)) continue
      if (i - start > 1) merges.push(range(col, from + start, col, from + i - 1))
      start = i
    }
  }
  if (depth > 0) runs((i) => levels[i]!.level1, level1Column)
  // A 二级 run never crosses a 一级 boundary.
  if (depth > 1) runs((i) => `${levels[i]!.level1}\u0000${levels[i]!.level2}`, level1Column + 1)
  return merges
}

/** One 经费 line of a 类别 with its spending at the scope's month. */
export interface FundLineFigures {
  item: string
  initialBudget: number
  budget: number
  spent: number | null
}

/** The 类别's 经费 lines, in form order, each with its spending as of the scope's month. */
export function fundLines(scope: ScopeResult, data: Dataset): FundLineFigures[] {
  const spent = new Map(
    data.spending.filter((s) => s.scope === scope.scope && s.month === scope.month).map((s) => [s.budgetId, s.spent]),
  )
  return data.budgets
    .filter((b) => b.scope === scope.scope && b.breakdown === '经费')
    .sort((a, b) => a.position - b.position)
    .map((b) => ({ item: b.item, initialBudget: b.initialBudget, budget: b.budget, spent: spent.get(b.id) ?? null }))
}

const FUND_TYPES = new Set(['人员经费', '公用经费', '项目经费'])

/**
 * The lines printed under 年度资金总额: a breakdown by kind of spending when the lines are
 * that; none when the 类别 has one line (the total is the line).
 */
export function breakdownOf(lines: readonly FundLineFigures[]): readonly FundLineFigures[] {
  return lines.length > 1 || lines.some((l) => FUND_TYPES.has(l.item)) ? lines : []
}

/** The sign-off lines under a form: 填报单位（盖章）, 填报人, 联系电话, 填报日期. */
export function signOffRow(width: number): SheetCell[] {
  const row = cells('signOff', ...Array<null>(width).fill(null))
  const quarter = Math.floor(width / 4)
  ;['填报单位（盖章）：', '填报人：', '联系电话：', '填报日期：'].forEach((text, i) => (row[i * quarter]!.value = text))
  return row
}

/** A project's 主管部门 as stored for its unit-year; the unit itself where none was named. */
export function parentOf(scope: ScopeResult, data: Dataset): string {
  return data.parents?.get(unitYearIdOf(scope)) ?? scope.unit
}
