import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import { decodeCsvBytes, detectDelimiter } from '@/io/encoding'
import { readImportFile } from '@/io/importFile'
import { MAX_CELL_LENGTH } from '@/io/parseTable'
import { parseCsvText } from '@/io/parseCsv'
import { problemOf } from '@/io/problemText'
import { describeProblem } from '@/io/problems'

const ACTUALS_HEADER = '年度,单位,类别,三级指标,季度,实际值,偏差原因'
const ROW = '2024,甲局,部门整体,带动就业人数,3,390人,'
const utf8 = (text: string) => new TextEncoder().encode(text)
const gbk = (text: string) => new Uint8Array(iconv.encode(text, 'gbk'))

describe('decodeCsvBytes', () => {
  it('reads UTF-8 without BOM, UTF-8 with BOM, and GBK', () => {
    const text = `${ACTUALS_HEADER}\n${ROW}\n`
    expect(decodeCsvBytes(utf8(text))).toEqual({ ok: true, text, encoding: 'UTF-8' })
    expect(decodeCsvBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]))).toEqual({
      ok: true,
      text,
      encoding: 'UTF-8 (BOM)',
    })
    expect(decodeCsvBytes(gbk(text))).toEqual({ ok: true, text, encoding: 'GB18030' })
  })

  it('tells GBK from UTF-8 by the fatal UTF-8 decoder, not by guessing', () => {
    // 中 in GBK is D6 D0: not valid UTF-8.
    expect(Array.from(gbk('中'))).toEqual([0xd6, 0xd0])
    expect(decodeCsvBytes(gbk('年度,单位')).ok && decodeCsvBytes(gbk('年度,单位'))).toMatchObject({
      encoding: 'GB18030',
      text: '年度,单位',
    })
  })

  it('refuses Excel workbooks and binary files with advice', () => {
    expect(decodeCsvBytes(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).toEqual({ ok: false, reason: 'workbook' })
    expect(decodeCsvBytes(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]))).toEqual({
      ok: false,
      reason: 'binary',
    })
    expect(decodeCsvBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0xff, 0xfe]))).toEqual({ ok: false, reason: 'badUtf8' })
    // the advice the file's card shows
    expect(problemOf('workbook')).toMatchObject({
      code: 'workbook',
      expected: '这是 Excel 工作簿而不是 CSV 文件：请在 Excel 中“另存为”CSV（逗号分隔）后再导入',
    })
  })
})

describe('detectDelimiter', () => {
  it.each([
    ['a,b,c\n1,2,3\n', ','],
    ['a\tb\tc\n1\t2\t3\n', '\t'],
    ['a;b;c\n1;2;3\n', ';'],
    ['"a;b",c\n', ','],
    ['a\n', ','],
  ])('%j → %j', (text, delimiter) => expect(detectDelimiter(text)).toBe(delimiter))
})

/** A file's bytes read as the importer reads them: its one part. */
const readBytes = async (bytes: Uint8Array, fileName: string) => (await readImportFile(bytes, fileName)).parts[0]!

describe('a CSV file read from its bytes', () => {
  it('parses a GBK file with CRLF line ends the same as UTF-8', async () => {
    const text = `${ACTUALS_HEADER}\r\n${ROW}\r\n`
    const fromGbk = await readBytes(gbk(text), 'q3.csv')
    const fromUtf8 = await readBytes(utf8(text), 'q3.csv')
    expect(fromGbk.encoding).toBe('GB18030')
    expect(fromGbk.problems).toEqual([])
    expect(fromGbk.tagged).toEqual(fromUtf8.tagged)
    expect(fromGbk.tagged?.records[0]).toMatchObject({ actualText: '390人', month: 9, unit: '甲局' })
  })

  it('reads full-width digits in numbers and quarters', () => {
    const parsed = parseCsvText(
      '年度,单位,类别,预算项目,季度,执行数\n２０２４,甲局,部门整体,人员经费,Ｑ３,１，２３４．５\n',
      's.csv',
    )
    expect(parsed.problems).toEqual([])
    expect(parsed.tagged?.records[0]).toMatchObject({ year: 2024, month: 9, spent: 1234.5 })
  })

  it('keeps quoted newlines in a cell and numbers later rows by the editor’s lines', () => {
    const text = `${ACTUALS_HEADER}\n2024,甲局,部门整体,指标一,3,5个,"第一行\n第二行"\n2024,甲局,部门整体,指标二,9,5个,\n`
    const parsed = parseCsvText(text, 'a.csv')
    expect(parsed.rowLines).toEqual([2, 4])
    expect(parsed.tagged?.records[0]).toMatchObject({ reason: '第一行\n第二行' })
    expect(parsed.problems.map(describeProblem)).toEqual(["第4行 季度: '9' 应为 1–4、Q1–Q4、一季度–四季度 或 全年"])
  })

  it('reads semicolon and tab files even with a trailing newline and blank lines', () => {
    for (const d of [';', '\t']) {
      const text = `${ACTUALS_HEADER.replaceAll(',', d)}\n\n${ROW.replaceAll(',', d)}\n\n`
      const parsed = parseCsvText(text, 'x.csv')
      expect(parsed.delimiter).toBe(d)
      expect(parsed.problems).toEqual([])
      expect(parsed.rowLines).toEqual([3])
    }
  })

  it('says so for an empty file, a blank one and a header-only one', async () => {
    expect((await readBytes(new Uint8Array(), 'e.csv')).problems.map(describeProblem)).toEqual(['第1行: 文件为空'])
    expect(parseCsvText(' \r\n\r\n', 'e.csv').problems.map(describeProblem)).toEqual(['第1行: 文件为空'])
    expect(parseCsvText(`${ACTUALS_HEADER}\r\n`, 'h.csv').problems.map(describeProblem)).toEqual([
      '第2行: 只有表头，没有数据行',
    ])
  })

  it('refuses a header of no known kind, and lists missing columns', () => {
    expect(parseCsvText('姓名,电话\n张三,123\n', 'p.csv').problems[0]?.expected).toMatch(/^无法识别的表头/)
    expect(parseCsvText('年度,实际值\n2024,3\n', 'm.csv').problems.map(describeProblem)).toEqual([
      '第1行 单位: 缺少必需的列',
      '第1行 类别: 缺少必需的列',
      '第1行 三级指标: 缺少必需的列',
      '第1行 季度: 缺少必需的列',
    ])
  })

  it('reports unknown columns as a notice', () => {
    const parsed = parseCsvText(`${ACTUALS_HEADER},填报人\n${ROW},张三\n`, 'a.csv')
    expect(parsed.problems).toEqual([])
    expect(parsed.notices).toEqual([
      {
        text: '以下列不属于实际完成文件，已忽略：填报人',
        code: 'unknownColumns',
        params: { kind: 'actuals', columns: '填报人' },
      },
    ])
  })

  it('refuses a cell over 10,000 characters and keeps the rest of the file', () => {
    const long = '很'.repeat(MAX_CELL_LENGTH + 1)
    const parsed = parseCsvText(`${ACTUALS_HEADER}\n${ROW}${long}\n${ROW}\n`, 'l.csv')
    expect(parsed.problems).toEqual([
      {
        file: 'l.csv',
        line: 2,
        column: '偏差原因',
        found: `${'很'.repeat(20)}…（10001 个字符）`,
        expected: '单元格超过 10000 个字符，可能是引号未配对',
        code: 'cellTooLong',
        params: { max: 10000 },
      },
    ])
    expect(parsed.tagged?.records).toHaveLength(1)
    expect(parsed.recordLines).toEqual([3])
  })

  it('reports progress up to 1', () => {
    const shares: number[] = []
    parseCsvText(`${ACTUALS_HEADER}\n${Array(4500).fill(ROW).join('\n')}\n`, 'big.csv', {
      onProgress: (s) => shares.push(s),
    })
    expect(shares.length).toBeGreaterThanOrEqual(3)
    expect(shares.at(-1)).toBe(1)
    expect([...shares].sort((a, b) => a - b)).toEqual(shares)
  })
})
