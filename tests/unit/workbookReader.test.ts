/** The workbook reader and its zip guard, on workbooks and zips built byte by byte. */
import * as XLSX from '@e965/xlsx'
import { describe, expect, it } from 'vitest'
import { isWorkbookBytes, readWorkbook } from '@/io/workbook'
import { checkZip } from '@/io/zipGuard'

const xlsxOf = (ws: XLSX.WorkSheet) => {
  const wb = XLSX.utils.book_new()
  XLSX.utils.book_append_sheet(wb, ws, 'S')
  return new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer)
}

describe('reading a workbook', () => {
  it("a merged range's value fills every cell it covers, rows it adds included", async () => {
    const ws = XLSX.utils.aoa_to_sheet([['标题'], [], ['a', 'b']])
    ws['!merges'] = [XLSX.utils.decode_range('A1:C2'), XLSX.utils.decode_range('B5:C5')]
    ws['!ref'] = 'A1:C5'
    expect(await readWorkbook(xlsxOf(ws))).toEqual({
      ok: true,
      sheets: [
        {
          name: 'S',
          rows: [['标题', '标题', '标题'], ['标题', '标题', '标题'], ['a', 'b'], [], ['', '', '']],
          // The cells filled from a row above, with the row their range begins in.
          mergedFrom: new Map([
            [
              1,
              new Map([
                [0, 0],
                [1, 0],
                [2, 0],
              ]),
            ],
          ]),
        },
      ],
    })
  })

  it('of ranges that overlap (Excel forbids it, a file may not), the last read is what a cell shows and where it is from', async () => {
    const ws = XLSX.utils.aoa_to_sheet([
      ['绩效指标', ''],
      ['', ''],
      ['', '项目绩效目标指标表'],
    ])
    // A column label merged down into a title row that a later range merges across.
    ws['!merges'] = [XLSX.utils.decode_range('A1:A3'), XLSX.utils.decode_range('A3:B3')]
    ws.A3 = { t: 's', v: '项目绩效目标指标表' }
    const read = await readWorkbook(xlsxOf(ws))
    expect(read.ok && read.sheets[0]).toEqual({
      name: 'S',
      rows: [
        ['绩效指标', ''],
        ['绩效指标', ''],
        ['项目绩效目标指标表', '项目绩效目标指标表'],
      ],
      mergedFrom: new Map([[1, new Map([[0, 0]])]]),
    })
  })

  it('cells read as the sheet shows them: an error as nothing, dates as ISO, text as text whatever its format', async () => {
    const ws = XLSX.utils.aoa_to_sheet([['x']])
    ws.A1 = { t: 's', v: '未填报', z: 'yyyy/m/d' }
    ws.B1 = { t: 'e', v: 7, w: '#DIV/0!' }
    ws.C1 = { t: 'd', v: new Date('2024-03-05T00:00:00Z') }
    ws.D1 = { t: 'n', v: 45626, z: 'yyyy/m/d' }
    ws.E1 = { t: 'n', v: 0.855, z: '0.0%' }
    ws['!ref'] = 'A1:E1'
    const read = await readWorkbook(xlsxOf(ws))
    expect(read.ok && read.sheets[0]!.rows).toEqual([['未填报', '', '2024-03-05', '2024-11-30', '85.5%']])
  })

  it('bytes that are no workbook container are refused before any reading', async () => {
    expect(isWorkbookBytes(new Uint8Array([0x50, 0x4b, 0, 0]))).toBe(false)
    expect(isWorkbookBytes(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toBe(true)
    expect(isWorkbookBytes(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0, 0, 0]))).toBe(false)
    expect(await readWorkbook(new TextEncoder().encode('年度,单位\n2024,甲局'))).toEqual({
      ok: false,
      reason: 'workbookBroken',
    })
  })

  it("a sound zip that holds no workbook is broken, with the reader's message", async () => {
    const cfb = XLSX.CFB.utils.cfb_new()
    XLSX.CFB.utils.cfb_add(cfb, '/hello.txt', new TextEncoder().encode('hello'))
    const zip = new Uint8Array(XLSX.CFB.write(cfb, { type: 'array', fileType: 'zip' }) as ArrayBuffer)
    expect(await readWorkbook(zip)).toEqual({ ok: false, reason: 'workbookBroken', message: 'Unsupported ZIP file' })
  })
})

/** A zip's central directory and end record, as checkZip reads them (no file data). */
function zipOf(
  entries: { size: number; name: string; extra?: number; comment?: number }[],
  options: { padding?: number; endComment?: number; count?: number } = {},
): Uint8Array {
  const parts: number[] = Array(options.padding ?? 10).fill(0)
  const start = parts.length
  const u16 = (n: number) => [n & 0xff, (n >> 8) & 0xff]
  const u32 = (n: number) => [n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff]
  for (const e of entries) {
    const name = [...new TextEncoder().encode(e.name)]
    const header = [
      ...u32(0x02014b50),
      ...Array(20).fill(0),
      ...u32(e.size),
      ...u16(name.length),
      ...u16(e.extra ?? 0),
      ...u16(e.comment ?? 0),
      ...Array(12).fill(0),
    ]
    parts.push(...header, ...name, ...Array(e.extra ?? 0).fill(1), ...Array(e.comment ?? 0).fill(2))
  }
  const directory = parts.length - start
  const count = options.count ?? entries.length
  parts.push(
    ...u32(0x06054b50),
    0,
    0,
    0,
    0,
    ...u16(count),
    ...u16(count),
    ...u32(directory),
    ...u32(start),
    ...u16(options.endComment ?? 0),
    ...Array(options.endComment ?? 0).fill(3),
  )
  return new Uint8Array(parts)
}

describe('the zip guard', () => {
  const two = [
    { size: 100, name: 'a.xml', extra: 4 },
    { size: 250, name: 'bb.xml', comment: 3 },
  ]

  it('adds up the inflated sizes its directory declares, past names, extra fields and comments', () => {
    expect(checkZip(zipOf(two))).toEqual({ ok: true, inflated: 350 })
    expect(checkZip(zipOf(two, { endComment: 10 }))).toEqual({ ok: true, inflated: 350 })
    expect(checkZip(zipOf([]))).toEqual({ ok: true, inflated: 0 })
    expect(checkZip(zipOf([], { padding: 0 }))).toEqual({ ok: true, inflated: 0 })
  })

  it('refuses a zip past the limit, at the limit not', () => {
    expect(checkZip(zipOf(two), 350)).toEqual({ ok: true, inflated: 350 })
    expect(checkZip(zipOf(two), 349)).toEqual({ ok: false, reason: 'tooLarge' })
    expect(checkZip(zipOf([{ size: 0xffffffff, name: 'x' }]), Infinity)).toEqual({ ok: false, reason: 'tooLarge' })
  })

  it('is broken without an end record, with a directory entry not where it says, or fewer entries than it counts', () => {
    expect(checkZip(new Uint8Array(100))).toEqual({ ok: false, reason: 'broken' })
    const moved = zipOf(two)
    moved[10] = 0
    expect(checkZip(moved)).toEqual({ ok: false, reason: 'broken' })
    expect(checkZip(zipOf(two, { count: 3 }))).toEqual({ ok: false, reason: 'broken' })
  })
})
