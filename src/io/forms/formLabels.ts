/**
 * The labels of the official forms (SPEC §2.7), as provinces spell them. Forms are read by
 * these labels, never by position: provinces move rows, rename headers and add columns.
 * The column tables below are the one home of each field's spellings; a header is matched
 * by its key (headerKey.ts), so `全年预算数（A）` and `全年\n预算额` need no entry of their own.
 */
import { headerKey } from './headerKey'

/** A label as compared: no spaces, brackets or colons, and no leading 其中 (`其中：财政拨款` → `财政拨款`). */
export function normLabel(text: string): string {
  return text.replace(/[\s:：（）()【】[\]<>《》、]/g, '').replace(/^其中/, '')
}

/** The three forms: 申报表 sets targets, 监控表 reports 1–X月, 自评表 reports the year with scores. */
export type FormType = 'application' | 'monitoring' | 'selfEvaluation'

/** A form's title: names a 绩效 table. Matched on the title's own cell (short, at the top of the form). */
const TITLE = /(绩效|目标).{0,12}(申报|设置|指标|监控|执行|自评|评价).{0,6}表/

/** The form a title names, or null when the text is no form title. */
export function formTypeOf(title: string): FormType | null {
  const text = title.replace(/\s/g, '')
  if (text.length > 60 || !TITLE.test(text)) return null
  if (/自评|评价/.test(text)) return 'selfEvaluation'
  if (/监控|执行监控|执行情况/.test(text)) return 'monitoring'
  return 'application'
}

/** Whether a title names the department-wide form (部门整体支出…) rather than a project's. */
export function isDepartmentTitle(title: string): boolean {
  return /部门整体|整体支出/.test(title) || (/部门/.test(title) && !/项目/.test(title))
}

const set = (...labels: string[]) => new Set(labels.map(normLabel))
/** A table of header spellings, matched by key. */
const headers = (...labels: string[]) => new Set(labels.map(headerKey))

export const UNIT_LABELS = ['部门（单位）名称', '部门名称', '单位名称', '填报单位', '预算单位', '部门']
export const IMPLEMENTING_UNIT = '实施单位'
export const PARENT_LABEL = '主管部门'
export const PROJECT_LABELS = ['项目名称', '项目']
export const YEAR_LABELS = ['年度', '预算年度']

/** The columns of the indicator block, by field of the flat kinds. */
export const INDICATOR_COLUMNS = {
  level1: headers('一级指标'),
  level2: headers('二级指标'),
  name: headers('三级指标', '指标名称'),
  targetText: headers('指标值', '年度指标值', '目标值', '预期目标值', '年度目标值', '指标目标值'),
  weight: headers('分值', '权重'),
  actualText: headers('实际完成值', '全年实际值', '实际值', '完成值', '全年实际完成值', '实际完成情况', '执行情况'),
  forecast: headers('全年预计完成情况', '全年预计', '全年预计完成值', '预计全年完成情况'),
  reason: headers(
    '偏差原因分析',
    '偏差原因分析及改进措施',
    '未完成原因和改进措施',
    '未完成原因及改进措施',
    '未完成原因分析',
    '偏差原因',
  ),
  likelihood: headers('完成目标可能性', '完成可能性'),
  action: headers('纠偏措施', '改进措施'),
  formScore: headers('得分', '自评得分', '表内得分'),
  /** A 年度指标值 split in three (指标性质 | 指标值 | 度量单位): joined into one target text. */
  targetNature: headers('指标性质', '指标方向', '指标属性', '比较符号'),
  targetUnit: headers('度量单位', '计量单位', '单位'),
  /** The 整改 columns: read into the unit-year's 整改 items, never into the values. */
  rectifyMeasure: headers('整改措施', '整改内容'),
  rectifyOwner: headers('责任人及完成时限', '责任人', '整改责任人', '责任人及时限', '责任单位及责任人'),
  rectifyDue: headers('完成时限', '整改时限', '整改完成时限'),
  rectifyState: headers('整改状态', '整改情况', '整改进度', '整改结果'),
  /** The light a 监控表 printed (红灯 …): what a 整改 item it makes is about. */
  lightLabel: headers('状态', '预警状态', '预警灯'),
} as const

export type IndicatorField = keyof typeof INDICATOR_COLUMNS

/** `1-7月执行情况`, `1—7月执行数`, `1至7月`: the month a monitoring column is as of. */
export const MONTH_SPAN = /1\s*[-—–~至到]\s*(\d{1,2})\s*月/

/** `第3季度执行情况`, `截至第三季度`: a column as of a quarter's end (the app's own exports write these). */
export const QUARTER_SPAN = /第\s*([一二三四1-4])\s*季度/

/** The period a header names: month m, and whether it was given as a month; null when none. */
export function periodOfHeader(text: string): { month: number; byMonth: boolean } | null {
  const label = normLabel(text)
  const month = MONTH_SPAN.exec(label)
  if (month) {
    const m = Number(month[1])
    return m >= 1 && m <= 12 ? { month: m, byMonth: true } : null
  }
  const quarter = QUARTER_SPAN.exec(label)
  return quarter ? { month: 3 * ('一二三四'.indexOf(quarter[1]!) + 1 || Number(quarter[1])), byMonth: false } : null
}

/** Labels of the block's first column that end the indicator rows. */
export const END_OF_INDICATORS =
  /^(总分|预计总分|合计|总计|填报单位|填表人|填报人|联系电话|填报日期|审核人|说明|注[:：]?|备注[:：])/

/** Columns the app's own exports add that are worked out, not read (rates, lights): passed over without a notice. */
export const DERIVED_COLUMNS = headers(
  '完成率',
  '预计完成率',
  '执行率',
  '预计执行率',
  '序时进度',
  '状态',
  '双监控',
  '预计得分',
)

/** Whether a column is worked out from others (`1-7月执行率`, `执行率（B/A）`): passed over without a notice. */
export function isDerivedColumn(label: string): boolean {
  const key = headerKey(label)
  return DERIVED_COLUMNS.has(key) || /(执行率|完成率|序时进度)$/.test(key)
}

/** The amount columns of a funds block, by what they hold. */
export const AMOUNT_COLUMNS = {
  initialBudget: headers('年初预算数', '年初预算', '批复数', '年初批复数'),
  budget: headers('全年预算数', '全年预算', '调整数', '调整后预算数', '全年预算数调整后'),
  amount: headers('预算数', '金额', '预算金额'),
  spent: headers('全年执行数', '实际支出数', '执行数', '实际执行数', '预算执行数'),
  spentForecast: headers('全年预计执行数', '预计全年执行数'),
  weight: headers('分值', '权重'),
  formScore: headers('得分'),
} as const

export type AmountField = keyof typeof AMOUNT_COLUMNS

/** The amount fields that are money, in 万元; 分值 and 得分 are points. */
export const MONEY_FIELDS: ReadonlySet<AmountField> = new Set([
  'initialBudget',
  'budget',
  'amount',
  'spent',
  'spentForecast',
])

/** Funds headers known and not read (last year's carry-over, the app's own 表内得分): no notice. */
export const FUNDS_UNREAD = headers('年末结转结余数', '结转结余数', '年末结转结余', '表内得分', '备注', '原因')

/** The amount field a funds header names; `1-7月执行数` is spending. */
export function amountFieldOf(label: string): AmountField | null {
  const text = headerKey(label)
  if ((MONTH_SPAN.test(text) || QUARTER_SPAN.test(text)) && /执行数$/.test(text)) return 'spent'
  for (const [field, labels] of Object.entries(AMOUNT_COLUMNS)) if (labels.has(text)) return field as AmountField
  return null
}

/** A funds block's lines: its total, a breakdown by kind of spending, or by source of money. */
export const FUND_TOTAL = headers('年度资金总额', '资金总额', '总额', '合计', '总计', '支出合计', '项目资金合计')
export const FUND_TYPES = headers('人员经费', '公用经费', '项目经费')
/**
 * Each spelling of a source of money, with the source it names: a form's 当年财政拨款 and
 * another's 财政资金 are one 财政拨款 line, so a 主管部门's units add up by source.
 */
export const FUND_SOURCES: ReadonlyMap<string, string> = new Map(
  Object.entries({
    财政拨款: '财政拨款',
    当年财政拨款: '财政拨款',
    财政资金: '财政拨款',
    财政拨款资金: '财政拨款',
    上年结转资金: '上年结转',
    上年结转: '上年结转',
    其他资金: '其他资金',
    财政专户管理资金: '财政专户管理资金',
    单位资金: '单位资金',
  }).map(([label, source]) => [headerKey(label), source]),
)

/** The 年度主要任务 table of a 部门整体 申报表. */
export const TASK_COLUMNS = {
  item: headers('任务名称', '任务'),
  description: headers('主要内容'),
  amount: headers('预算金额', '金额', '预算数'),
} as const

/** Marks a form puts in a check box column (偏差原因分析's 经费保障 …, 完成目标可能性's 确定能 …). */
export const MARKS = set('√', '✓', '✔', '☑', '■', '●', '是', 'Y', 'y', 'X', 'x', '×', '✗', '1')

/** The form's likelihood words as the app's: 完全不可能 is 不可能. */
export function likelihoodOf(text: string): string {
  return normLabel(text) === '完全不可能' ? '不可能' : text
}

const HEADER_AREA_LABELS = headers(
  ...UNIT_LABELS,
  IMPLEMENTING_UNIT,
  PARENT_LABEL,
  ...PROJECT_LABELS,
  ...YEAR_LABELS,
  '项目负责人',
  '联系电话',
  '项目属性',
  '项目类型',
  '项目期',
  '资金来源',
  '年度总体目标',
  '项目资金（万元）',
  '三定方案批文号',
)

/** Whether a cell is one of the form's own labels (so never the value of another). */
export function isFormLabel(text: string): boolean {
  return HEADER_AREA_LABELS.has(headerKey(text))
}
