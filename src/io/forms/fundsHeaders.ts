/** The amount headers of a funds block (年初预算数, 全年预算数（A）…), and those it cannot place. */
import type { FormArea } from './formArea'
import { FUNDS_UNREAD, amountFieldOf, isDerivedColumn, type AmountField } from './formLabels'
import { headerKey, readHeader, type MoneyUnit } from './headerKey'

/** An amount header of the block: where it is, what it holds, the money unit it names. */
export interface AmountHeader {
  row: number
  column: number
  field: AmountField
  unit: MoneyUnit | null
}

/**
 * The amount headers in rows [from, to), each with the money unit it names, else the unit
 * another cell of its row names (`项目资金（元）`). Rows in `skip` are not looked at.
 */
export function amountHeaders(area: FormArea, from: number, to: number, skip: ReadonlySet<number>): AmountHeader[] {
  const headers: AmountHeader[] = []
  for (let row = from; row < to; row++) {
    if (skip.has(row)) continue
    const found: AmountHeader[] = []
    let rowUnit: MoneyUnit | null = null
    for (let column = 0; column < area.width(row); column++) {
      const text = area.text({ row, column })
      const { unit } = readHeader(text)
      rowUnit = rowUnit ?? unit
      const field = amountFieldOf(text)
      if (field) found.push({ row, column, field, unit })
    }
    headers.push(...found.map((h) => ({ ...h, unit: h.unit ?? rowUnit })))
  }
  return headers
}

/**
 * The headers of a funds header row that hold no field the reader knows: the filled cells
 * right of its first amount header that are no amount, no worked-out rate and no column known
 * to be passed over. Named in a notice, never dropped in silence.
 */
export function unplacedFundHeaders(area: FormArea, from: number, to: number, skip: ReadonlySet<number>): string[] {
  const headers = amountHeaders(area, from, to, skip)
  const unplaced: string[] = []
  for (const row of new Set(headers.map((h) => h.row))) {
    const first = Math.min(...headers.filter((h) => h.row === row).map((h) => h.column))
    for (let column = first + 1; column < area.width(row); column++) {
      const text = area.text({ row, column })
      // A merged header repeats across its cells: named once.
      if (!text || text === area.text({ row, column: column - 1 }) || amountFieldOf(text)) continue
      if (isDerivedColumn(text) || FUNDS_UNREAD.has(headerKey(text)) || unplaced.includes(text)) continue
      unplaced.push(text)
    }
  }
  return unplaced
}
