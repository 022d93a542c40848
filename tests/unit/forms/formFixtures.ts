/**
 * The official forms as departments hold them, built in code: the seed's two 申报表 (from
 * ../shared/seed/TRANSCRIPTION.md), a 自评表, a 1–7月 监控表, as grids with merged ranges,
 * written to `.xlsx` or saved as CSV the way Excel saves a merged sheet.
 */
import * as XLSX from '@e965/xlsx'
import iconv from 'iconv-lite'

export type Cell = string | number | null
/** A sheet: its rows as typed, and the merged ranges (`A1:E1`) as Excel keeps them. */
export interface FormSheet {
  name: string
  rows: Cell[][]
  merges: string[]
}

const U = '九江市柴桑区商务局'

/** Rows of a form with a merged title over `width` columns, starting at `row`. */
const title = (text: string, width: number, row: number) => ({
  row: [text, ...Array(width - 1).fill(null)],
  merge: `A${row}:${XLSX.utils.encode_col(width - 1)}${row}`,
})

/** The seed's 部门整体支出绩效目标设置申报表, as its PDF lays it out. */
export function departmentApplication(startRow = 1): FormSheet {
  const r = (n: number) => startRow + n
  const t = title('部门整体支出绩效目标设置申报表', 9, r(0))
  const rows: Cell[][] = [
    t.row,
    ['（2024年度）', null, null, null, null, null, null, null, null],
    ['部门（单位）名称', null, U, null, null, '三定方案批文号', '柴办字【2019】42号', null, null],
    ['上年预算', '批复数', '调整数', '实际支出数', '执行率', '年末结转结余数', null, null, null],
    [null, 757.3, 1773.6, 1773.6, '100.00%', 0, null, null, null],
    ['当年预算', '收入合计', '上级财政拨款', '本级财政安排', '其他', '支出合计', '人员经费', '公用经费', '项目经费'],
    [null, 734.05, 0, 734.05, 0, 734.05, 579.59, 154.46, 0],
    ['年度主要任务', '任务名称', null, '主要内容', null, '对应年度绩效目标', null, '预算金额', null],
    [
      null,
      '社会保障与就业事务',
      null,
      '保障部门人员基本养老等',
      null,
      '2024年保障部门人员基本养老等',
      null,
      59.14,
      null,
    ],
    [
      null,
      '商贸行政事务',
      null,
      '保障部门日常行政运行正常',
      null,
      '2024年保障部门日常行政运行正常',
      null,
      450.44,
      null,
    ],
    [null, '招商引资', null, '保障招商引资工作运行正常', null, '2024年招商引资争取区内创新高', null, 60, null],
    ['年度绩效指标', '一级指标', '二级指标', '三级指标', null, null, null, '指标值', null],
    ...DEPARTMENT_INDICATORS.map(([l1, l2, name, target]) => [null, l1, l2, name, null, null, null, target, null]),
    ['填报人：', null, '联系电话：', null, null, '填报日期：', null, null, null],
  ]
  const last = r(rows.length - 2)
  const merges = [
    t.merge,
    `A${r(1)}:I${r(1)}`,
    `A${r(2)}:B${r(2)}`,
    `C${r(2)}:E${r(2)}`,
    `A${r(3)}:A${r(4)}`,
    `A${r(5)}:A${r(6)}`,
    `A${r(7)}:A${r(10)}`,
    `A${r(11)}:A${last}`,
  ]
  // 一级 and 二级 merged down their runs, as the form prints them.
  merges.push(...runs(DEPARTMENT_INDICATORS, r(12), 'B', 0), ...runs(DEPARTMENT_INDICATORS, r(12), 'C', 1))
  for (let i = 0; i < DEPARTMENT_INDICATORS.length; i++) merges.push(`D${r(12 + i)}:G${r(12 + i)}`)
  return { name: '部门整体', rows, merges }
}

/** Merges of equal neighbours in column `column` (the field at `index`), from sheet row `from`. */
function runs(rows: readonly (readonly string[])[], from: number, column: string, index: number): string[] {
  const merges: string[] = []
  let start = 0
  for (let i = 1; i <= rows.length; i++) {
    if (i < rows.length && rows[i]![index] === rows[start]![index]) continue
    if (i - start > 1) merges.push(`${column}${from + start}:${column}${from + i - 1}`)
    start = i
  }
  return merges
}

export const DEPARTMENT_INDICATORS: [string, string, string, string][] = [
  [
    '产出指标',
    '数量指标',
    '提高政治站位，落实意识形态工作主体责任，持续深化理论武装，组织全体党员干部集中学习次数',
    '≥4次',
  ],
  ['产出指标', '数量指标', '组织参加各类招商推介会、展会次数', '≧2场'],
  ['产出指标', '数量指标', '2024年实现内资进资额', '≧100亿元'],
  ['产出指标', '数量指标', '组建招商组团数', '≥13个'],
  ['产出指标', '数量指标', '全年引进固投2000万元以上项目', '≥20个'],
  ['产出指标', '质量指标', '新引进项目开工率', '≥70%'],
  ['产出指标', '质量指标', '项目落户流程规范执行率', '=100%'],
  ['产出指标', '质量指标', '项目符合区产业招商规划执行率', '≧80%'],
  ['产出指标', '质量指标', '"三重一大"事项决策制度执行', '=100%'],
  ['产出指标', '时效指标', '项目完成期限', '2024年12月31日前'],
  ['产出指标', '成本指标', '资金支出成本', '≦734.05万元'],
  ['效益指标', '经济效益指标', '招商引资资金到位率', '≧60%'],
  ['效益指标', '社会效益指标', '带动就业人数', '≥500人'],
  ['效益指标', '生态效益指标', '招引项目符合"生态优先，绿色发展"占比', '≧60%'],
  ['效益指标', '可持续影响指标', '预决算信息公开，提高部门公信力', '作用明显'],
  ['满意度指标', '满意度指标', '企业满意度', '≥80%'],
  ['满意度指标', '满意度指标', '社会公众满意度', '≧80%'],
]

export const PROJECT_INDICATORS: [string, string, string, string][] = [
  ['产出指标', '数量指标', '组织参加各类招商推介会场次数', '2场'],
  ['产出指标', '数量指标', '全年引进注册资金1000万元以上项目', '20个'],
  ['产出指标', '质量指标', '新引进项目开工率', '70%'],
  ['产出指标', '质量指标', '新引进项目代办服务覆盖率', '100%'],
  ['产出指标', '质量指标', '招商项目符合区产业招商规划执行率', '100%'],
  ['产出指标', '质量指标', '项目落户流程规范执行率', '100%'],
  ['产出指标', '质量指标', '资金管理使用、会计核算的合规性', '合规'],
  ['产出指标', '时效指标', '资金拨付的及时性', '≥80%'],
  ['产出指标', '成本指标', '项目资金支出成本', '≤60万元'],
  ['效益指标', '经济效益指标', '新增招商引资资金到位率', '≥60%'],
  ['效益指标', '社会效益指标', '新增招商引资项目预计带动就业人数', '≥200人'],
  ['效益指标', '生态效益指标', '新增招商引资项目符合"生态优先、绿色发展"之路占比', '60%'],
  ['效益指标', '可持续影响指标', '近三年来引进项目的质量水平', '不断提升'],
  ['满意度指标', '服务对象满意度指标', '新增招商引资项目客商的满意度', '≥90%'],
]

/** The seed's 项目绩效目标指标表 for 招商引资: the department named only as 商务局. */
export function projectApplication(startRow = 1): FormSheet {
  const r = (n: number) => startRow + n
  const t = title('项目绩效目标指标表', 6, r(0))
  const rows: Cell[][] = [
    t.row,
    ['（2024年度）', null, null, null, null, null],
    ['项目名称', '招商引资', null, '部门名称', '商务局', null],
    ['项目资金（万元）', '年度资金总额', 60, null, null, null],
    [null, '其中：财政资金', 60, null, null, null],
    [null, '其他资金', 0, null, null, null],
    [
      '年度总体目标',
      '2024年招商引资争取区内创新高，全市列前茅，签约数量、质量、规模较2023年有新的突破',
      null,
      null,
      null,
      null,
    ],
    ['绩效指标', '一级指标', '二级指标', '三级指标', '指标值', '指标解释'],
    ...PROJECT_INDICATORS.map(([l1, l2, name, target]) => [null, l1, l2, name, target, null]),
  ]
  const merges = [
    t.merge,
    `A${r(1)}:F${r(1)}`,
    `A${r(3)}:A${r(5)}`,
    `A${r(7)}:A${r(rows.length - 1)}`,
    ...runs(PROJECT_INDICATORS, r(8), 'B', 0),
    ...runs(PROJECT_INDICATORS, r(8), 'C', 1),
  ]
  return { name: '招商引资', rows, merges }
}

/** A 项目支出绩效自评表 (财预〔2020〕10号 style) of 招商引资 with scores and a funds block. */
export function selfEvaluation(
  options: { scores?: number[]; actualHeader?: string; reasonHeader?: string; targetHeader?: string } = {},
): FormSheet {
  const scores = options.scores ?? [10, 10, 8, 10, 10]
  const rows: Cell[][] = [
    ['项目支出绩效自评表', null, null, null, null, null, null, null, null],
    ['（2024年度）', null, null, null, null, null, null, null, null],
    ['项目名称', null, '招商引资', null, null, null, null, null, null],
    ['主管部门', null, U, null, null, '实施单位', U, null, null],
    ['项目资金（万元）', null, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分', null],
    [null, '年度资金总额', 60, 60, 54, 10, 0.9, 9, null],
    [null, '其中：当年财政拨款', 60, 60, 54, '—', null, '—', null],
    [null, '上年结转资金', null, null, null, '—', null, '—', null],
    [null, '其他资金', null, null, null, '—', null, '—', null],
    [
      '绩效指标',
      '一级指标',
      '二级指标',
      '三级指标',
      options.targetHeader ?? '年度指标值',
      options.actualHeader ?? '实际完成值',
      '分值',
      '得分',
      options.reasonHeader ?? '偏差原因分析及改进措施',
    ],
    [null, '产出指标', '数量指标', '组织参加各类招商推介会场次数', '2场', '2场', 10, scores[0]!, null],
    [
      null,
      null,
      null,
      '全年引进注册资金1000万元以上项目',
      '20个',
      '16个',
      10,
      scores[1]!,
      '受宏观经济影响，部分项目延期签约',
    ],
    [null, null, '质量指标', '新引进项目开工率', '70%', '65%', 10, scores[2]!, null],
    [null, '效益指标', '社会效益指标', '新增招商引资项目预计带动就业人数', '≥200人', '210人', 10, scores[3]!, null],
    [null, '满意度指标', '服务对象满意度指标', '新增招商引资项目客商的满意度', '≥90%', '92%', 10, scores[4]!, null],
    ['总分', null, null, null, null, null, 60, scores.reduce((a, b) => a + b, 0) + 9, null],
  ]
  const merges = [
    'A1:I1',
    'A2:I2',
    'A3:B3',
    'C3:I3',
    'A4:B4',
    'C4:E4',
    'G4:I4',
    'A5:B5',
    'A6:A9',
    'A10:A15',
    'B11:B13',
    'C11:C12',
    'A16:F16',
  ]
  const sheet = { name: '自评表', rows, merges }
  return sheet
}

/** A 项目支出绩效目标执行监控表 (财预〔2019〕136号 style) reporting 1–7月, with check-box columns. */
export function monitoring(): FormSheet {
  const rows: Cell[][] = [
    ['项目支出绩效目标执行监控表', ...Array(13).fill(null)],
    ['（2024年度）', ...Array(13).fill(null)],
    ['项目名称', '招商引资', null, null, '主管部门', U, null, '实施单位', U, null, null, null, null, null],
    [
      '项目资金（万元）',
      null,
      '年初预算数',
      '1-7月执行数',
      '1-7月执行率',
      '全年预计执行数',
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
    ],
    [null, '年度资金总额', 60, 35, '58.33%', 60, null, null, null, null, null, null, null, null],
    [
      '一级指标',
      '二级指标',
      '三级指标',
      '年度指标值',
      '1-7月执行情况',
      '全年预计完成情况',
      '偏差原因分析',
      null,
      null,
      null,
      '完成目标可能性',
      null,
      null,
      '备注',
    ],
    [
      null,
      null,
      null,
      null,
      null,
      null,
      '经费保障',
      '制度保障',
      '人员保障',
      '硬件条件保障',
      '确定能',
      '有可能',
      '完全不可能',
      null,
    ],
    [
      '产出指标',
      '数量指标',
      '组织参加各类招商推介会场次数',
      '2场',
      '1场',
      '2场',
      null,
      null,
      null,
      null,
      '√',
      null,
      null,
      null,
    ],
    [
      null,
      null,
      '全年引进注册资金1000万元以上项目',
      '20个',
      '9个',
      '18个',
      null,
      null,
      '√',
      null,
      null,
      '√',
      null,
      '加大外出招商频次',
    ],
    [null, '质量指标', '新引进项目开工率', '70%', '55%', '70%', null, null, null, null, '√', null, null, null],
  ]
  const merges = [
    'A1:N1',
    'A2:N2',
    'A4:B4',
    'A5:A5',
    'G6:J6',
    'K6:M6',
    'A6:A7',
    'B6:B7',
    'C6:C7',
    'D6:D7',
    'E6:E7',
    'F6:F7',
    'N6:N7',
    'A8:A10',
    'B8:B9',
  ]
  return { name: '监控表', rows, merges }
}

/** Sheets stacked one under another on a single sheet (a 部门整体 form, then project forms). */
export function stacked(name: string, ...builders: ((startRow: number) => FormSheet)[]): FormSheet {
  const rows: Cell[][] = []
  const merges: string[] = []
  for (const build of builders) {
    const sheet = build(rows.length + 1)
    rows.push(...sheet.rows, [])
    merges.push(...sheet.merges)
  }
  return { name, rows, merges }
}

/** The sheets as an `.xlsx` workbook (or legacy `.xls`): a merged range keeps its value in its first cell only, as Excel does. */
export function workbook(sheets: FormSheet[], bookType: 'xlsx' | 'biff8' = 'xlsx'): Uint8Array {
  const book = XLSX.utils.book_new()
  for (const sheet of sheets) {
    const rows = sheet.rows.map((row) => [...row])
    for (const range of sheet.merges.map((m) => XLSX.utils.decode_range(m))) {
      for (let r = range.s.r; r <= range.e.r; r++)
        for (let c = range.s.c; c <= range.e.c; c++)
          if (r !== range.s.r || c !== range.s.c) if (rows[r]) rows[r]![c] = null
    }
    const ws = XLSX.utils.aoa_to_sheet(rows)
    ws['!merges'] = sheet.merges.map((m) => XLSX.utils.decode_range(m))
    XLSX.utils.book_append_sheet(book, ws, sheet.name)
  }
  return new Uint8Array(XLSX.write(book, { type: 'array', bookType }) as ArrayBuffer)
}

/** A sheet saved as CSV from Excel: merged cells blank after the first, numbers as shown. */
export function savedAsCsv(sheet: FormSheet, encoding: 'utf8' | 'gbk' = 'utf8'): Uint8Array {
  const bytes = workbook([sheet])
  const book = XLSX.read(bytes, { type: 'array' })
  const text = XLSX.utils.sheet_to_csv(book.Sheets[sheet.name]!, { blankrows: true })
  return encoding === 'gbk' ? new Uint8Array(iconv.encode(text, 'gbk')) : new TextEncoder().encode(text)
}
