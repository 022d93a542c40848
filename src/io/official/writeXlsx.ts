/**
 * Official sheets (sheetModel.ts) as an `.xlsx` workbook, with exceljs: styles, borders,
 * wrapping, number formats, merged cells, A4 landscape fitted to the page width, the
 * indicator header row repeated on every printed page, and 第 X 页 共 Y 页 in the footer.
 * Loaded only when a table is exported.
 */
import type { Borders, Style } from 'exceljs'
import { TYPE, rowHeights } from './rowHeights'
import { cells, range, type CellStyle, type OfficialSheet } from './sheetModel'

const thin = { style: 'thin' as const, color: { argb: 'FF6B7280' } }
const BORDER: Partial<Borders> = { top: thin, left: thin, bottom: thin, right: thin }
const FONT = '宋体'

const font = (style: CellStyle, bold = false) => ({ name: FONT, size: TYPE[style].size, ...(bold && { bold }) })
const middle = (style: CellStyle, horizontal?: 'center' | 'right') => ({
  vertical: 'middle' as const,
  ...(horizontal && { horizontal }),
  // Numbers never wrap: one too wide for its column is shrunk, never shown as ###.
  ...(TYPE[style].wraps ? { wrapText: true } : horizontal === 'right' && { shrinkToFit: true }),
})

const STYLES: Record<CellStyle, Partial<Style>> = {
  title: { font: font('title', true), alignment: middle('title', 'center') },
  subtitle: { font: font('subtitle'), alignment: middle('subtitle', 'center') },
  header: {
    font: font('header', true),
    alignment: middle('header', 'center'),
    fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF3F4F6' } },
  },
  label: { font: font('label'), alignment: middle('label', 'center') },
  text: { font: font('text'), alignment: middle('text') },
  center: { font: font('center'), alignment: middle('center', 'center') },
  amount: { font: font('amount'), numFmt: '#,##0.00', alignment: middle('amount', 'right') },
  score: { font: font('score'), numFmt: '0.00', alignment: middle('score', 'right') },
  percent: { font: font('percent'), numFmt: '0.0%', alignment: middle('percent', 'right') },
  signOff: { font: font('signOff'), alignment: middle('signOff') },
}

/** The sheet with its rules line added under the sign-off, across its width, wrapping. */
function withRules(sheet: OfficialSheet): Pick<OfficialSheet, 'rows' | 'merges' | 'widths'> {
  if (!sheet.rules) return sheet
  const width = sheet.widths.length
  const at = sheet.rows.length + 1
  return {
    widths: sheet.widths,
    rows: [
      ...sheet.rows,
      [{ value: sheet.rules, style: 'text' }, ...cells('text', ...Array<null>(width - 1).fill(null))],
    ],
    merges: [...sheet.merges, range(0, at, width - 1, at)],
  }
}

/** The sheets as the bytes of one `.xlsx` file. */
export async function writeOfficialXlsx(sheets: readonly OfficialSheet[]): Promise<Uint8Array> {
  const module = await import('exceljs')
  // The browser build is a UMD bundle: its namespace is the default export.
  const ExcelJS = (module as unknown as { default?: typeof module }).default ?? module
  const book = new ExcelJS.Workbook()
  book.creator = '绩效看板'
  for (const sheet of sheets) {
    const ws = book.addWorksheet(sheet.name, {
      pageSetup: {
        paperSize: 9,
        orientation: 'landscape',
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
        horizontalCentered: true,
        margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.6, header: 0.3, footer: 0.3 },
        printTitlesRow: `${sheet.printTitles[0]}:${sheet.printTitles[1]}`,
      },
      headerFooter: { oddFooter: '&C第 &P 页 共 &N 页' },
      // exceljs leaves out a column 9 wide, taking 9 for the default: make the default 9.
      properties: { defaultColWidth: 9 },
    })
    ws.columns = sheet.widths.map((width) => ({ width }))
    // Below the form, so reading the sheet back as a form passes it over.
    const full = withRules(sheet)
    const heights = rowHeights(full)
    full.rows.forEach((row, r) => {
      const sheetRow = ws.getRow(r + 1)
      row.forEach((cell, c) => {
        const target = sheetRow.getCell(c + 1)
        // Text is written as text, never as a formula, whatever it starts with.
        if (cell.value !== null) target.value = cell.value
        target.style = {
          ...STYLES[cell.style],
          ...(r + 1 >= sheet.table[0] && r + 1 <= sheet.table[1] && { border: BORDER }),
        }
      })
      sheetRow.height = heights[r]!
    })
    for (const merge of full.merges) {
      ws.mergeCells(merge)
      // Text merged down several rows stands at their top: centred, a run broken by a page
      // would print it on the next page, over the repeated headers.
      const [from, to] = merge.split(':') as [string, string]
      if (from.replace(/[A-Z]+/, '') !== to.replace(/[A-Z]+/, '')) {
        const cell = ws.getCell(from)
        cell.alignment = { ...cell.alignment, vertical: 'top' }
      }
    }
  }
  return new Uint8Array(await book.xlsx.writeBuffer())
}
