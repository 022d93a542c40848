/**
 * 自评表 as provinces print them (docs/workbooks.md, "Header spellings"): the funds headers
 * and the indicator headers given by the test, the rest as in the 财预〔2020〕10号 template.
 */
import type { Cell, FormSheet } from './formFixtures'

const U = '九江市柴桑区商务局'

/** The 财预〔2020〕10号 template's own funds headers, with their letter marks. */
export const TEMPLATE_2020 = ['全年预算数（A）', '全年执行数（B）', '分值', '执行率（B/A）', '得分']

/** What a test may vary: the funds headers and their amounts, and the indicator block. */
export interface Variant {
  /** Headers right of 项目资金, and the 年度资金总额 line's cells under them. */
  funds?: { headers: string[]; total: Cell[] }
  /** The indicator block's header rows (one or two) and its rows. */
  indicators?: { headers: Cell[][]; rows: Cell[][]; merges?: string[] }
}

const INDICATORS: NonNullable<Variant['indicators']> = {
  headers: [['绩效指标', '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分']],
  rows: [
    [null, '产出指标', '数量指标', '组织参加各类招商推介会场次数', '2场', '2场', 10, 10],
    [null, '效益指标', '社会效益指标', '新增招商引资项目预计带动就业人数', '≥200人', '210人', 10, 10],
  ],
}

/** A 项目支出绩效自评表 of 招商引资, in the 财预〔2020〕10号 layout unless the variant says otherwise. */
export function selfEvaluationVariant(variant: Variant = {}): FormSheet {
  const funds = variant.funds ?? { headers: TEMPLATE_2020, total: [70, 63, 10, '90%', 9] }
  const indicators = variant.indicators ?? INDICATORS
  const width = Math.max(2 + funds.headers.length, ...indicators.headers.map((h) => h.length))
  const pad = (row: Cell[]) => [...row, ...Array(Math.max(0, width - row.length)).fill(null)]
  const rows: Cell[][] = [
    pad(['项目支出绩效自评表']),
    pad(['（2024年度）']),
    pad(['项目名称', null, '招商引资']),
    pad(['主管部门', null, U, null, '实施单位', U]),
    pad(['项目资金（万元）', null, ...funds.headers]),
    pad([null, '年度资金总额', ...funds.total]),
    ...indicators.headers.map(pad),
    ...indicators.rows.map(pad),
  ]
  const first = 7 + indicators.headers.length
  const merges = ['A3:B3', 'A4:B4', `A7:A${first + indicators.rows.length - 1}`, ...(indicators.merges ?? [])]
  return { name: '自评表', rows, merges }
}
