import { describe, expect, it } from 'vitest'
import type { Dataset } from '@/domain/model'
import { planImport, planImportInSlices } from '@/io/importPlan'
import { parseCsvText } from '@/io/parseCsv'
import { describeProblem } from '@/io/problems'
import { actual, budgetLine, csv, spent, target } from './fixtures'

const U = '测试局'
const TARGETS = ['年度', '单位', '类别', '一级指标', '二级指标', '三级指标', '指标值']
const ACTUALS = ['年度', '单位', '类别', '三级指标', '季度', '实际值', '偏差原因']
const SPENDING = ['年度', '单位', '类别', '预算项目', '季度', '执行数']
const none: Dataset = { targets: [], budgets: [], actuals: [], spending: [] }

const file = (name: string, rows: string[][]) => parseCsvText(csv(rows), name)
const targetsFile = file('targets.csv', [
  TARGETS,
  ['2024', U, '部门整体', '产出指标', '数量指标', '培训次数', '≥4次'],
  ['2024', U, '部门整体', '效益指标', '社会效益指标', '带动就业人数', '≥500人'],
])

describe('planImport', () => {
  it('in slices gives the same plan, pausing every 2,000 rows', async () => {
    const rows = Array.from({ length: 4500 }, (_, i) => [
      '2024',
      U,
      '部门整体',
      '产出指标',
      '数量指标',
      `指标${i}`,
      '≥4次',
    ])
    const big = file('big.csv', [TARGETS, ...rows])
    const shares: number[] = []
    const sliced = await planImportInSlices([big], none, async (share) => void shares.push(share))
    expect(shares).toEqual([2000 / 4500, 4000 / 4500])
    expect(sliced).toEqual(planImport([big], none))
    expect(sliced.counts.added).toBe(4500)
  })

  it('gives one 指标编码 to one indicator, within a file and against what is stored', () => {
    const coded = [...TARGETS, '指标编码']
    const plan = planImport(
      [
        file('coded.csv', [
          coded,
          ['2024', U, '部门整体', '产出指标', '数量指标', '培训次数', '≥4次', 'X-1'],
          ['2024', U, '部门整体', '产出指标', '数量指标', '宣讲次数', '≥2次', 'X-1'],
          ['2024', U, '部门整体', '产出指标', '数量指标', '走访次数', '≥9次', 'S-1'],
        ]),
      ],
      { ...none, targets: [target('带动就业人数', { code: 'S-1', unit: U })] },
    )
    expect(plan.problems.map(describeProblem)).toEqual([
      "第3行 指标编码: 'X-1' 已被另一指标使用：2024年 测试局 部门整体 培训次数",
      "第4行 指标编码: 'S-1' 已被另一指标使用：2024年 测试局 部门整体 带动就业人数",
    ])
    expect(plan.rows.map((r) => r.record)).toMatchObject([{ name: '培训次数', code: 'X-1' }])
  })

  it('takes targets before actuals whatever the order of the files', () => {
    const actuals = file('q1.csv', [
      ACTUALS,
      ['2024', U, '部门整体', '培训次数', '1', '1次', ''],
      ['2024', U, '部门整体', '带动就业人数', 'Q1', '120人', ''],
    ])
    const plan = planImport([actuals, targetsFile], none)
    expect(plan.problems).toEqual([])
    expect(plan.rows.map((r) => [r.table, r.status])).toEqual([
      ['targets', 'added'],
      ['targets', 'added'],
      ['actuals', 'added'],
      ['actuals', 'added'],
    ])
    expect(plan.counts).toEqual({ added: 4, updated: 0, unchanged: 0, skipped: 0 })
  })

  it('refuses an actual for an indicator that exists neither stored nor in the import', () => {
    const plan = planImport([file('q1.csv', [ACTUALS, ['2024', U, '部门整体', '不存在的指标', '1', '1次', '']])], none)
    expect(plan.problems.map(describeProblem)).toEqual([
      "第2行 三级指标: '不存在的指标' 找不到对应的指标（2024年 测试局 部门整体）：请先导入绩效目标，或一并导入",
    ])
    expect(plan.rows).toEqual([])
    expect(plan.skipped).toEqual([{ file: 'q1.csv', line: 2 }])
  })

  it('refuses an actual whose 指标编码 names an indicator of another unit or year, and keeps the rest', () => {
    const coded = ['年度', '单位', '类别', '三级指标', '指标编码', '季度', '实际值']
    const stored = {
      ...none,
      targets: [target('培训次数', { code: 'X-1', unit: U }), target('走访次数', { code: 'Y-1', unit: '另一局' })],
    }
    const plan = planImport(
      [
        file('coded.csv', [
          coded,
          ['2024', U, '部门整体', '', 'X-1', '1', '1个'],
          ['2024', U, '部门整体', '', 'Y-1', '1', '2个'],
          ['2023', U, '部门整体', '', 'X-1', '1', '3个'],
        ]),
      ],
      stored,
    )
    expect(plan.problems.map(describeProblem)).toEqual([
      "第3行 指标编码: 'Y-1' 属于2024年 另一局 部门整体，与本行的年度、单位、类别不符",
      "第4行 指标编码: 'X-1' 属于2024年 测试局 部门整体，与本行的年度、单位、类别不符",
    ])
    expect(plan.rows.map((r) => [r.line, r.record])).toMatchObject([[2, { indicatorCode: 'X-1', actualText: '1个' }]])
  })

  it('refuses a wrong unit and a value that is not a number, against the stored target', () => {
    const stored = { ...none, targets: [target('带动就业人数', { targetText: '≥500人', unit: U })] }
    const plan = planImport(
      [
        file('q2.csv', [
          ACTUALS,
          ['2024', U, '部门整体', '带动就业人数', '2', '300个', ''],
          ['2024', U, '部门整体', '带动就业人数', '3', '七十', ''],
        ]),
      ],
      stored,
    )
    expect(plan.problems.map(describeProblem)).toEqual([
      "第2行 实际值: '300个' 的单位 '个' 与指标值的单位 '人' 不一致",
      "第3行 实际值: '七十' 不是数字",
    ])
  })

  it('refuses duplicate keys inside a file and across the files of one import', () => {
    const a = file('a.csv', [
      ACTUALS,
      ['2024', U, '部门整体', '培训次数', '1', '1次', ''],
      ['2024', U, '部门整体', '培训次数', 'Q1', '2次', ''],
    ])
    const b = file('b.csv', [ACTUALS, ['2024', U, '部门整体', '培训次数', '一季度', '3次', '']])
    const plan = planImport([targetsFile, a, b], none)
    expect(plan.problems.map((p) => `${p.file} ${describeProblem(p)}`)).toEqual([
      "a.csv 第3行 季度: '1' 与第2行重复（指标和报告期相同）",
      "b.csv 第2行 季度: '1' 与a.csv 第2行重复（指标和报告期相同）",
    ])
    expect(plan.rows.filter((r) => r.table === 'actuals')).toHaveLength(1)
  })

  it('refuses spending for an unknown budget line, accepts it for one in the import', () => {
    const plan = planImport(
      [
        file('spend.csv', [
          SPENDING,
          ['2024', U, '部门整体', '人员经费', '1', '100'],
          ['2024', U, '部门整体', '差旅费', '1', '5'],
        ]),
        file('budget.csv', [
          ['年度', '单位', '类别', '预算项目', '全年预算数'],
          ['2024', U, '部门整体', '人员经费', '400'],
        ]),
      ],
      none,
    )
    expect(plan.problems.map(describeProblem)).toEqual([
      "第3行 预算项目: '差旅费' 找不到对应的预算项目（2024年 测试局 部门整体）：请先导入预算，或一并导入",
    ])
    expect(plan.rows.map((r) => r.table)).toEqual(['budgets', 'spending'])
  })

  it('classes rows as added, updated or unchanged against what is stored', () => {
    const t = target('培训次数', { targetText: '≥4次', unit: U, position: 2 })
    const line = budgetLine('人员经费', 400, { unit: U })
    const stored: Dataset = {
      targets: [{ ...t, batchId: 7 }],
      budgets: [line],
      actuals: [actual(t, 1, '1次')],
      spending: [spent(line, 1, 100)],
    }
    const plan = planImport(
      [
        file('q.csv', [
          ACTUALS,
          ['2024', U, '部门整体', '培训次数', '1', '1次', ''],
          ['2024', U, '部门整体', '培训次数', '2', '2次', ''],
        ]),
        file('s.csv', [SPENDING, ['2024', U, '部门整体', '人员经费', '1', '120']]),
        file('t.csv', [TARGETS, ['2024', U, '部门整体', '产出指标', '数量指标', '培训次数', '≥4次']]),
      ],
      stored,
    )
    expect(plan.rows.map((r) => [r.table, r.status])).toEqual([
      ['targets', 'unchanged'],
      ['actuals', 'unchanged'],
      ['actuals', 'added'],
      ['spending', 'updated'],
    ])
    expect(plan.rows[3]?.before).toEqual(spent(line, 1, 100))
  })

  it('keeps an indicator’s stored code, and matches actuals by name to a target with its own code', () => {
    const stored = { ...none, targets: [target('培训次数', { code: 'A-01', unit: U, targetText: '≥4次' })] }
    const plan = planImport([file('q.csv', [ACTUALS, ['2024', U, '部门整体', '培训次数', '1', '1次', '']])], stored)
    expect(plan.rows[0]?.record).toMatchObject({ indicatorCode: 'A-01' })
  })

  it('notes a target it cannot read but imports it, flagged', () => {
    const plan = planImport(
      [file('t.csv', [TARGETS, ['2024', U, '部门整体', '产出指标', '数量指标', '培训次数', '约4次左右']])],
      none,
    )
    expect(plan.problems).toEqual([])
    expect(plan.notices.map((n) => n.text)).toEqual([
      "t.csv 第2行：指标值 '约4次左右' 无法识别，将按原文保存并标记为“无法识别”，不参与计分",
    ])
    expect(plan.notices[0]).toMatchObject({
      code: 'targetUnknown',
      params: { line: 2, target: '约4次左右' },
      file: 't.csv',
    })
    expect(plan.rows).toHaveLength(1)
  })

  it('lists files that cannot be imported at all apart from skipped rows', () => {
    const plan = planImport([parseCsvText('姓名,电话\n张三,1\n', 'people.csv'), targetsFile], none)
    expect(plan.failedFiles).toEqual(['people.csv'])
    expect(plan.skipped).toEqual([])
    expect(plan.rows).toHaveLength(2)
  })
})
