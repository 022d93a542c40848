import { computed, type Ref } from 'vue'
import { formatAmount, formatPercent, formatScore } from '@/domain/format'
import type { OfficialSheet, SheetCell } from '@/io/official/sheetModel'

/** One cell as printed. */
export interface PrintCell {
  text: string
  style: SheetCell['style']
  colspan: number
  /** Covered by the cell above it (a vertical merge): no top border, no text. */
  continued: boolean
}

const decode = (ref: string) => {
  const [, letters, digits] = /^([A-Z]+)(\d+)$/.exec(ref)!
  return { column: letters!.charCodeAt(0) - 65, row: Number(digits) }
}

function text(cell: SheetCell): string {
  if (cell.value === null) return ''
  if (typeof cell.value === 'string') return cell.value
  if (cell.style === 'percent') return formatPercent(cell.value)
  if (cell.style === 'score') return formatScore(cell.value)
  return formatAmount(cell.value)
}

const range = (from: number, to: number) => Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i)

/**
 * An official sheet's rows cut into the parts PrintSheet draws: title, subtitle, the unit lines,
 * the funds block, the header row, the indicator rows, the column widths and the sign-off lines.
 * The table bounds are read once, as the sheet given first sets them.
 */
export function useSheetRows(sheet: Readonly<Ref<OfficialSheet>>) {
  const merges = computed(() =>
    sheet.value.merges.map((m) => {
      const [from, to] = m.split(':').map(decode)
      return { from: from!, to: to! }
    }),
  )

  /** Row `r` (1-based) as printed cells: horizontal merges as colspans, vertical ones continued. */
  function rowCells(r: number): PrintCell[] {
    const row = sheet.value.rows[r - 1] ?? []
    const cells: PrintCell[] = []
    for (let c = 0; c < row.length; c++) {
      const merge = merges.value.find((m) => r >= m.from.row && r <= m.to.row && c >= m.from.column && c <= m.to.column)
      const colspan = merge ? merge.to.column - merge.from.column + 1 : 1
      const continued = merge !== undefined && r > merge.from.row
      const source = merge ? sheet.value.rows[merge.from.row - 1]![merge.from.column]! : row[c]!
      cells.push({ text: text(source), style: source.style, colspan, continued })
      c += colspan - 1
    }
    return cells
  }

  const [tableFrom, tableTo] = [sheet.value.table[0], sheet.value.table[1]]
  const headerRow = sheet.value.printTitles[0]
  const title = computed(() => rowCells(1)[0]?.text ?? '')
  const subtitle = computed(() => rowCells(2)[0]?.text ?? '')
  /** Rows between the subtitle and the table: the unit (and project) lines. */
  const facts = computed(() => range(3, tableFrom - 1).map(rowCells))
  const funds = computed(() => range(tableFrom, headerRow - 1).map(rowCells))
  const head = computed(() => rowCells(headerRow))
  const body = computed(() => range(headerRow + 1, tableTo).map(rowCells))
  /** The sheet's column widths as shares of the page, as the `.xlsx` sets them. */
  const widths = computed(() => {
    const total = sheet.value.widths.reduce((a, b) => a + b, 0)
    return sheet.value.widths.map((w) => `${((100 * w) / total).toFixed(2)}%`)
  })
  const signOff = computed(() =>
    (sheet.value.rows.at(-1) ?? []).flatMap((cell) => (typeof cell.value === 'string' ? [cell.value] : [])),
  )
  return { title, subtitle, facts, funds, head, body, widths, signOff }
}
