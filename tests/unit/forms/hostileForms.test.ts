/**
 * Odd sheets keep the reader's guarantees: a header (and title) repeated on each printed
 * page is passed over, and a merged cell running from one form into the next is read by
 * the form it begins in only.
 */
import { describe, expect, it } from 'vitest'
import { readImportFile, type FileRead } from '@/io/importFile'
import type { TargetRecord } from '@/domain/records'
import { csv } from '../fixtures'
import { workbook, type Cell } from './formFixtures'
import { HEADER, asText, head, headMerges } from './hostileFixtures'

const targetsOf = (read: FileRead, form: number) =>
  read.parts
    .filter((p) => p.kind === 'targets' && p.fileName.includes(`表${form} `))
    .flatMap((p) => (p.tagged?.records ?? []) as TargetRecord[])
    .map((t) => [t.level1, t.level2, t.name, t.targetText])
const problemsOf = (read: FileRead) => read.parts.flatMap((p) => p.problems)
const noticesOf = (read: FileRead) => read.parts.flatMap((p) => p.notices.map((n) => n.text))
const csvFile = (rows: Cell[][], name: string) => readImportFile(new TextEncoder().encode(csv(asText(rows))), name)

describe('a header repeated inside the table, as a printed form repeats it on each page', () => {
  it('in a CSV file: the repeated header row is no indicator and no problem, and the rows after it continue their 一级 and 二级', async () => {
    const read = await csvFile(
      [
        ...head('培训项目', '九江市甲局', 50),
        HEADER,
        [null, '产出指标', '数量指标', '培训次数', '≥4次'],
        [null, null, null, '宣讲次数', '≥2次'],
        HEADER,
        [null, null, null, '走访次数', '≥9次'],
        [null, null, '质量指标', '验收合格率', '100%'],
      ],
      '培训.csv',
    )
    expect(read.forms.map((f) => [f.scope, f.counts.targets, f.missing])).toEqual([['培训项目', 4, []]])
    expect(targetsOf(read, 1)).toEqual([
      ['产出指标', '数量指标', '培训次数', '≥4次'],
      ['产出指标', '数量指标', '宣讲次数', '≥2次'],
      ['产出指标', '数量指标', '走访次数', '≥9次'],
      ['产出指标', '质量指标', '验收合格率', '100%'],
    ])
    expect(problemsOf(read)).toEqual([])
    expect(noticesOf(read)).toEqual([])
  })

  it('in a workbook: a title repeated with a two-row header on the next page continues the form', async () => {
    // 年度指标值 split into 指标性质 | 指标值 | 度量单位 under it; both header rows and the title again at row 9.
    const header: Cell[][] = [
      ['绩效指标', '一级指标', '二级指标', '三级指标', '年度指标值', null, null],
      [null, null, null, null, '指标性质', '指标值', '度量单位'],
    ]
    const headerMerges = (row: number) => ['A', 'B', 'C', 'D'].map((c) => `${c}${row}:${c}${row + 1}`)
    const rows: Cell[][] = [
      ['项目绩效目标指标表', null, null, null, null, null, null],
      ['（2024年度）', null, null, null, null, null, null],
      ['项目名称', '培训项目', null, '实施单位', '九江市甲局', null, null],
      ['项目资金（万元）', '年度资金总额', 50, null, null, null, null],
      ...header,
      [null, '产出指标', '数量指标', '培训次数', '≥', 4, '次'],
      [null, null, null, '宣讲次数', '≥', 2, '次'],
      ['项目绩效目标指标表', null, null, null, null, null, null],
      ...header,
      [null, null, null, '走访次数', '═', 9, '次'],
      [null, null, '质量指标', '验收合格率', '≥', 95, '%'],
    ]
    const merges = [
      'A1:G1',
      'A2:G2',
      ...headerMerges(5),
      'E5:G5',
      'B7:B8',
      'C7:C8',
      'A9:G9',
      ...headerMerges(10),
      'E10:G10',
    ]
    const read = await readImportFile(workbook([{ name: '甲局', rows, merges }]), '分页.xlsx')
    expect(read.forms.map((f) => [f.scope, f.counts.targets, f.missing])).toEqual([['培训项目', 4, []]])
    // Page 2 carries 产出指标 and 数量指标 on from page 1, its own merges having begun at its header.
    expect(targetsOf(read, 1)).toEqual([
      ['产出指标', '数量指标', '培训次数', '≥4次'],
      ['产出指标', '数量指标', '宣讲次数', '≥2次'],
      ['产出指标', '数量指标', '走访次数', '═9次'],
      ['产出指标', '质量指标', '验收合格率', '≥95%'],
    ])
    expect(problemsOf(read)).toEqual([])
    expect(noticesOf(read)).toEqual([])
  })

  it('in a CSV file: the title repeated too, a blank row before the header, continues the form', async () => {
    const read = await csvFile(
      [
        ...head('培训项目', '九江市甲局', 50),
        HEADER,
        [null, '产出指标', '数量指标', '培训次数', '≥4次'],
        ['项目绩效目标指标表'],
        [],
        HEADER,
        [null, null, null, '走访次数', '≥9次'],
      ],
      '培训.csv',
    )
    expect(read.forms.map((f) => [f.scope, f.counts, f.missing])).toEqual([
      ['培训项目', { targets: 2, budget: 1, actuals: 0, spending: 0 }, []],
    ])
    expect(targetsOf(read, 1)).toEqual([
      ['产出指标', '数量指标', '培训次数', '≥4次'],
      ['产出指标', '数量指标', '走访次数', '≥9次'],
    ])
    expect(problemsOf(read)).toEqual([])
  })

  it('a repeated title followed by labels of its own starts a new form', async () => {
    const read = await csvFile(
      [
        ...head('培训项目', '九江市甲局', 50),
        HEADER,
        [null, '产出指标', '数量指标', '培训次数', '≥4次'],
        ...head('宣传项目', '九江市甲局', 30),
        HEADER,
        [null, '产出指标', '数量指标', '宣传场次', '≥6场'],
      ],
      '两张表.csv',
    )
    expect(read.forms.map((f) => [f.scope, f.counts.targets, f.counts.budget])).toEqual([
      ['培训项目', 1, 1],
      ['宣传项目', 1, 1],
    ])
    expect(targetsOf(read, 2)).toEqual([['产出指标', '数量指标', '宣传场次', '≥6场']])
    expect(problemsOf(read)).toEqual([])
  })
})

describe('a merged cell running from one form into the next', () => {
  // Form 1 in rows 1–7, a blank row 8, form 2 from row 9.
  const form1: Cell[][] = [
    ...head('培训项目', '九江市甲局', 50),
    HEADER,
    [null, '产出指标', '数量指标', '培训次数', '≥4次'],
    [null, null, '质量指标', '验收合格率', '100%'],
    [],
  ]
  const form2Rows: Cell[][] = [
    ...head('宣传项目', '九江市乙局', 30),
    HEADER,
    [null, '效益指标', '社会效益指标', '受众人数', '≥1000人'],
  ]
  const expectBothRead = (read: FileRead) => {
    expect(read.forms.map((f) => [f.scope, f.unit, f.counts.targets, f.counts.budget, f.missing])).toEqual([
      ['培训项目', '九江市甲局', 2, 1, []],
      ['宣传项目', '九江市乙局', 1, 1, []],
    ])
    expect(targetsOf(read, 1)).toEqual([
      ['产出指标', '数量指标', '培训次数', '≥4次'],
      ['产出指标', '质量指标', '验收合格率', '100%'],
    ])
    expect(targetsOf(read, 2)).toEqual([['效益指标', '社会效益指标', '受众人数', '≥1000人']])
    expect(problemsOf(read)).toEqual([])
    expect(noticesOf(read)).toEqual([])
  }

  it("form 1's 绩效指标 label, merged down column A into form 2's title row: both titles are found", async () => {
    // Form 2's title is typed from column B, so column A of its row is form 1's label.
    const form2 = form2Rows.map((row, i) => (i === 0 ? [null, row[0]!, null, null, null] : row))
    const sheet = { name: '项目', rows: [...form1, ...form2], merges: [...headMerges(1), 'A5:A9', 'B9:E9', 'A10:E10'] }
    const read = await readImportFile(workbook([sheet]), '两张表.xlsx')
    expect(read.forms.map((f) => f.fields[0]!.cell)).toEqual(['项目!A1', '项目!B9'])
    expectBothRead(read)
  })

  it("a note merged in column F from form 1's rows down through form 2's title, funds and header rows: form 2 reads none of it", async () => {
    const note = (rows: Cell[][]) => rows.map((row, i) => (i === 0 ? [...row, '按季度考核'] : row))
    const rows = [...form1.slice(0, 5), ...note(form1.slice(5)), ...form2Rows]
    // F6:F13 covers form 1's indicators, the blank row, form 2's title (9), year, project, funds and header (13).
    const sheet = { name: '项目', rows, merges: [...headMerges(1), 'F6:F13', ...headMerges(9)] }
    const read = await readImportFile(workbook([sheet]), '两张表.xlsx')
    expect(read.forms.map((f) => f.fields[0]!.cell)).toEqual(['项目!A1', '项目!A9'])
    // Read by form 2, F13 would be a header of its block, told as a column ignored.
    expectBothRead(read)
  })
})
