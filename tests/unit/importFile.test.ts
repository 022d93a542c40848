/** readImportFile: what a file's bytes become before any row is read. */
import * as XLSX from '@e965/xlsx'
import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import { readImportFile } from '@/io/importFile'

const utf8 = (text: string) => new TextEncoder().encode(text)
const TARGETS = '年度,单位,类别,一级指标,二级指标,三级指标,指标值\n2024,甲局,部门整体,产出指标,数量指标,培训次数,≥4次\n'

/** A workbook of sheets given as rows. */
function book(sheets: Record<string, (string | number)[][]>): Uint8Array {
  const wb = XLSX.utils.book_new()
  for (const [name, rows] of Object.entries(sheets))
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), name)
  return new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer)
}

describe('a file that is no table', () => {
  it('an empty file is one failed part, no workbook, no encoding', async () => {
    const read = await readImportFile(new Uint8Array(), 'e.csv')
    expect([read.workbook, read.encoding, read.forms, read.sheets]).toEqual([false, null, [], []])
    expect(read.parts.map((p) => [p.fileName, p.problems.map((q) => q.code)])).toEqual([['e.csv', ['emptyFile']]])
  })

  it('a file of blank lines is empty too, in its encoding', async () => {
    const read = await readImportFile(utf8('  \n \n'), 'e.csv')
    expect([read.encoding, read.parts.map((p) => p.problems.map((q) => q.code))]).toEqual(['UTF-8', [['emptyFile']]])
  })

  it('binary bytes are a broken workbook when named .xls or .xlsx in any case, else binary', async () => {
    const noise = new Uint8Array(512).map((_, i) => (i * 7919 + 13) % 256)
    const codeOf = async (name: string) => (await readImportFile(noise, name)).parts[0]!.problems[0]!.code
    expect(await codeOf('报表.XLS')).toBe('workbookBroken')
    expect(await codeOf('报表.xls')).toBe('workbookBroken')
    expect(await codeOf('报表.xlsx.csv')).toBe('binary')
  })

  it('a header it does not know is one failed part that keeps the headers, encoding and delimiter', async () => {
    const read = await readImportFile(utf8('甲;乙\n1;2\n'), 'u.csv')
    expect(read.parts.map((p) => [p.kind, p.headers, p.encoding, p.delimiter, p.problems.map((q) => q.code)])).toEqual([
      [null, ['甲', '乙'], 'UTF-8', ';', ['unknownHeader']],
    ])
  })

  it("a workbook that cannot be opened is one failed part of a workbook, with the reader's message", async () => {
    const read = await readImportFile(
      new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...new Uint8Array(200).fill(9)]),
      '坏.xlsx',
    )
    expect(read.workbook).toBe(true)
    expect(read.parts[0]!.problems[0]).toMatchObject({ code: 'workbookBroken' })
    expect(Object.keys(read.parts[0]!.problems[0]!.params ?? {})).toEqual(['message'])
  })

  it('a workbook none of whose sheets can be read names each sheet and why', async () => {
    const read = await readImportFile(book({ 说明: [['本表仅供参考']], 空表: [] }), '无.xlsx')
    expect(read.sheets.map((s) => s.name)).toEqual(['说明', '空表'])
    expect(read.parts.map((p) => [p.fileName, p.problems.map((q) => [q.code, q.params])])).toEqual([
      [
        '无.xlsx',
        [
          [
            'noSheetRead',
            {
              sheets:
                '说明：未找到各类文件的表头（前 20 行内），也未找到绩效目标申报表、绩效监控表或绩效自评表的标题；空表：空白工作表',
            },
          ],
        ],
      ],
    ])
  })
})

describe('a file read', () => {
  it('a GB18030 file that starts with its byte order mark reads its header', async () => {
    const read = await readImportFile(
      new Uint8Array([0x84, 0x31, 0x95, 0x33, ...iconv.encode(TARGETS, 'gbk')]),
      'g.csv',
    )
    expect(read.parts.map((p) => [p.kind, p.encoding, p.headers[0], p.problems])).toEqual([
      ['targets', 'GB18030', '年度', []],
    ])
  })

  it("a zero-width no-break space inside a cell is the cell's own", async () => {
    const read = await readImportFile(utf8(TARGETS.replace('培训次数', '培训\uFEFF次数')), 't.csv')
    expect(read.parts[0]!.rows[0]![5]).toBe('培训\uFEFF次数')
  })

  it("a workbook's sheets are read as the options say, and progress runs from half-way to the end by sheet", async () => {
    const rows = [
      ['年度', '单位', '类别', '三级指标', '季度', '实际值'],
      ['2024', '甲局', '部门整体', '培训次数', '1', '1次'],
    ]
    const progress: number[] = []
    const read = await readImportFile(book({ 甲: rows, 乙: rows }), '两表.xlsx', {
      sample: true,
      onProgress: (p) => progress.push(p),
    })
    expect(progress).toEqual([0.5, 0.75, 1])
    expect(read.parts.flatMap((p) => (p.tagged?.records ?? []).map((r) => (r as { sample?: boolean }).sample))).toEqual(
      [true, true],
    )
    expect(read.parts.map((p) => [p.fileName, p.kind])).toEqual([
      ['两表.xlsx › 甲', 'actuals'],
      ['两表.xlsx › 乙', 'actuals'],
    ])
  })
})
