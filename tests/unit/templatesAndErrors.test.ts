import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { failure } from '@/db/errors'
import { i18n } from '@/i18n'
import { describeFailure } from '@/stores/errorText'
import { readFile } from '@/workers/importClient'
import { parseCsvText } from '@/io/parseCsv'
import { loadSampleDataset } from '@/io/sampleData'
import { blankTemplate, periodTemplates } from '@/io/templates'
import { periodOf } from '@/domain/period'

const rowsOf = (text: string) => Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data

describe('templates', () => {
  it('blank templates are header-only files of their kind, with a BOM for Excel', () => {
    const { fileName, text } = blankTemplate('actuals')
    expect(fileName).toBe('实际完成-模板.csv')
    expect(text.startsWith('\uFEFF')).toBe(true)
    expect(rowsOf(text)).toEqual([
      [
        '年度',
        '单位',
        '类别',
        '三级指标',
        '指标编码',
        '季度',
        '截至月份',
        '实际值',
        '全年预计',
        '完成可能性',
        '偏差原因',
        '改进措施',
        '表内得分',
        '备注',
        '指标值',
        '主管部门',
      ],
    ])
    expect(parseCsvText(text, fileName).kind).toBe('actuals')
  })

  it('the quarterly files list the unit’s indicators and fund lines, with what was reported', async () => {
    const sample = await loadSampleDataset()
    const of2024 = {
      ...sample,
      targets: sample.targets.filter((t) => t.year === 2024),
      budgets: sample.budgets.filter((b) => b.year === 2024),
    }
    const [actuals, spending] = periodTemplates(of2024, '九江市柴桑区商务局', 2024, periodOf(9))
    expect(actuals!.fileName).toBe('九江市柴桑区商务局-2024年第3季度-实际完成.csv')
    const actualRows = rowsOf(actuals!.text)
    expect(actualRows).toHaveLength(1 + 31)
    expect(actualRows[13]!.slice(3, 8)).toEqual([
      '带动就业人数',
      expect.stringMatching(/^2024-/),
      '≥500人',
      '3',
      '390人',
    ])
    expect(actualRows[17]!.slice(3, 8)).toEqual(['社会公众满意度', expect.any(String), '≧80%', '3', ''])
    const spendingRows = rowsOf(spending!.text)
    expect(spendingRows.map((r) => [r[3], r[6]])).toEqual([
      ['预算项目', '执行数'],
      ['人员经费', '430'],
      ['公用经费', '130'],
      ['项目经费', '0'],
      ['招商引资', '40'],
    ])
    // Filled in, they import as their kinds with no problem.
    expect(parseCsvText(actuals!.text, actuals!.fileName)).toMatchObject({
      kind: 'actuals',
      problems: [],
      notices: [
        { text: '2 行未填写实际值，视为未填报，不导入', code: 'unreported', params: { n: 2, kind: 'actuals' } },
      ],
    })
    expect(parseCsvText(spending!.text, spending!.fileName)).toMatchObject({ kind: 'spending', problems: [] })
  })
})

describe('describeFailure', () => {
  it('says in Chinese what happened and that nothing was saved', () => {
    expect(describeFailure(Object.assign(new Error('x'), { name: 'QuotaExceededError' }))).toMatch(
      /^浏览器存储空间不足.*本次操作未保存任何数据/,
    )
    expect(describeFailure({ name: 'AbortError', message: 'x', inner: { name: 'QuotaExceededError' } })).toMatch(
      /^浏览器存储空间不足/,
    )
    expect(describeFailure({ name: 'DatabaseClosedError', message: 'closed' })).toMatch(/另一个标签页/)
    expect(describeFailure(new Error('Transaction aborted'))).toBe(
      '操作失败，本次操作未保存任何数据：Transaction aborted',
    )
    expect(describeFailure(failure('sampleUndo', 'x'))).toBe('示例数据不能撤销；可在“数据”页清除全部数据。')
  })

  it('says it in English when the screen is in English', () => {
    i18n.global.locale.value = 'en'
    try {
      expect(describeFailure(Object.assign(new Error('x'), { name: 'QuotaExceededError' }))).toMatch(
        /^The browser refused the write: its storage is full\. Nothing of this operation was saved/,
      )
      expect(describeFailure(failure('workerRestarted', 'x'))).toBe(
        'The import process restarted and lost the files: clear them and choose them again.',
      )
    } finally {
      i18n.global.locale.value = 'zh-CN'
    }
  })
})

describe('readFile', () => {
  it('refuses a file over 50 MB before reading a byte of it', async () => {
    const huge = { name: 'province.csv', size: 60 * 1024 * 1024 } as File
    const read = await readFile(1, huge)
    expect(read.summary.problems.map((p) => p.expected)).toEqual([
      '文件大小 60.0 MB，超过 50 MB 上限，未读取：请按单位或季度拆分后分别导入',
    ])
  })
})
