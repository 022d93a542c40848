/**
 * Small 项目绩效目标指标表 built row by row, for the odd sheets departments hand in: a header
 * repeated on each printed page, a sheet cut off mid-table, a merged cell running from one
 * form into the next. Five columns (A–E), so every cell a test names is worked out by hand.
 */
import type { Cell } from './formFixtures'

/** The indicator block's header row. */
export const HEADER: Cell[] = ['绩效指标', '一级指标', '二级指标', '三级指标', '指标值']

/** The four rows above a form's indicator block: title, year, project and unit, funds. */
export function head(scope: string, unit: string, amount: number, title = '项目绩效目标指标表'): Cell[][] {
  return [
    [title, null, null, null, null],
    ['（2024年度）', null, null, null, null],
    ['项目名称', scope, null, '实施单位', unit],
    ['项目资金（万元）', '年度资金总额', amount, null, null],
  ]
}

/** The title and year rows of a form starting at sheet row `row`, merged across A–E as printed. */
export const headMerges = (row: number) => [`A${row}:E${row}`, `A${row + 1}:E${row + 1}`]

/** Cells as text, as a CSV file holds them. */
export const asText = (rows: Cell[][]): string[][] => rows.map((row) => row.map((c) => (c === null ? '' : String(c))))
