import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { safeText, toCsv } from '@/io/csvWriter'

describe('safeText: formula injection', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+86 123', "'+86 123"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=cmd', "'\t=cmd"],
    ['\r=cmd', "'\r=cmd"],
    ['\n=cmd', "'\n=cmd"],
    ['第一行\n=HYPERLINK("x")', '\'第一行\n=HYPERLINK("x")'],
    ['第一行\r\n@cmd', "'第一行\r\n@cmd"],
  ])('%j → %j', (text, safe) => expect(safeText(text)).toBe(safe))

  it.each(['正常', '≥4次', '偏差原因：进度慢', 'a=b', '第一行\n第二行', ''])('leaves %j alone', (text) => {
    expect(safeText(text)).toBe(text)
  })
})

describe('toCsv', () => {
  it('writes a BOM, CRLF lines, quoted text and bare numbers', () => {
    expect(toCsv([['名称', '值'], ['带,逗号', 12.5], ['带"引号"', -3], ['多行\n文本', null], ['=危险', 0]])).toBe(
      '\uFEFF名称,值\r\n"带,逗号",12.5\r\n"带""引号""",-3\r\n"多行\n文本",\r\n\'=危险,0\r\n',
    )
  })

  it('keeps negative numbers numbers and never writes NaN', () => {
    expect(toCsv([[-12.5, Number.NaN, Number.POSITIVE_INFINITY]])).toBe('\uFEFF-12.5,,\r\n')
  })

  it('reads back to the same cells, defused text aside', () => {
    const text = toCsv([['a', 'b'], ['x\ny', '1,2'], ['"q"', 'z']])
    expect(Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data).toEqual([
      ['a', 'b'],
      ['x\ny', '1,2'],
      ['"q"', 'z'],
    ])
  })
})
