import fc from 'fast-check'
import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { safeText, toCsv, unmarkText } from '@/io/csvWriter'

describe('safeText: formula injection', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+86 123', "'+86 123"],
    ['-2+3', "'-2+3"],
    ['-', "'-"],
    ["'quoted", "''quoted"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=cmd', "'\t=cmd"],
    ['\r=cmd', "'\r=cmd"],
    ['\n=cmd', "'\n=cmd"],
    ['第一行\n=HYPERLINK("x")', '\'第一行\n=HYPERLINK("x")'],
    ['第一行\r\n@cmd', "'第一行\r\n@cmd"],
  ])('%j → %j', (text, safe) => expect(safeText(text)).toBe(safe))

  it.each(['正常', '≥4次', '偏差原因：进度慢', 'a=b', '第一行\n第二行', '', '-2', '-2.5', '-3%', '12'])(
    'leaves %j alone',
    (text) => {
      expect(safeText(text)).toBe(text)
    },
  )
})

describe('unmarkText', () => {
  it.each(['=1+1', "'", "''x", '-2', '-2+3', '正常', '', '第一行\n@x'])('undoes safeText on %j', (text) => {
    expect(unmarkText(safeText(text))).toBe(text)
  })
})

describe('safeText on any text', () => {
  const runs = Number(process.env.FUZZ_RUNS ?? 300)
  const hostile = fc
    .array(
      fc.oneof(
        fc.string({ unit: 'grapheme', maxLength: 4 }),
        fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n', "'", '1', '.', '%'),
      ),
      { maxLength: 6 },
    )
    .map((parts) => parts.join(''))

  it('never leaves a formula at the start of the cell or of any line, and unmarkText undoes it', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const safe = safeText(text)
        expect(unmarkText(safe)).toBe(text)
        if (safe === text && !/^-?\d+(?:\.\d+)?%?$/.test(text))
          expect(text.split(/\r\n|\r|\n/).some((line) => /^[=+\-@\t]/.test(line))).toBe(false)
      }),
      { numRuns: runs },
    )
  })
})

describe('toCsv', () => {
  it('writes a BOM, CRLF lines, quoted text and bare numbers', () => {
    expect(
      toCsv([
        ['名称', '值'],
        ['带,逗号', 12.5],
        ['带"引号"', -3],
        ['多行\n文本', null],
        ['=危险', 0],
      ]),
    ).toBe('\uFEFF名称,值\r\n"带,逗号",12.5\r\n"带""引号""",-3\r\n"多行\n文本",\r\n\'=危险,0\r\n')
  })

  it('keeps negative numbers numbers and never writes NaN', () => {
    expect(toCsv([[-12.5, Number.NaN, Number.POSITIVE_INFINITY]])).toBe('\uFEFF-12.5,,\r\n')
  })

  it('reads back to the same cells, defused text aside', () => {
    const text = toCsv([
      ['a', 'b'],
      ['x\ny', '1,2'],
      ['"q"', 'z'],
    ])
    expect(Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data).toEqual([
      ['a', 'b'],
      ['x\ny', '1,2'],
      ['"q"', 'z'],
    ])
  })
})
