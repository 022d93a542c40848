import { cellRef, cellText, lineOf, mergedFromRow, type SheetGrid } from '../sheetGrid'
import { isFormLabel } from './formLabels'
import { headerKey } from './headerKey'

/** A value read from a form, and the cell it was read from (`工作表1!B3`). */
export interface Located {
  value: string
  cell: string
}

/** A cell of the area: its row index in the grid, its column. */
export interface At {
  row: number
  column: number
}

/**
 * Rows `from`–`to` (exclusive) of a grid that hold one form, with the lookups a form is
 * read by: a label's cell, the value beside or under it.
 */
export class FormArea {
  constructor(
    readonly grid: SheetGrid,
    readonly from: number,
    readonly to: number,
  ) {}

  /** A cell's text; blank where a merged range begun above the area fills it (another form's value). */
  text(at: At): string {
    const from = mergedFromRow(this.grid, at.row, at.column)
    return from !== undefined && from < this.from ? '' : cellText(this.grid, at.row, at.column)
  }

  norm(at: At): string {
    return headerKey(this.text(at))
  }

  located(at: At): Located {
    return { value: this.text(at), cell: cellRef(this.grid, at.row, at.column) }
  }

  cell(at: At): string {
    return cellRef(this.grid, at.row, at.column)
  }

  line(row: number): number {
    return lineOf(this.grid, row)
  }

  width(row: number): number {
    return this.grid.rows[row]?.length ?? 0
  }

  /** The first cell (row by row) whose label is one of `labels`, within rows [from, to). */
  find(labels: ReadonlySet<string> | readonly string[], from = this.from, to = this.to): At | null {
    const wanted = labels instanceof Set ? labels : new Set((labels as readonly string[]).map(headerKey))
    for (let row = from; row < to; row++) {
      for (let column = 0; column < this.width(row); column++)
        if (wanted.has(this.norm({ row, column }))) return { row, column }
    }
    return null
  }

  /**
   * The value a label names: the next filled cell to its right that is not the label again
   * (a merged label repeats across its cells), or the text after a colon in the label's own
   * cell (`填报单位：九江市柴桑区商务局`). Null when the label is not there or has no value.
   */
  valueOf(labels: readonly string[], to = this.to): Located | null {
    const wanted = new Set(labels.map(headerKey))
    for (let row = this.from; row < to; row++) {
      for (let column = 0; column < this.width(row); column++) {
        const text = this.text({ row, column })
        const inline = /^([^:：]{2,12})[:：]\s*(\S.*)$/.exec(text)
        if (inline && wanted.has(headerKey(inline[1]!)))
          return { value: inline[2]!.trim(), cell: this.cell({ row, column }) }
        if (!wanted.has(headerKey(text))) continue
        const value = this.rightOf({ row, column })
        if (value) return value
      }
    }
    return null
  }

  /**
   * The next filled cell right of `at` that does not repeat its text (a merged label) and is
   * not another label (`实施单位` left blank before `主管部门`), or null.
   */
  rightOf(at: At): Located | null {
    const right = this.rightAt(at)
    return right && this.located(right)
  }

  /** Where `rightOf` reads. */
  rightAt(at: At): At | null {
    const label = this.text(at)
    for (let column = at.column + 1; column < this.width(at.row); column++) {
      const text = this.text({ row: at.row, column })
      if (!text || text === label) continue
      return isFormLabel(text) ? null : { row: at.row, column }
    }
    return null
  }

  /** The cell under `at` when it is filled and differs from `at` (a vertical merge repeats it). */
  below(at: At): Located | null {
    const next = { row: at.row + 1, column: at.column }
    if (next.row >= this.to) return null
    const text = this.text(next)
    return text && text !== this.text(at) ? this.located(next) : null
  }
}
