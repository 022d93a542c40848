/**
 * The import check's edges: progress over several files, the order problems are told in,
 * forms completing each other's rows, and the cells problems quote.
 */
import { describe, expect, it } from 'vitest'
import type { Dataset } from '@/domain/model'
import { planImport, planImportInSlices } from '@/io/importPlan'
import { parseCsvText } from '@/io/parseCsv'
import { parseTable } from '@/io/parseTable'
import type { ParsedCsv } from '@/io/parsedCsv'
import { describeProblem } from '@/io/problems'
import { csv, target } from './fixtures'

const U = '测试局'
const TARGETS = ['年度', '单位', '类别', '一级指标', '二级指标', '三级指标', '指标值']
const ACTUALS = ['年度', '单位', '类别', '三级指标', '季度', '实际值']
const BUDGET = ['年度', '单位', '类别', '预算项目', '全年预算数']
const SPENDING = ['年度', '单位', '类别', '预算项目', '季度', '执行数']
const none: Dataset = { targets: [], budgets: [], actuals: [], spending: [] }
const file = (name: string, rows: string[][]) => parseCsvText(csv(rows), name)
/** A file as an official form's part: its rows complete stored ones. */
const form = (name: string, rows: string[][]): ParsedCsv => ({ ...file(name, rows), ontoStored: true })
const targetRow = (name: string, targetText = '≥4次', level2 = '数量指标') => [
  '2024',
  U,
  '部门整体',
  '产出指标',
  level2,
  name,
  targetText,
]
const said = (plan: ReturnType<typeof planImport>) => plan.problems.map((p) => `${p.file} ${describeProblem(p)}`)

describe('progress and order', () => {
  it('the share done counts the rows of the files before', async () => {
    const many = (name: string) =>
      file(name, [TARGETS, ...Array.from({ length: 2500 }, (_, i) => targetRow(`${name}${i}`))])
    const shares: number[] = []
    await planImportInSlices([many('甲'), many('乙')], none, async (share) => void shares.push(share))
    expect(shares).toEqual([2000 / 5000, 4500 / 5000])
  })

  it('problems are told file by file in name order, line by line, and each skipped line once', () => {
    const plan = planImport(
      [
        file('t.csv', [TARGETS, targetRow('培训次数')]),
        file('q.csv', [
          ACTUALS,
          ['2024', U, '部门整体', '  不存在  ', '1', '1次'],
          ['2024', U, '部门整体', '培训次数', '5', '2次'],
        ]),
        file('a.csv', [SPENDING, ['2024', U, '部门整体', '差旅费', '1', '5']]),
      ],
      none,
    )
    expect(plan.problems.map((p) => [p.file, p.line, p.found])).toEqual([
      ['a.csv', 2, '差旅费'],
      ['q.csv', 2, '不存在'],
      ['q.csv', 3, '5'],
    ])
    expect(plan.skipped).toEqual([
      { file: 'q.csv', line: 3 },
      { file: 'q.csv', line: 2 },
      { file: 'a.csv', line: 2 },
    ])
    expect(plan.counts).toEqual({ added: 1, updated: 0, unchanged: 0, skipped: 3 })
  })
})

describe('duplicates and what a value is checked against', () => {
  it('a budget line or a spending period twice is a duplicate; an actual by month is quoted by its month', () => {
    const plan = planImport(
      [
        file('b.csv', [BUDGET, ['2024', U, '部门整体', '人员经费', '400'], ['2024', U, '部门整体', '人员经费', '410']]),
        file('s.csv', [
          SPENDING,
          ['2024', U, '部门整体', '人员经费', '1', '100'],
          ['2024', U, '部门整体', '人员经费', '一季度', '90'],
        ]),
        file('t.csv', [TARGETS, targetRow('培训次数')]),
        file('m.csv', [
          ['年度', '单位', '类别', '三级指标', '截至月份', '实际值'],
          ['2024', U, '部门整体', '培训次数', '7', '1次'],
          ['2024', U, '部门整体', '培训次数', '1-7月', '2次'],
        ]),
      ],
      none,
    )
    expect(said(plan)).toEqual([
      "b.csv 第3行 预算项目: '人员经费' 与第2行重复（年度、单位、类别、预算项目相同）",
      "m.csv 第3行 截至月份: '7' 与第2行重复（指标和报告期相同）",
      "s.csv 第3行 季度: '1' 与第2行重复（预算项目和报告期相同）",
    ])
    expect(plan.rows.map((r) => r.table)).toEqual(['targets', 'budgets', 'actuals', 'spending'])
  })

  it('one indicator named by its code and again by its name, for the same period, is a duplicate; another period is not', () => {
    const stored = {
      ...none,
      targets: [target('培训次数', { code: 'A-01', unit: U }), target('宣传次数', { unit: U })],
    }
    const plan = planImport(
      [
        file('c.csv', [
          ['年度', '单位', '类别', '指标编码', '季度', '实际值'],
          ['2024', U, '部门整体', 'A-01', '1', '1个'],
        ]),
        file('n.csv', [
          ACTUALS,
          ['2024', U, '部门整体', '培训次数', '一季度', '2个'],
          ['2024', U, '部门整体', '培训次数', '2', '3个'],
          ['2024', U, '部门整体', '宣传次数', '1', '4个'],
        ]),
      ],
      stored,
    )
    expect(said(plan)).toEqual(["n.csv 第2行 季度: '1' 与c.csv 第2行重复（指标和报告期相同）"])
    expect(plan.rows.map((r) => [r.file, 'month' in r.record && r.record.month])).toEqual([
      ['c.csv', 3],
      ['n.csv', 6],
      ['n.csv', 3],
    ])
  })

  it('an unknown 指标编码 is quoted as typed; one of another 类别 is refused', () => {
    const coded = ['年度', '单位', '类别', '指标编码', '季度', '实际值']
    const stored = { ...none, targets: [target('培训次数', { code: 'A-01', unit: U })] }
    const plan = planImport(
      [
        file('c.csv', [
          coded,
          ['2024', U, '部门整体', 'ZZ-9', '1', '1次'],
          ['2024', U, '招商引资', 'A-01', '1', '1次'],
        ]),
      ],
      stored,
    )
    expect(plan.problems.map((p) => [p.line, p.column, p.found, p.code])).toEqual([
      [2, '指标编码', 'ZZ-9', 'noIndicator'],
      [3, '指标编码', 'A-01', 'codeElsewhere'],
    ])
  })

  it('a value against a target it cannot read is taken as written; a readable target brings no notice', () => {
    const stored = { ...none, targets: [target('宣传效果', { targetText: '约4次左右', unit: U })] }
    const plan = planImport(
      [
        file('q.csv', [ACTUALS, ['2024', U, '部门整体', '宣传效果', '1', '3次']]),
        file('t.csv', [TARGETS, targetRow('培训次数')]),
      ],
      stored,
    )
    expect([plan.problems, plan.notices]).toEqual([[], []])
    expect(plan.rows.map((r) => [r.table, r.status])).toEqual([
      ['targets', 'added'],
      ['actuals', 'added'],
    ])
  })
})

describe('forms that complete each other', () => {
  it("a later form's row that agrees completes the earlier one's, keeping its code; one that does not is a duplicate", () => {
    const coded = [...TARGETS, '分值', '指标编码']
    const plan = planImport(
      [
        form('申报表', [TARGETS, targetRow('培训次数'), targetRow('走访次数'), targetRow('宣讲次数')]),
        form('自评表', [
          coded,
          [...targetRow('培训次数'), '10', 'Z-1'],
          [...targetRow('走访次数', '≥5次'), '5', ''],
          [...targetRow('宣讲次数', '≥4次', '质量指标'), '5', ''],
        ]),
      ],
      none,
    )
    expect(said(plan)).toEqual([
      "自评表 第3行 三级指标: '走访次数' 与申报表 第3行重复（年度、单位、类别、三级指标相同）",
      "自评表 第4行 三级指标: '宣讲次数' 与申报表 第4行重复（年度、单位、类别、三级指标相同）",
    ])
    const first = plan.rows[0]!.record as { code: string; weight?: number; name: string }
    expect([plan.rows.length, first.name, first.weight, first.code === 'Z-1']).toEqual([3, '培训次数', 10, false])
  })

  it('a CSV file is never merged with a form, before it or after it', () => {
    const csvFirst = planImport(
      [file('t.csv', [TARGETS, targetRow('培训次数')]), form('自评表', [TARGETS, targetRow('培训次数')])],
      none,
    )
    const formFirst = planImport(
      [form('申报表', [TARGETS, targetRow('培训次数')]), file('t.csv', [TARGETS, targetRow('培训次数')])],
      none,
    )
    expect([...said(csvFirst), ...said(formFirst)]).toEqual([
      "自评表 第2行 三级指标: '培训次数' 与t.csv 第2行重复（年度、单位、类别、三级指标相同）",
      "t.csv 第2行 三级指标: '培训次数' 与申报表 第2行重复（年度、单位、类别、三级指标相同）",
    ])
    const budgets = planImport(
      [
        form('申报表', [BUDGET, ['2024', U, '部门整体', '人员经费', '400']]),
        file('b.csv', [BUDGET, ['2024', U, '部门整体', '人员经费', '400']]),
      ],
      none,
    )
    const budgetsAfter = planImport(
      [
        file('b.csv', [BUDGET, ['2024', U, '部门整体', '人员经费', '400']]),
        form('自评表', [BUDGET, ['2024', U, '部门整体', '人员经费', '400']]),
      ],
      none,
    )
    expect([budgets.problems.length, budgetsAfter.problems.length]).toEqual([1, 1])
  })

  it('a form onto a stored target keeps the stored place in the list', () => {
    const stored = { ...none, targets: [target('培训次数', { unit: U, position: 9, targetText: '≥4次' })] }
    const plan = planImport(
      [
        form('自评表', [
          [...TARGETS, '分值'],
          [...targetRow('培训次数'), '10'],
        ]),
      ],
      stored,
    )
    expect(plan.rows[0]!.record).toMatchObject({ position: 9, weight: 10 })
  })
})

describe('the cells problems quote', () => {
  it("a problem of a workbook's sheet names its cell; one of a CSV file has none", () => {
    const sheet = parseTable(
      [ACTUALS, ['2024', U, '部门整体', '不存在', '1', '1次']],
      [3, 4],
      '表.xlsx › S',
      {},
      (line, column) => `S!${column}${line}`,
    )
    const plain = file('q.csv', [ACTUALS, ['2024', U, '部门整体', '不存在', '1', '1次']])
    const plan = planImport([sheet, plain], none)
    expect(plan.problems.map((p) => [p.file, p.cell])).toEqual([
      ['q.csv', undefined],
      ['表.xlsx › S', 'S!三级指标4'],
    ])
    expect('cell' in plan.problems[0]!).toBe(false)
  })
})
