/** A sheet or a CSV file's rows: found empty, flat, partial or a form; and the words problems are told in. */
import * as XLSX from '@e965/xlsx'
import { describe, expect, it } from 'vitest'
import { detectKind } from '@/io/csvKinds'
import { readImportFile } from '@/io/importFile'
import { parseCsvText } from '@/io/parseCsv'
import { describeProblem } from '@/io/problems'
import { problemOf } from '@/io/problemText'
import { readSheet } from '@/io/sheetReader'
import { cellText, columnName } from '@/io/sheetGrid'

const TARGETS = ['年度', '单位', '类别', '一级指标', '二级指标', '三级指标', '指标值', '分值']
const sheet = (rows: string[][], name: string | null = 'S') => ({ name, rows })

describe('what a sheet is', () => {
  it('a sheet of spaces is empty; one with a word among blanks is not', () => {
    expect(readSheet(sheet([[' ', ''], ['  ']]), 'x')).toEqual({ kind: 'skipped', reason: 'emptySheet' })
    expect(
      readSheet(
        sheet([
          ['说明', ''],
          ['', ' '],
        ]),
        'x',
      ),
    ).toEqual({ kind: 'skipped', reason: 'unknownSheet' })
  })

  it('a full header under a form-like title is a flat table', () => {
    const read = readSheet(
      sheet([
        ['2024年绩效目标申报表'],
        TARGETS,
        ['2024', '甲局', '部门整体', '产出指标', '数量指标', '培训次数', '≥4次', '5'],
      ]),
      'x',
    )
    expect(read.kind === 'flat' && [read.part.kind, read.part.rowLines]).toEqual(['targets', [3]])
  })

  it('of two partial headers the first is read, so its problems say what it lacks', () => {
    const read = readSheet(sheet([['年度', '单位', '实际值'], ['说明'], ['年度', '单位', '三级指标', '指标值']]), 'x')
    expect(read.kind === 'flat' && [read.part.kind, read.part.problems.map((p) => p.column)]).toEqual([
      'actuals',
      ['类别', '三级指标', '季度'],
    ])
  })

  it('a problem in a CSV file below a title names no cell; in a sheet it does', async () => {
    const rows = [
      ['2024年绩效目标'],
      TARGETS,
      ['2024', '甲局', '部门整体', '产出指标', '数量指标', '培训次数', '≥4次', '五'],
    ]
    const fromCsv = await readImportFile(new TextEncoder().encode(rows.map((r) => r.join(',')).join('\n')), 't.csv')
    const book = XLSX.utils.book_new()
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), '目标')
    const fromBook = await readImportFile(
      new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer),
      't.xlsx',
    )
    expect([fromCsv, fromBook].map((read) => read.parts[0]!.problems.map((p) => [p.line, p.column, p.cell]))).toEqual([
      [[3, '分值', undefined]],
      [[3, '分值', '目标!H3']],
    ])
  })
})

describe('headers', () => {
  it("a header's spaces do not make it unknown; an unknown one is named trimmed", () => {
    const match = detectKind([...TARGETS.slice(0, 7), ' 甲 '])
    expect(match?.unknown).toEqual(['甲'])
  })

  it('spending needs its 季度 or 截至月份; a budget one of its two figures, named 全年预算数', () => {
    expect(detectKind(['年度', '单位', '类别', '预算项目', '执行数'])?.missing).toEqual(['季度'])
    expect(detectKind(['年度', '单位', '类别', '预算项目', '经费类型'])?.missing).toEqual(['全年预算数'])
  })
})

describe('cells and their words', () => {
  it('a cell is read trimmed, its text marker dropped inside the spaces', () => {
    const read = parseCsvText(
      `${TARGETS.slice(0, 7).join(',')}\n2024,甲局,部门整体,产出指标,数量指标, '=培训次数 ,'  ≥4次`,
      't.csv',
    )
    expect(
      read.tagged?.records.map((r) => [(r as { name: string }).name, (r as { targetText: string }).targetText]),
    ).toEqual([['=培训次数', '≥4次']])
  })

  it('a required cell left blank is told with what was found: nothing', () => {
    const read = parseCsvText('年度,单位,类别,三级指标,季度,实际值\n,甲局,部门整体,培训次数,1,1次', 'a.csv')
    expect(read.problems.map((p) => [p.column, p.found, p.code])).toEqual([['年度', '', 'required']])
  })

  it('a cell of a sheet is named by its column letters, a blank one read as nothing', () => {
    expect([0, 25, 26, 51, 701, 702].map(columnName)).toEqual(['A', 'Z', 'AA', 'AZ', 'ZZ', 'AAA'])
    expect(cellText({ name: null, rows: [[' 甲 ']] }, 0, 0)).toBe('甲')
    expect(cellText({ name: null, rows: [[' 甲 ']] }, 1, 0)).toBe('')
  })

  it('a problem in a sheet names its cell and row', () => {
    const p = { file: 'f.xlsx', line: 12, cell: '自评表!G12', column: '分值', found: '十分', ...problemOf('number') }
    expect(describeProblem(p)).toBe("自评表!G12（第12行） 分值: '十分' 不是数字")
  })

  it('the refusals of files that are no table say what to do', () => {
    expect(
      ['workbookBroken', 'workbookEncrypted', 'workbookTooLarge', 'binary'].map(
        (code) => problemOf(code as 'binary').expected,
      ),
    ).toEqual([
      '不是有效的 Excel 工作簿（.xlsx 或 .xls），可能已损坏或只是改了扩展名：请在 Excel 或 WPS 中打开后重新保存',
      '工作簿设有打开密码，无法读取：请在 Excel 或 WPS 中取消密码（文件 → 信息 → 保护工作簿）后另存再导入',
      '工作簿解压后超过 600 MB 上限（可能是压缩炸弹或异常文件），未读取',
      '不是 CSV 文本文件，也不是 Excel 工作簿（可能是图片、压缩包或 PDF）：请导出为 CSV 或 .xlsx 后再导入',
    ])
    expect([
      problemOf('readFailed', { message: '磁盘错误' }).expected,
      problemOf('readFailed', { message: '' }).expected,
    ]).toEqual(['读取失败：磁盘错误', '读取失败'])
  })
})
