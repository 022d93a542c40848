/**
 * The 自评报告 outline (reportOutline.ts) as a `.docx` with the `docx` library: headings in
 * styles Word and WPS list in the navigation pane (outline levels 1 and 2), the sentences,
 * the tables with their header row repeated across pages, and the charts as pictures.
 * Loaded only when the report is asked for.
 */
import type { Block } from './reportOutline'
import { columnWidths } from './tableColumns'

/** A chart's picture for the report: PNG bytes and its size in pixels as placed. */
export interface ChartPicture {
  scope: string
  png: Uint8Array
  width: number
  height: number
}

const BODY = { font: '仿宋', size: 28 }
/** A4 portrait less the left and right margins, in twips. */
const PAGE = { width: 11906, height: 16838, left: 1560, right: 1440 }
/** Table text: 五号, 10.5 pt (half-points). */
const TABLE_SIZE = 21

/** The outline as the bytes of a `.docx` file; charts are placed where their blocks stand. */
export async function writeReportDocx(blocks: readonly Block[], charts: readonly ChartPicture[]): Promise<Uint8Array> {
  const docx = await import('docx')
  const {
    AlignmentType,
    Document,
    HeadingLevel,
    ImageRun,
    Packer,
    Paragraph,
    Table,
    TableCell,
    TableRow,
    TextRun,
    WidthType,
  } = docx
  const cell = (text: string, width: number, header = false) =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      children: [
        new Paragraph({
          children: [new TextRun({ text, bold: header, font: '宋体', size: TABLE_SIZE })],
          alignment: header ? AlignmentType.CENTER : AlignmentType.LEFT,
        }),
      ],
    })
  const children = blocks.flatMap((block) => {
    switch (block.kind) {
      case 'title':
        return [
          new Paragraph({
            heading: HeadingLevel.TITLE,
            alignment: AlignmentType.CENTER,
            children: [new TextRun({ text: block.text })],
          }),
        ]
      case 'heading':
        return [
          new Paragraph({
            heading: block.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
            children: [new TextRun({ text: block.text })],
          }),
        ]
      case 'paragraph':
        return [
          new Paragraph({
            indent: { firstLine: 560 },
            spacing: { line: 480 },
            children: [new TextRun({ text: block.text, ...BODY })],
          }),
        ]
      case 'table': {
        if (block.rows.length === 0) return []
        const widths = columnWidths(block.header, block.rows, PAGE.width - PAGE.left - PAGE.right, TABLE_SIZE / 2)
        return [
          new Table({
            width: { size: PAGE.width - PAGE.left - PAGE.right, type: WidthType.DXA },
            columnWidths: widths,
            rows: [
              new TableRow({ tableHeader: true, children: block.header.map((h, c) => cell(h, widths[c]!, true)) }),
              ...block.rows.map(
                (row) => new TableRow({ cantSplit: true, children: row.map((text, c) => cell(text, widths[c]!)) }),
              ),
            ],
          }),
          new Paragraph({ children: [] }),
        ]
      }
      case 'chart': {
        const chart = charts.find((c) => c.scope === block.scope)
        if (!chart) return []
        return [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [
              new ImageRun({
                type: 'png',
                data: chart.png,
                transformation: { width: chart.width, height: chart.height },
              }),
            ],
          }),
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [new TextRun({ text: block.caption, font: '宋体', size: 21 })],
          }),
        ]
      }
    }
  })
  const document = new Document({
    creator: '绩效看板',
    title: blocks.find((b) => b.kind === 'title')?.text ?? '绩效自评报告',
    styles: {
      paragraphStyles: [
        {
          id: 'Title',
          name: 'Title',
          basedOn: 'Normal',
          next: 'Normal',
          run: { font: '黑体', size: 40, bold: true },
          paragraph: { spacing: { after: 360 } },
        },
        {
          id: 'Heading1',
          name: 'Heading 1',
          basedOn: 'Normal',
          next: 'Normal',
          quickFormat: true,
          run: { font: '黑体', size: 32 },
          paragraph: { outlineLevel: 0, spacing: { before: 240, after: 120 } },
        },
        {
          id: 'Heading2',
          name: 'Heading 2',
          basedOn: 'Normal',
          next: 'Normal',
          quickFormat: true,
          run: { font: '楷体', size: 30, bold: true },
          paragraph: { outlineLevel: 1, spacing: { before: 180, after: 120 } },
        },
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { top: 1440, bottom: 1440, left: PAGE.left, right: PAGE.right },
          },
        },
        children,
      },
    ],
  })
  return new Uint8Array(await Packer.toArrayBuffer(document))
}
