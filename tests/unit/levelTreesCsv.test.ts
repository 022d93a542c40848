/**
 * Flat targets files of trees with fewer levels: a blank 二级, or no levels at all, reads;
 * a 二级 under no 一级 does not. What the app exports of such a tree imports again as it was.
 */
import { describe, expect, it } from 'vitest'
import { datasetCsvFiles } from '@/io/datasetCsv'
import { parseCsvText } from '@/io/parseCsv'
import { csv, dataset, target } from './fixtures'

const HEADER = ['年度', '单位', '类别', '一级指标', '二级指标', '三级指标', '指标值', '分值']

describe('a targets file of a shorter tree', () => {
  it('reads a blank 二级, and blank 一级 and 二级; refuses a 二级 with no 一级', () => {
    const result = parseCsvText(
      csv([
        HEADER,
        ['2024', '甲局', '部门整体', '运行成本', '', '公用经费支出', '≤50万元', '20'],
        ['2024', '甲局', '部门整体', '', '', '群众满意度', '≥90%', '10'],
        ['2024', '甲局', '部门整体', '', '重点工作', '完成事项数', '≥10项', '30'],
      ]),
      't.csv',
    )
    expect(result.tagged?.records.map((r) => 'level1' in r && [r.level1, r.level2, r.name, r.weight])).toEqual([
      ['运行成本', '', '公用经费支出', 20],
      ['', '', '群众满意度', 10],
    ])
    expect(result.problems.map((p) => [p.line, p.column, p.code])).toEqual([[4, '一级指标', 'level2WithoutLevel1']])
  })

  it('exported and read again, gives back the same targets', () => {
    const targets = [
      target('公用经费支出', { level1: '运行成本', level2: '', targetText: '≤50万元', weight: 20, position: 2 }),
      target('完成事项数', { level1: '履职效能', level2: '重点工作', targetText: '≥10项', weight: 30, position: 3 }),
      target('群众满意度', { level1: '', level2: '', targetText: '≥90%', weight: 10, position: 4 }),
    ]
    const [file] = datasetCsvFiles(dataset({ targets }), 'x')
    const read = parseCsvText(file!.text, file!.fileName)
    expect(read.problems).toEqual([])
    expect(read.tagged?.records).toEqual(targets)
  })
})
