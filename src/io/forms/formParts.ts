/**
 * An official form read (readForm) as the four flat kinds: rows under our own headers,
 * checked by the same mapping as a CSV file, each cell remembered so that a problem cites
 * `工作表1!F14`. What the preview shows of the form is its FormSummary.
 */
import { DEPARTMENT_SCOPE } from '@/domain/records'
import { CSV_KIND_LABELS, detectKind, type CsvKind } from '../csvKinds'
import { mapRows } from '../rowMapping'
import { noticeOf, problemOf } from '../problemText'
import type { ParsedCsv } from '../parseCsv'
import type { ImportNotice } from '@/domain/model'
import type { Located } from './formArea'
import type { FormType } from './formLabels'
import type { FundLine } from './fundsBlock'
import type { FormRead } from './readForm'

/** What the preview shows of a form found: what it is, where each fact was read, what it holds. */
export interface FormSummary {
  sheet: string | null
  type: FormType
  title: string
  year: string
  unit: string
  scope: string
  /** `1-7月`, `全年` or '' for a 申报表. */
  period: string
  /** The month it reports (7 for 1-7月, 12 for a 自评表), or null for a 申报表. */
  month: number | null
  /** Each fact and the cell it was read from; `key` names the fact in any language, `label` as the form printed it. */
  fields: FormField[]
  counts: Record<CsvKind, number>
  /** Labels it could not find: nothing of it is written. */
  missing: string[]
  /** Its parts, as the review and the history name them. */
  parts: string[]
}

/** A fact of a form and where it was read. */
export interface FormField {
  key: 'title' | 'year' | 'unit' | 'implementingUnit' | 'parent' | 'scope' | 'period' | 'fundTotal' | 'fundPart' | 'formTotal'
  label: string
  value: string
  cell: string
}

type Cell = Located | string | undefined

/** Rows of one kind built from a form, with the cell behind each value. */
class TableBuilder {
  readonly rows: string[][] = []
  readonly lines: number[] = []
  readonly cells = new Map<string, string>()
  constructor(readonly headers: string[]) {}

  add(line: number, values: Record<string, Cell>): void {
    this.rows.push(this.headers.map((h) => { const v = values[h]; return typeof v === 'string' ? v : (v?.value ?? '') }))
    this.lines.push(line)
    for (const [header, value] of Object.entries(values)) if (value && typeof value !== 'string') this.cells.set(`${line}|${header}`, value.cell)
  }
}

const HEADERS: Record<CsvKind, string[]> = {
  targets: ['年度', '单位', '类别', '一级指标', '二级指标', '三级指标', '指标值', '分值'],
  budget: ['年度', '单位', '类别', '预算项目', '经费类型', '分类', '主要内容', '年初预算数', '全年预算数', '分值'],
  actuals: ['年度', '单位', '类别', '三级指标', '截至月份', '季度', '实际值', '全年预计', '完成可能性', '偏差原因', '改进措施', '表内得分'],
  spending: ['年度', '单位', '类别', '预算项目', '截至月份', '季度', '执行数', '表内得分'],
}

const PERIOD_NAME = (form: FormRead) => (form.type === 'selfEvaluation' ? '全年' : form.month ? `1-${form.month.value}月` : '')

/**
 * When a project form names its department only by a short name (部门名称: 商务局) and
 * another form of the same file names a unit ending in it (九江市柴桑区商务局), it is that unit.
 */
export function resolveUnits(forms: FormRead[]): { form: FormRead; from?: string }[] {
  const full = [...new Set(forms.flatMap((f) => (f.unit ? [f.unit.value] : [])))]
  return forms.map((form) => {
    const short = form.unit?.value
    if (!short || form.unitFrom !== 'department') return { form }
    const longer = full.filter((u) => u !== short && u.endsWith(short))
    if (longer.length !== 1) return { form }
    return { form: { ...form, unit: { value: longer[0]!, cell: form.unit!.cell }, unitFrom: 'file' as const }, from: short }
  })
}

/** The form as parts of the flat kinds, and its summary. `index` numbers it within its file. */
export function formToParts(form: FormRead, fileName: string, index: number, renamedFrom?: string): { parts: ParsedCsv[]; summary: FormSummary } {
  const scopeName = form.scope?.value ?? '?'
  const partName = (kind: CsvKind) => `${fileName} › ${form.sheet ? `${form.sheet} › ` : ''}表${index} ${scopeName} · ${CSV_KIND_LABELS[kind]}`
  const summary: FormSummary = {
    sheet: form.sheet,
    type: form.type,
    title: form.title.value,
    year: form.year?.value ?? '',
    unit: form.unit?.value ?? '',
    scope: form.scope?.value ?? '',
    period: PERIOD_NAME(form),
    month: form.month?.value ?? null,
    fields: fieldsOf(form),
    counts: { targets: 0, budget: 0, actuals: 0, spending: 0 },
    missing: form.missing,
    parts: [],
  }
  if (form.missing.length > 0) {
    // A form half read is not written at all: one failed part says which labels are missing.
    const failed = failedForm(form, `${fileName} › ${form.sheet ? `${form.sheet} › ` : ''}表${index} ${form.title.value}`)
    summary.parts.push(failed.fileName)
    return { parts: [failed], summary }
  }
  const tables = buildTables(form)
  const notices = noticesOf(form, renamedFrom)
  const parts: ParsedCsv[] = []
  for (const kind of ['targets', 'budget', 'actuals', 'spending'] as const) {
    const table = tables[kind]
    if (table.rows.length === 0) continue
    const part = partOf(kind, table, partName(kind), parts.length === 0 ? notices : [])
    summary.counts[kind] = part.tagged?.records.length ?? 0
    summary.parts.push(part.fileName)
    parts.push(part)
  }
  return { parts, summary }
}

function fieldsOf(form: FormRead): FormField[] {
  const fields: FormField[] = [{ key: 'title', label: '表名', value: form.title.value, cell: form.title.cell }]
  const add = (key: FormField['key'], label: string, located: Located | null | undefined) => located && fields.push({ key, label, value: located.value, cell: located.cell })
  add('year', '年度', form.year)
  if (form.unitFrom === 'implementing') add('implementingUnit', '实施单位', form.unit)
  else add('unit', '单位', form.unit)
  add('parent', '主管部门', form.parent)
  add('scope', '类别', form.scope)
  if (form.month && form.type === 'monitoring') fields.push({ key: 'period', label: '报告期', value: PERIOD_NAME(form), cell: form.month.cell })
  for (const line of form.funds) {
    const first = Object.values(line.amounts)[0]
    if (first) fields.push({ key: line.role === 'total' ? 'fundTotal' : 'fundPart', label: line.label, value: first.value, cell: first.cell })
  }
  add('formTotal', '表内总分', form.indicators?.total)
  return fields
}

function failedForm(form: FormRead, fileName: string): ParsedCsv {
  return {
    fileName,
    encoding: null,
    delimiter: '',
    kind: null,
    headers: [],
    rows: [],
    rowLines: [],
    tagged: null,
    recordLines: [],
    problems: form.missing.map((label) => ({ file: fileName, line: form.titleLine, cell: form.title.cell, column: label, ...problemOf('formLabelMissing', { label }) })),
    notices: [],
  }
}

function noticesOf(form: FormRead, renamedFrom?: string): ImportNotice[] {
  const notices: ImportNotice[] = []
  if (form.indicators && form.indicators.ignored.length > 0) notices.push(noticeOf('formColumnsIgnored', { columns: form.indicators.ignored.join('、') }))
  if (renamedFrom && form.unit) notices.push(noticeOf('unitFromFile', { short: renamedFrom, unit: form.unit.value }))
  const { total, types } = fundsOf(form.funds)
  if (total && types.length > 0 && !addsUp(total, types)) {
    notices.push(noticeOf('fundsMismatch', { sum: round(types.reduce((s, t) => s + amountOf(t)!, 0)), total: amountOf(total)! }))
  }
  return notices
}

const round = (n: number) => Math.round(n * 100) / 100
const amountOf = (line: FundLine) => (line.amounts.initialBudget ?? line.amounts.amount ?? line.amounts.budget)?.number
const fundsOf = (funds: FundLine[]) => ({ total: funds.find((f) => f.role === 'total'), types: funds.filter((f) => f.role === 'type') })
const addsUp = (total: FundLine, types: FundLine[]) => Math.abs(types.reduce((s, t) => s + (amountOf(t) ?? 0), 0) - (amountOf(total) ?? 0)) < 0.005

/** The form's rows under the flat kinds' headers. */
function buildTables(form: FormRead): Record<CsvKind, TableBuilder> {
  const tables = { targets: new TableBuilder(HEADERS.targets), budget: new TableBuilder(HEADERS.budget), actuals: new TableBuilder(HEADERS.actuals), spending: new TableBuilder(HEADERS.spending) }
  const key = { 年度: form.year!, 单位: form.unit!, 类别: form.scope! }
  const period: Record<string, Cell> = form.type === 'selfEvaluation' ? { 季度: '4' } : form.month ? { 截至月份: String(form.month.value) } : {}
  const department = form.scope!.value === DEPARTMENT_SCOPE

  for (const row of form.indicators?.rows ?? []) {
    const v = row.values
    tables.targets.add(row.line, { ...key, 一级指标: v.level1, 二级指标: v.level2, 三级指标: v.name, 指标值: v.targetText, 分值: v.weight })
    if (form.type !== 'application') {
      tables.actuals.add(row.line, { ...key, 三级指标: v.name, ...period, 实际值: v.actualText, 全年预计: v.forecast, 完成可能性: v.likelihood, 偏差原因: v.reason, 改进措施: v.action, 表内得分: v.formScore })
    }
  }

  // 年度资金总额 is the 类别's budget; a breakdown by kind of spending that adds up to it is
  // written instead, as its 经费 lines (never both: the lines add up to the budget).
  const { total, types } = fundsOf(form.funds)
  const lines = types.length > 0 && (!total || addsUp(total, types)) ? types : total ? [total] : []
  for (const line of lines) {
    const a = line.amounts
    const item = line.role === 'type' ? line.label : department ? '部门整体支出' : form.scope!.value
    const fundType = line.role === 'type' ? line.label : department ? '' : '项目经费'
    const lineNo = Number(/\d+$/.exec(line.at.cell)![0])
    tables.budget.add(lineNo, { ...key, 预算项目: { value: item, cell: line.at.cell }, 经费类型: fundType, 分类: '经费', 年初预算数: a.initialBudget ?? a.amount, 全年预算数: a.budget ?? (a.initialBudget ? undefined : a.amount), 分值: a.weight })
    if (a.spent && form.type !== 'application') {
      tables.spending.add(lineNo, { ...key, 预算项目: { value: item, cell: line.at.cell }, ...period, 执行数: a.spent, 表内得分: a.formScore })
    }
  }
  for (const task of form.tasks) {
    tables.budget.add(task.line, { ...key, 预算项目: task.item, 分类: '任务', 主要内容: task.description, 年初预算数: task.amount ?? '0' })
  }
  if (form.lastYear && form.year) {
    const last = { ...key, 年度: { value: String(Number(form.year.value) - 1), cell: form.year.cell }, 预算项目: '部门整体支出' }
    const { initialBudget, budget, spent } = form.lastYear
    const lineNo = Number(/\d+$/.exec((initialBudget ?? budget ?? spent)!.cell)![0])
    if (initialBudget || budget) tables.budget.add(lineNo, { ...last, 分类: '经费', 年初预算数: initialBudget, 全年预算数: budget })
    if (spent) tables.spending.add(lineNo, { ...last, 季度: '4', 执行数: spent })
  }
  return tables
}

function partOf(kind: CsvKind, table: TableBuilder, fileName: string, notices: ImportNotice[]): ParsedCsv {
  const match = detectKind(table.headers)!
  const mapped = mapRows(kind, match, table.rows, { file: fileName, lines: table.lines })
  const cellOf = (line: number, column: string) => table.cells.get(`${line}|${column}`)
  return {
    fileName,
    encoding: null,
    delimiter: '',
    kind,
    headers: table.headers,
    rows: table.rows,
    rowLines: table.lines,
    tagged: { kind, records: mapped.records } as ParsedCsv['tagged'],
    recordLines: mapped.lines,
    problems: mapped.problems.map((p) => ({ ...p, ...(p.column && cellOf(p.line, p.column) && { cell: cellOf(p.line, p.column) }) })),
    notices,
    cellOf,
    ontoStored: true,
  }
}
