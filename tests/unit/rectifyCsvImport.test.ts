import { describe, expect, it } from 'vitest'
import { newRectifyItem, withState, type RectifyItem } from '@/domain/rectify'
import { toCsv } from '@/io/csvWriter'
import { planImport } from '@/io/importPlan'
import { parseCsvText } from '@/io/parseCsv'
import { RECTIFY_COLUMNS, rectifyRows } from '@/io/rectifyCsv'
import { blankTemplate } from '@/io/templates'
import { budgetLine, csv, dataset, target, UNIT } from './fixtures'

const TRAINING = target('培训次数', { code: 'T-OWN' })
const FEES = budgetLine('公用经费', 100)
const STORED = dataset({ targets: [TRAINING], budgets: [FEES] })

/** An item of the unit-year made on 2024-10-10 (未开始), on a line of STORED. */
function item(subject: 'indicator' | 'budget', id: string, measure: string): RectifyItem {
  const made = newRectifyItem(
    {
      year: 2024,
      unit: UNIT,
      scope: '部门整体',
      subject,
      ref: subject === 'indicator' ? TRAINING.code : FEES.id,
      name: subject === 'indicator' ? TRAINING.name : FEES.item,
      month: 9,
      light: 'red',
      problem: '进度滞后',
      measure,
      owner: '张三',
      due: '2024-12-31',
      result: '',
      date: '2024-10-10',
    },
    [],
  )
  return { ...made, id }
}

const HEADER = [...RECTIFY_COLUMNS]
/** A row of the 整改 file, its columns as the export writes them; `cells` overrides by header. */
function row(cells: Record<string, string>): string[] {
  const base: Record<string, string> = {
    年度: '2024',
    单位: UNIT,
    类别: '部门整体',
    对象: '预算执行',
    名称: '公用经费',
    报告期: '第3季度',
    灯: '黄灯',
    问题: '执行偏慢',
    整改措施: '加快支付',
    责任人: '赵六',
    完成时限: '2024-12-15',
    状态: '整改中',
    状态日期: '2024-10-20',
    状态说明: '',
    逾期天数: '0',
    整改结果: '',
    状态变化: '未开始 2024-10-01；整改中 2024-10-20',
    ...cells,
  }
  return HEADER.map((h) => base[h]!)
}
const plan = (rows: string[][], existing = STORED) =>
  planImport([parseCsvText(csv([HEADER, ...rows]), '整改事项.csv')], existing)

describe('the 整改事项 CSV kind', () => {
  it('reads an exported file back with nothing to change', () => {
    const open = withState(item('indicator', 'R1', '加开培训'), 'inProgress', '2024-10-12')
    const done = withState(
      withState(item('indicator', 'R2', '借用场地'), 'done', '2024-10-20'),
      'inProgress',
      '2024-11-01',
    )
    const dropped = withState(item('budget', 'R3', '加快支付'), 'notNeeded', '2024-11-05', '项目取消；资金收回')
    const closed = withState(item('indicator', 'R4', '调整计划'), 'done', '2024-11-02')
    const items = [open, done, dropped, closed]
    const text = toCsv(rectifyRows(items, '2025-01-20'))
    const parsed = parseCsvText(text, '整改事项-20250120.csv')
    expect([parsed.kind, parsed.problems, parsed.notices]).toEqual(['rectify', [], []])
    const again = planImport([parsed], { ...STORED, rectify: items })
    expect([again.problems, again.rectify, again.counts]).toEqual([
      [],
      undefined,
      { added: 0, updated: 0, unchanged: 0, skipped: 0 },
    ])
    // Into a unit that holds none (a published folder's viewer), the items come whole, states and days kept.
    const fresh = planImport([parsed], STORED)
    const [planned] = fresh.rectify!
    expect([planned!.added, planned!.updated]).toEqual([4, 0])
    const key = (i: RectifyItem) =>
      [i.subject, i.ref, i.measure, i.owner, i.due, i.problem, i.light, i.month, i.steps] as const
    expect(planned!.items.map(key)).toEqual(
      // Overdue first on 2025-01-20, as the export lists them: R1 (due 2024-12-31, open), R2 (reopened), then the closed ones.
      rectifyRows(items, '2025-01-20')
        .slice(1)
        .map((cells) => items.find((i) => i.measure === cells[8])!)
        .map(key),
    )
  })

  it('makes a budget line’s item with its states as the file dates them', () => {
    const { problems, rectify, counts } = plan([row({})])
    expect([problems, counts.added + counts.updated]).toEqual([[], 0])
    expect(rectify!.map((p) => [p.file, p.year, p.unit, p.added, p.updated])).toEqual([
      ['整改事项.csv', 2024, UNIT, 1, 0],
    ])
    expect(rectify![0]!.items).toEqual([
      {
        id: 'R1',
        year: 2024,
        unit: UNIT,
        scope: '部门整体',
        subject: 'budget',
        ref: FEES.id,
        name: '公用经费',
        month: 9,
        light: 'yellow',
        problem: '执行偏慢',
        measure: '加快支付',
        owner: '赵六',
        due: '2024-12-15',
        result: '',
        steps: [
          { state: 'notStarted', date: '2024-10-01' },
          { state: 'inProgress', date: '2024-10-20' },
        ],
      },
    ])
  })

  it('updates the open item rather than adding a second, and names an indicator by its name', () => {
    const open = withState(item('indicator', 'R1', '加开培训'), 'inProgress', '2024-10-12')
    const { problems, rectify } = plan(
      [
        row({
          对象: '指标',
          名称: '培训次数',
          整改措施: '',
          状态: '已完成',
          状态日期: '2024-11-02',
          整改结果: '已补开 2 次',
          状态变化: '',
        }),
      ],
      { ...STORED, rectify: [open] },
    )
    expect(problems).toEqual([])
    expect(rectify!.map((p) => [p.added, p.updated])).toEqual([[0, 1]])
    const [now] = rectify![0]!.items
    expect([now!.id, now!.ref, now!.measure, now!.owner, now!.due, now!.problem, now!.result]).toEqual([
      'R1',
      'T-OWN',
      '加开培训',
      '赵六',
      '2024-12-15',
      '执行偏慢',
      '已补开 2 次',
    ])
    expect(now!.steps.map((s) => `${s.state} ${s.date}`)).toEqual([
      'notStarted 2024-10-10',
      'inProgress 2024-10-12',
      'done 2024-11-02',
    ])
  })

  it('reports a state, a day or a line that does not read, naming line and column', () => {
    const { problems, rectify, skipped } = plan([
      row({ 状态: '搁置', 状态变化: '' }),
      row({ 完成时限: '年底前' }),
      row({ 状态日期: '2024-13-01' }),
      row({ 对象: '', 名称: '差旅费' }),
      row({ 对象: '指标', 名称: '公用经费' }),
      row({ 状态变化: '已完成 2024-10-01；未开始 2024-10-20' }),
      row({ 状态: '不再需要', 状态变化: '' }),
      row({ 报告期: '第五季度' }),
      row({ 状态: '未开始', 状态日期: '', 状态变化: '未开始 2024-10-01；已完成 2024-10-20' }),
    ])
    expect(rectify).toBeUndefined()
    expect(skipped.map((s) => s.line).sort((a, b) => a - b)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10])
    expect(problems.map((p) => [p.line, p.column, p.found, p.code, p.expected])).toEqual([
      [2, '状态', '搁置', 'rectifyState', '应为 未开始、整改中、已完成、不再需要 之一'],
      [3, '完成时限', '年底前', 'rectifyDate', '应为日期，如 2024-12-31'],
      [4, '状态日期', '2024-13-01', 'rectifyDate', '应为日期，如 2024-12-31'],
      [
        5,
        '名称',
        '差旅费',
        'noRectifyLine',
        `找不到对应的指标或预算项目（2024年 ${UNIT} 部门整体）：请先导入绩效目标或预算，或一并导入`,
      ],
      [
        6,
        '名称',
        '公用经费',
        'noIndicator',
        `找不到对应的指标（2024年 ${UNIT} 部门整体）：请先导入绩效目标，或一并导入`,
      ],
      [
        7,
        '状态变化',
        '已完成 2024-10-01；未开始 2024-10-20',
        'rectifyHistory',
        '应为逐次的状态和日期，如 未开始 2024-10-10；整改中 2024-10-12（每次须可由前一状态转入，日期不早于前一次）',
      ],
      [8, '状态说明', '', 'rectifyReason', '状态为 不再需要 时须填写状态说明'],
      [9, '报告期', '第五季度', 'rectifyPeriod', '应为报告期，如 第3季度、1-7月 或 1月'],
      [10, '状态', '未开始', 'rectifyMove', '不能由状态变化中的最后一个状态转入（日期也不能早于它）'],
    ])
  })

  it('finds the line among targets imported with it, and has a blank template of its own', () => {
    const targets = parseCsvText(
      csv([
        ['年度', '单位', '类别', '一级指标', '二级指标', '三级指标', '指标值'],
        ['2024', UNIT, '部门整体', '产出指标', '数量指标', '新指标', '≥4次'],
      ]),
      'targets.csv',
    )
    const items = parseCsvText(csv([HEADER, row({ 对象: '', 名称: '新指标' })]), '整改事项.csv')
    const { problems, rectify } = planImport([items, targets], dataset())
    expect(problems).toEqual([])
    expect(rectify!.map((p) => p.items.map((i) => [i.subject, i.name]))).toEqual([[['indicator', '新指标']]])
    expect(blankTemplate('rectify')).toEqual({
      fileName: '整改事项-模板.csv',
      text: `\uFEFF${HEADER.join(',')}\r\n`,
    })
  })
})
