import { describe, expect, it } from 'vitest'
import { evaluateAllAtLatest } from '@/domain/engine/evaluateAll'
import { RESULT_COLUMNS, resultRows } from '@/io/resultsExport'
import { loadSampleDataset } from '@/io/sampleData'
import { actual, budgetLine, dataset, spent, target } from './fixtures'
import { DEFAULT_RULES } from '@/domain/engine/rules'
import { rulesLine } from '@/domain/engine/rulesText'

const RULES = rulesLine(DEFAULT_RULES)

describe('resultRows (SPEC §6)', () => {
  it('writes indicator rows, then 预算执行率 and 总分, with the numbers as numbers', () => {
    const t = target('培训次数', { targetText: '≥4次', code: 'T-1' })
    const late = target('完成期限', { targetText: '2024年6月30日前', code: 'T-2', level2: '时效指标', position: 3 })
    const line = budgetLine('人员经费', 80)
    const rows = resultRows(
      evaluateAllAtLatest(
        dataset({
          targets: [t, late],
          actuals: [actual(t, 4, '3次', { reason: '=进度慢' }), actual(late, 4, '未完成')],
          budgets: [line],
          spending: [spent(line, 4, 60)],
        }),
      ),
      RULES,
    )
    expect(rows[0]).toEqual([...RESULT_COLUMNS])
    // Last, the rules every row follows from.
    expect(rows.at(-1)).toEqual([
      '评分规则：财政部默认（财预〔2020〕10号）',
      ...Array(RESULT_COLUMNS.length - 1).fill(null),
    ])
    // Q4 (month 12): 得分口径 实际, 预计完成率 = 完成率, year-end words
    expect(rows.slice(1, -1)).toEqual([
      [
        2024,
        '测试局',
        '部门整体',
        '产出指标',
        '数量指标',
        '培训次数',
        'T-1',
        '≥4次',
        '3次',
        12,
        100,
        75,
        '3次',
        75,
        25,
        18.75,
        '实际',
        null,
        '未完成',
        null,
        null,
        '=进度慢',
        null,
      ],
      [
        2024,
        '测试局',
        '部门整体',
        '产出指标',
        '时效指标',
        '完成期限',
        'T-2',
        '2024年6月30日前',
        '未完成',
        12,
        100,
        0,
        '未完成',
        0,
        25,
        0,
        '实际',
        null,
        '未完成',
        null,
        null,
        null,
        null,
      ],
      [
        2024,
        '测试局',
        '部门整体',
        null,
        null,
        '预算执行率',
        null,
        80,
        60,
        12,
        100,
        75,
        60,
        75,
        10,
        7.5,
        '实际',
        null,
        '未完成',
        null,
        null,
        null,
        null,
      ],
      // (18.75 + 0 + 7.5) / 60 = 43.75; both reported lines red (3 of 4 is under 基本完成's 80%): 红灯
      [
        2024,
        '测试局',
        '部门整体',
        null,
        null,
        '总分',
        null,
        null,
        null,
        12,
        100,
        null,
        null,
        null,
        100,
        43.75,
        '实际',
        null,
        '差',
        '红灯',
        null,
        null,
        null,
      ],
    ])
  })

  it('writes in year a 预计得分 beside the 预计完成率 it follows, the 全年预计 marked 测算, and comparators as ＝', () => {
    const t = target('引进项目', { targetText: '≥20个', code: 'T-1' })
    const rate = target('覆盖率', { targetText: '=100%', code: 'T-2', level2: '质量指标', position: 3 })
    const own = target('开工项目', { targetText: '≥10个', position: 4 })
    const rows = resultRows(
      evaluateAllAtLatest(
        dataset({
          targets: [t, rate, own],
          actuals: [
            actual(t, 3, '10个', { likelihood: '有可能', reason: '项目推迟', action: '加强跟踪' }),
            actual(rate, 3, '=95%'),
            actual(own, 3, '9个', { forecast: '12个' }),
          ],
        }),
      ),
      RULES,
    )
    expect(rows.slice(1, -1)).toEqual([
      // 10 of 20 at month 9: 完成率 50%, pace 0.667 预警, 全年预计 10/0.75 = 13.33个 (测算), 预计完成率 66.7%, 50/3 × 0.6667 = 11.11
      [
        2024,
        '测试局',
        '部门整体',
        '产出指标',
        '数量指标',
        '引进项目',
        'T-1',
        '≥20个',
        '10个',
        9,
        75,
        50,
        '13.33个（测算）',
        66.7,
        16.67,
        11.11,
        '预计',
        null,
        '预警',
        null,
        '有可能',
        '项目推迟',
        '加强跟踪',
      ],
      // a level stays as it is: 95% of 100%, 预警; never written '=100%
      [
        2024,
        '测试局',
        '部门整体',
        '产出指标',
        '质量指标',
        '覆盖率',
        'T-2',
        '＝100%',
        '＝95%',
        9,
        75,
        95,
        '＝95%（测算）',
        95,
        16.67,
        15.83,
        '预计',
        null,
        '预警',
        null,
        null,
        null,
        null,
      ],
      // the officer's 全年预计 12 of 10: 预计完成率 120%, capped in the score; a derived 指标编码 is not written
      [
        2024,
        '测试局',
        '部门整体',
        '产出指标',
        '数量指标',
        '开工项目',
        null,
        '≥10个',
        '9个',
        9,
        75,
        90,
        '12个',
        120,
        16.67,
        16.67,
        '预计',
        null,
        '超序时',
        null,
        null,
        null,
        null,
      ],
      // (11.11 + 15.83 + 16.67) / 50 = 87.22…: 50/3 × (0.666667 + 0.95 + 1) = 43.6111; / 50 = 87.22
      [
        2024,
        '测试局',
        '部门整体',
        null,
        null,
        '总分',
        null,
        null,
        null,
        9,
        75,
        null,
        null,
        null,
        100,
        87.22,
        '预计',
        null,
        '良',
        '黄灯',
        null,
        null,
        null,
      ],
    ])
  })

  it('gives no total with too little scored: 已评分指标不足', () => {
    const a = target('引进项目', { targetText: '≥20个', code: 'T-1' })
    const b = target('开工项目', { targetText: '≥10个', code: 'T-2' })
    const c = target('签约项目', { targetText: '≥10个', code: 'T-3' })
    const rows = resultRows(
      evaluateAllAtLatest(dataset({ targets: [a, b, c], actuals: [actual(a, 2, '10个')] })),
      RULES,
    )
    // one of three equal weights scored: 1/3 < 1/2
    expect(rows.at(-2)).toEqual([
      2024,
      '测试局',
      '部门整体',
      null,
      null,
      '总分',
      null,
      null,
      null,
      6,
      50,
      null,
      null,
      null,
      100,
      null,
      '预计',
      null,
      '已评分指标不足',
      '绿灯',
      null,
      null,
      null,
    ])
  })

  it('covers the sample: every 类别 of 2024 at Q3 and the 2023 budget at Q4', async () => {
    const rows = resultRows(evaluateAllAtLatest(await loadSampleDataset()), RULES)
    const body = rows.slice(1, -1)
    expect(body).toHaveLength(2 + 17 + 2 + 14 + 2)
    // 2023 has a budget and no indicators: scored, but no 总分 (never 100 优)
    expect(body[0]).toEqual([
      2023,
      '九江市柴桑区商务局',
      '部门整体',
      null,
      null,
      '预算执行率',
      null,
      1773.6,
      1773.6,
      12,
      100,
      100,
      1773.6,
      100,
      10,
      10,
      '实际',
      null,
      '完成',
      null,
      null,
      null,
      null,
    ])
    expect(body[1]).toEqual([
      2023,
      '九江市柴桑区商务局',
      '部门整体',
      null,
      null,
      '总分',
      null,
      null,
      null,
      12,
      100,
      null,
      null,
      null,
      100,
      null,
      '实际',
      null,
      '已评分指标不足',
      '绿灯',
      null,
      null,
      null,
    ])
    const projectTotal = body.find((r) => r[2] === '招商引资' && r[5] === '总分')
    expect(projectTotal).toEqual([
      2024,
      '九江市柴桑区商务局',
      '招商引资',
      null,
      null,
      '总分',
      null,
      null,
      null,
      9,
      75,
      null,
      null,
      null,
      100,
      89.73,
      '预计',
      null,
      '良',
      '黄灯',
      null,
      null,
      null,
    ])
    const jobs = body.find((r) => r[5] === '新增招商引资项目预计带动就业人数')
    // 80 of 200 at month 9: 完成率 40%, 全年预计 106.67人 (测算), 预计完成率 53.3%, 7.5 × 0.5333 = 4
    expect(jobs?.slice(8)).toEqual([
      '80人',
      9,
      75,
      40,
      '106.67人（测算）',
      53.3,
      7.5,
      4,
      '预计',
      null,
      '严重偏离',
      null,
      expect.any(String),
      '劳动密集型项目引进偏少，新投产项目以自动化产线为主',
      expect.anything(),
    ])
    expect(body.some((r) => typeof r[7] === 'string' && r[7].startsWith("'"))).toBe(false)
  })

  it("writes a 自评表's own scores as 表内得分 beside the app's, and their total when every indicator has one", () => {
    const t = target('培训次数', { targetText: '≥4次', code: 'T-1', weight: 40 })
    const rate = target('覆盖率', { targetText: '≥90%', code: 'T-2', level2: '质量指标', position: 3, weight: 40 })
    const line = budgetLine('项目经费', 80, { weight: 20 })
    const rows = resultRows(
      evaluateAllAtLatest(
        dataset({
          targets: [t, rate],
          actuals: [actual(t, 4, '3次', { formScore: 36 }), actual(rate, 4, '90%', { formScore: 40 })],
          budgets: [line],
          spending: [spent(line, 4, 60, { formScore: 20 })],
        }),
      ),
      RULES,
    )
    // 3 of 4 → 30 of 40 (the form said 36); 90% of 90% → 40; 60 of 80 → 15 of 20 (the form said 20)
    expect(rows.slice(1, -1).map((r) => [r[5], r[15], r[17]])).toEqual([
      ['培训次数', 30, 36],
      ['覆盖率', 40, 40],
      ['预算执行率', 15, 20],
      ['总分', 85, 96],
    ])
  })
})
