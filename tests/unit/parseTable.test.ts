/** parseTable and its neighbours: what a table becomes around its rows. */
import { describe, expect, it } from 'vitest'
import { problemOf } from '@/io/problemText'
import { readImportFile } from '@/io/importFile'
import { MAX_CELL_LENGTH, parseTable } from '@/io/parseTable'
import { csvRows } from '@/io/csvRows'
import { failedFile } from '@/io/parsedCsv'
import { parseCsvText } from '@/io/parseCsv'

const HEADER = ['年度', '单位', '类别', '一级指标', '二级指标', '三级指标', '指标值']
const ROW = ['2024', '甲局', '部门整体', '产出指标', '数量指标', '培训次数', '≥4次']
const lineNumbers = (n: number) => Array.from({ length: n }, (_, i) => i + 1)

describe('a file that could not be read', () => {
  it('is one problem on line 1, comma-separated, with no headers and no rows', () => {
    expect(failedFile('f.csv', problemOf('emptyFile'))).toEqual({
      fileName: 'f.csv',
      encoding: null,
      delimiter: ',',
      kind: null,
      headers: [],
      rows: [],
      rowLines: [],
      tagged: null,
      recordLines: [],
      problems: [{ file: 'f.csv', line: 1, code: 'emptyFile', expected: '文件为空', params: {} }],
      notices: [],
    })
  })

  it('no bytes are empty and have no encoding', async () => {
    expect((await readImportFile(new Uint8Array(), 'e.csv')).parts[0]).toMatchObject({
      encoding: null,
      problems: [{ code: 'emptyFile' }],
    })
  })

  it('an unknown header keeps its headers', () => {
    expect(
      parseTable(
        [
          ['甲', '乙'],
          ['1', '2'],
        ],
        [1, 2],
        'u.csv',
      ),
    ).toMatchObject({ kind: null, headers: ['甲', '乙'], delimiter: ',', problems: [{ code: 'unknownHeader' }] })
  })
})

describe('a table of a known kind', () => {
  it('keeps the cell namer it was given, and a row of spaces is no row', () => {
    const cellOf = (line: number, column: string) => `S!${column}${line}`
    const table = parseTable([HEADER, ['  ', ' '], ROW], [1, 2, 3], 'w.xlsx', {}, cellOf)
    expect(table.cellOf).toBe(cellOf)
    expect([table.rows, table.rowLines, table.delimiter]).toEqual([[ROW], [3], ','])
  })

  it('a header and rows of spaces only is a header without rows', () => {
    expect(parseTable([HEADER, [' ', '']], [1, 2], 'h.csv').problems.map((p) => [p.line, p.code])).toEqual([
      [2, 'headerOnly'],
    ])
  })

  it('names the columns it does not know, all of them', () => {
    const table = parseTable(
      [
        [...HEADER, '甲', '乙'],
        [...ROW, '1', '2'],
      ],
      [1, 2],
      'x.csv',
    )
    expect(table.notices.map((n) => n.params)).toEqual([{ kind: 'targets', columns: '甲、乙' }])
  })

  it('a cell of exactly the limit is read; one longer is a problem named by its header, or by its place past the headers', () => {
    const atLimit = 'x'.repeat(MAX_CELL_LENGTH)
    const over = 'y'.repeat(MAX_CELL_LENGTH + 1)
    const table = parseTable(
      [
        [...HEADER, ' 备注'],
        [...ROW.slice(0, 6), atLimit, '', ''],
        [...ROW.slice(0, 6), '≥1次', over, over],
        [...ROW.slice(0, 5), '', '≥1次'],
      ],
      lineNumbers(4),
      'l.csv',
    )
    expect(table.problems.map((p) => [p.line, p.column, p.code])).toEqual([
      [3, '备注', 'cellTooLong'],
      [3, '第9列', 'cellTooLong'],
      [4, '三级指标', 'required'],
    ])
    expect(table.recordLines).toEqual([2])
  })

  it('tells the unit-years its rows name, each once, read as the mappers read 年度 and 单位 (a 年度 that does not read names none)', () => {
    const rest = ROW.slice(2)
    const rows = [
      HEADER,
      ROW,
      [' 2024年 ', "'甲局 ", ...rest],
      ['去年', '乙局', ...rest],
      ['2023', '乙局', ...rest],
      ['2024', '乙局', ...rest],
      ROW,
    ]
    const heard: [number, string][][] = []
    const table = parseTable(rows, lineNumbers(7), 'u.csv', { onUnitYears: (keys) => heard.push(keys) })
    expect(heard).toEqual([
      [
        [2024, '甲局'],
        [2023, '乙局'],
        [2024, '乙局'],
      ],
    ])
    expect(table.recordLines).toEqual([2, 3, 5, 6, 7])
  })

  it('problems are told in line order, however they were found', () => {
    const table = parseTable(
      [HEADER, [...ROW.slice(0, 5), '', '≥1次'], [...ROW.slice(0, 6), 'z'.repeat(MAX_CELL_LENGTH + 1)]],
      [1, 2, 3],
      'o.csv',
    )
    expect(table.problems.map((p) => [p.line, p.code])).toEqual([
      [2, 'required'],
      [3, 'cellTooLong'],
    ])
  })
})

describe('CSV text', () => {
  it('a zero-width no-break space is dropped only at the very start', () => {
    const text = [HEADER, [...ROW.slice(0, 5), '培训\uFEFF次数', '≥4次']].map((r) => r.join(',')).join('\n')
    expect(parseCsvText(text, 'z.csv').rows[0]![5]).toBe('培训\uFEFF次数')
    expect(parseCsvText(`\uFEFF${text}`, 'z.csv').kind).toBe('targets')
  })

  it('tells its progress every 2,000 rows, at the cursor of that row', () => {
    const row = 'a,b,c\n'
    const text = row.repeat(4500)
    const progress: number[] = []
    csvRows(text, { onProgress: (p) => progress.push(p) })
    expect(progress).toEqual([(2000 * row.length) / text.length, (4000 * row.length) / text.length])
  })
})
