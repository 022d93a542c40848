/**
 * The CSV kinds: the four of SPEC §2 and the 整改事项 file, their columns, Chinese headers,
 * English aliases, and detection of a file's kind from its header row.
 */

import type { ImportKind } from '@/domain/model'

export interface ColumnSpec {
  /** Field name used in code. */
  field: string
  /** The Chinese header, as templates write it. */
  header: string
  /** Other spellings accepted (English alias first). */
  aliases: readonly string[]
  required: boolean
}

const col = (field: string, header: string, aliases: string[], required = false): ColumnSpec => ({
  field,
  header,
  aliases,
  required,
})

const KEY_COLUMNS = [
  col('year', '年度', ['year'], true),
  col('unit', '单位', ['unit', '单位名称', '部门'], true),
  col('scope', '类别', ['scope', '项目名称'], true),
]
/** The unit's 主管部门 that year: a field of the unit-year, the same on each of its rows. */
const PARENT_COLUMN = col('parent', '主管部门', ['parent'])

/** Columns of each kind, in the order templates write them. */
export const CSV_COLUMNS: Record<ImportKind, readonly ColumnSpec[]> = {
  targets: [
    ...KEY_COLUMNS,
    col('level1', '一级指标', ['level1'], true),
    col('level2', '二级指标', ['level2'], true),
    col('name', '三级指标', ['indicator'], true),
    col('targetText', '指标值', ['target', '年度指标值'], true),
    col('weight', '分值', ['weight']),
    col('code', '指标编码', ['code']),
    col('basis', '口径', ['basis']),
    col('direction', '方向', ['direction']),
    PARENT_COLUMN,
  ],
  budget: [
    ...KEY_COLUMNS,
    col('item', '预算项目', ['item'], true),
    col('fundType', '经费类型', ['fund_type']),
    col('breakdown', '分类', ['breakdown']),
    col('description', '主要内容', ['description']),
    col('initialBudget', '年初预算数', ['initial_budget', '批复数']),
    col('budget', '全年预算数', ['budget', '调整数']),
    col('weight', '分值', ['weight']),
    PARENT_COLUMN,
  ],
  actuals: [
    ...KEY_COLUMNS,
    col('name', '三级指标', ['indicator']),
    col('code', '指标编码', ['code']),
    col('quarter', '季度', ['quarter', '报告期']),
    col('month', '截至月份', ['month', '截止月份', '月份']),
    col('actualText', '实际值', ['actual', '实际完成值', '全年实际值', '完成值'], true),
    col('forecast', '全年预计', ['forecast']),
    col('likelihood', '完成可能性', ['likelihood']),
    col('reason', '偏差原因', ['reason', '偏差原因分析']),
    col('action', '改进措施', ['action']),
    col('formScore', '表内得分', ['form_score']),
    col('note', '备注', ['note']),
    // For reference in quarterly templates; not read.
    col('targetText', '指标值', ['target']),
    PARENT_COLUMN,
  ],
  spending: [
    ...KEY_COLUMNS,
    col('item', '预算项目', ['item'], true),
    col('quarter', '季度', ['quarter', '报告期']),
    col('month', '截至月份', ['month', '截止月份', '月份']),
    col('spent', '执行数', ['spent'], true),
    col('spentForecast', '全年预计执行数', ['spent_forecast']),
    col('formScore', '表内得分', ['form_score']),
    col('note', '备注', ['note']),
    // For reference in quarterly templates; not read.
    col('budget', '全年预算数', ['budget']),
    PARENT_COLUMN,
  ],
  // The results export's 整改事项 file, in the order it writes them (src/io/rectifyCsv.ts).
  rectify: [
    ...KEY_COLUMNS,
    col('subject', '对象', ['subject', '整改对象']),
    col('name', '名称', ['name', '指标或预算项目', '三级指标'], true),
    col('period', '报告期', ['period'], true),
    col('light', '灯', ['light', '灯色']),
    col('problem', '问题', ['problem', '存在问题']),
    col('measure', '整改措施', ['measure', '整改内容'], true),
    col('owner', '责任人', ['owner', '整改责任人']),
    col('due', '完成时限', ['due', '整改时限', '整改完成时限']),
    col('state', '状态', ['state', '整改状态', '整改情况', '整改进度'], true),
    col('stateDate', '状态日期', ['state_date', '状态变更日期']),
    col('stateReason', '状态说明', ['state_reason']),
    // Worked out on the day of the export; not read.
    col('overdue', '逾期天数', ['overdue_days']),
    col('result', '整改结果', ['result']),
    col('history', '状态变化', ['history', '状态记录']),
  ],
}

/** The Chinese headers of a kind's fields, in the order given: how the app's own files write them. */
export function headersOf(kind: ImportKind, fields: readonly string[]): string[] {
  return fields.map((field) => CSV_COLUMNS[kind].find((c) => c.field === field)!.header)
}

export interface HeaderMatch {
  kind: ImportKind
  /** Field name → column index in the file. */
  columns: Map<string, number>
  /** Headers that belong to no column of the kind: ignored, reported as notices. */
  unknown: string[]
  /** Required columns (Chinese headers) the file lacks. */
  missing: string[]
}

/** Lower-case, without spaces, BOM or a bracketed alias (`年度[year]` → `年度`). */
function normaliseHeader(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/[[【(（].*$/, '')
    .replace(/\s+/g, '')
    .toLowerCase()
}

/** The column a header names within a kind, if any. */
function findColumn(kind: ImportKind, header: string): ColumnSpec | undefined {
  const h = normaliseHeader(header)
  return CSV_COLUMNS[kind].find((c) => [c.header, ...c.aliases].some((name) => name.toLowerCase() === h))
}

/** The column that tells a kind apart: only that kind has it. */
const MARKER: Record<ImportKind, string> = {
  actuals: 'actualText',
  spending: 'spent',
  targets: 'targetText',
  budget: 'item',
  rectify: 'measure',
}

/**
 * Tells which kind a header row belongs to, and where each column is.
 * Returns null when no kind's marker column is present.
 */
export function detectKind(headers: readonly string[]): HeaderMatch | null {
  // Order matters: a spending file also has 预算项目, so its 执行数 must win over budget; a
  // file of another kind with a 整改措施 column of its own stays that kind.
  const order: ImportKind[] = ['actuals', 'spending', 'targets', 'budget', 'rectify']
  for (const kind of order) {
    const fields = headers.map((h) => findColumn(kind, h)?.field)
    if (!fields.includes(MARKER[kind])) continue
    const columns = new Map<string, number>()
    const unknown: string[] = []
    fields.forEach((field, index) => {
      if (field && !columns.has(field)) columns.set(field, index)
      else if (headers[index]?.trim()) unknown.push(headers[index]!.trim())
    })
    const missing = CSV_COLUMNS[kind].filter((c) => c.required && !columns.has(c.field)).map((c) => c.header)
    if (kind === 'actuals' && !columns.has('name') && !columns.has('code')) missing.push('三级指标')
    // A value is as of a quarter or a month (SPEC §2.8): either column will do.
    if ((kind === 'actuals' || kind === 'spending') && !columns.has('quarter') && !columns.has('month'))
      missing.push('季度')
    if (kind === 'budget' && !columns.has('initialBudget') && !columns.has('budget')) missing.push('全年预算数')
    return { kind, columns, unknown, missing }
  }
  return null
}

/**
 * The 审核 file: a unit-period's review by its 主管部门, a row per reason (a row with no
 * 类别 and no line for the state and the overall reason). Not one of the four kinds: its
 * rows are no data rows but the review states planned beside them (`ImportPlan.review`).
 */
export const REVIEW_COLUMNS: readonly ColumnSpec[] = [
  col('year', '年度', ['year'], true),
  col('unit', '单位', ['unit', '单位名称', '部门'], true),
  col('parent', '主管部门', ['parent']),
  col('quarter', '季度', ['quarter', '报告期']),
  col('month', '截至月份', ['month', '截止月份', '月份']),
  col('state', '审核状态', ['review_state'], true),
  col('by', '审核人', ['reviewer']),
  col('at', '审核时间', ['reviewed_at'], true),
  col('scope', '类别', ['scope']),
  col('name', '三级指标', ['indicator']),
  col('code', '指标编码', ['code']),
  col('item', '预算项目', ['item']),
  col('reason', '退回原因', ['return_reason']),
]

/** The 审核 file's columns where its header row has its marker (审核状态), else null; `missing` as for the four kinds. */
export function detectReview(headers: readonly string[]): { columns: Map<string, number>; missing: string[] } | null {
  const fields = headers.map((h) => {
    const name = normaliseHeader(h)
    return REVIEW_COLUMNS.find((c) => [c.header, ...c.aliases].some((a) => a.toLowerCase() === name))?.field
  })
  if (!fields.includes('state')) return null
  const columns = new Map<string, number>()
  fields.forEach((field, index) => {
    if (field && !columns.has(field)) columns.set(field, index)
  })
  const missing = REVIEW_COLUMNS.filter((c) => c.required && !columns.has(c.field)).map((c) => c.header)
  if (!columns.has('quarter') && !columns.has('month')) missing.push('季度')
  return { columns, missing }
}
