/**
 * Official sheets (sheetModel.ts) as an `.xlsx` workbook, with exceljs: styles, borders,
 * wrapping, number formats, merged cells, A4 landscape fitted to the page width, the
 * indicator header row repeated on every printed page, and 第 X 页 共 Y 页 in the footer.
 * Loaded only when a table is exported.
 */
import type { Borders, Style } from 'exceljs'
import { range, type CellStyle, type OfficialSheet } from './sheetModel'

const thin = { style: 'thin' as const, color: { argb: 'FF6B7280' } }
const BORDER: Partial<Borders> = { top: thin, left: thin, bottom: thin, right: thin }
const FONT = '宋体'

const STYLES: Record<CellStyle, Partial<Style>> = {
  title: { font: { name: FONT, size: 16, bold: true }, alignment: { horizontal: 'center', vertical: 'middle' } },
  subtitle: { font: { name: FONT, size: 11 }, alignment: { horizontal: 'center', vertical: 'middle' } },
  header: {
    font: { name: FONT, size: 10, bold: true },
    alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
    fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF3F4F6' } },
  },
  label: { font: { name: FONT, size: 10 }, alignment: { horizontal: 'center', vertical: 'middle', wrapText: true } },
  text: { font: { name: FONT, size: 10 }, alignment: { vertical: 'middle', wrapText: true } },
  center: { font: { name: FONT, size: 10 }, alignment: { horizontal: 'center', vertical: 'middle', wrapText: true } },
  amount: {
    font: { name: FONT, size: 10 },
    numFmt: '#,##0.00',
    alignment: { horizontal: 'right', vertical: 'middle' },
  },
  score: { font: { name: FONT, size: 10 }, numFmt: '0.00', alignment: { horizontal: 'right', vertical: 'middle' } },
  percent: { font: { name: FONT, size: 10 }, numFmt: '0.0%', alignment: { horizontal: 'right', vertical: 'middle' } },
  signOff: { font: { name: FONT, size: 10 }, alignment: { vertical: 'middle' } },
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
    })
    ws.columns = sheet.widths.map((width) => ({ width }))
    sheet.rows.forEach((row, r) => {
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
      if (row[0]?.style === 'title') sheetRow.height = 30
    })
    for (const merge of sheet.merges) ws.mergeCells(merge)
    if (sheet.rules) {
      // Below the form, across its width, so reading the sheet back as a form passes it over.
      const at = sheet.rows.length + 1
      ws.getRow(at).getCell(1).value = sheet.rules
      ws.getRow(at).getCell(1).style = STYLES.signOff
      ws.mergeCells(range(0, at, sheet.widths.length - 1, at))
    }
  }
  return new Uint8Array(await book.xlsx.writeBuffer())
}
