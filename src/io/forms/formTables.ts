/**
 * A form read (readForm) as rows of the four flat kinds under our own headers, each value
 * with the cell it came from, and the rules that turn a funds block into budget lines.
 */
import { DEPARTMENT_SCOPE } from '@/domain/records'
import type { DataKind } from '@/domain/model'
import { joinKey } from '@/domain/keys'
import type { Located } from './formArea'
import type { FundLine } from './fundsBlock'
import { FUND_SOURCES } from './formLabels'
import type { FormRead } from './readForm'

type Cell = Located | string | undefined

/** Rows of one kind built from a form, with the cell behind each value. */
export class TableBuilder {
  readonly rows: string[][] = []
  readonly lines: number[] = []
  readonly cells = new Map<string, string>()
  constructor(readonly headers: string[]) {}

  add(line: number, values: Record<string, Cell>): void {
    this.rows.push(
      this.headers.map((h) => {
        const v = values[h]
        return typeof v === 'string' ? v : (v?.value ?? '')
      }),
    )
    this.lines.push(line)
    for (const [header, value] of Object.entries(values))
      if (value && typeof value !== 'string') this.cells.set(joinKey(line, header), value.cell)
  }
}

const HEADERS: Record<DataKind, string[]> = {
  targets: ['年度', '单位', '类别', '一级指标', '二级指标', '三级指标', '指标值', '分值', '方向', '主管部门'],
  budget: [
    '年度',
    '单位',
    '类别',
    '预算项目',
    '经费类型',
    '分类',
    '主要内容',
    '年初预算数',
    '全年预算数',
    '分值',
    '主管部门',
  ],
  actuals: [
    '年度',
    '单位',
    '类别',
    '三级指标',
    '截至月份',
    '季度',
    '实际值',
    '全年预计',
    '完成可能性',
    '偏差原因',
    '改进措施',
    '表内得分',
  ],
  spending: ['年度', '单位', '类别', '预算项目', '截至月份', '季度', '执行数', '全年预计执行数', '表内得分'],
}

export const round = (n: number) => Math.round(n * 100) / 100
export const amountOf = (line: FundLine) =>
  (line.amounts.initialBudget ?? line.amounts.amount ?? line.amounts.budget)?.number
export const fundsOf = (funds: FundLine[]) => ({
  total: funds.find((f) => f.role === 'total'),
  types: funds.filter((f) => f.role === 'type'),
  sources: funds.filter((f) => f.role === 'source'),
})
/** The amounts of a breakdown's lines summed, 万元 to the cent. */
export const sumOf = (parts: FundLine[]) => round(parts.reduce((s, t) => s + (amountOf(t) ?? 0), 0))
export const addsUp = (total: FundLine, parts: FundLine[]) => Math.abs(sumOf(parts) - (amountOf(total) ?? 0)) < 0.005
const lineOf = (line: FundLine) => Number(/\d+$/.exec(line.at.cell)![0])

/** The form's rows under the flat kinds' headers. */
export function buildTables(form: FormRead): Record<DataKind, TableBuilder> {
  const tables = {
    targets: new TableBuilder(HEADERS.targets),
    budget: new TableBuilder(HEADERS.budget),
    actuals: new TableBuilder(HEADERS.actuals),
    spending: new TableBuilder(HEADERS.spending),
  }
  // The 主管部门 a project form names goes with its targets and budget lines, as a flat file's column would.
  const key = { 年度: form.year!, 单位: form.unit!, 类别: form.scope!, 主管部门: form.parent ?? undefined }
  const period: Record<string, Cell> = !form.month
    ? {}
    : form.month.byMonth
      ? { 截至月份: String(form.month.value) }
      : { 季度: String(form.month.value / 3) }
  const department = form.scope!.value === DEPARTMENT_SCOPE

  for (const row of form.indicators?.rows ?? []) {
    const v = row.values
    tables.targets.add(row.line, {
      ...key,
      一级指标: v.level1,
      二级指标: v.level2,
      三级指标: v.name,
      指标值: v.targetText,
      分值: v.weight,
      方向: row.direction,
    })
    if (form.type !== 'application') {
      tables.actuals.add(row.line, {
        ...key,
        三级指标: v.name,
        ...period,
        实际值: v.actualText,
        全年预计: v.forecast,
        完成可能性: v.likelihood,
        偏差原因: v.reason,
        改进措施: v.action,
        表内得分: v.formScore,
      })
    }
  }

  // 年度资金总额 is the 类别's budget; a breakdown by kind of spending that adds up to it is
  // written instead, as its 经费 lines (never both: the lines add up to the budget).
  const { total, types, sources } = fundsOf(form.funds)
  const lines = types.length > 0 && (!total || addsUp(total, types)) ? types : total ? [total] : []
  for (const line of lines) {
    const a = line.amounts
    const item = line.role === 'type' ? line.label : department ? '部门整体支出' : form.scope!.value
    const fundType = line.role === 'type' ? line.label : department ? '' : '项目经费'
    const lineNo = lineOf(line)
    // Stryker disable StringLiteral: equivalent, a blank 分类 reads as 经费
    tables.budget.add(lineNo, {
      ...key,
      预算项目: { value: item, cell: line.at.cell },
      经费类型: fundType,
      分类: '经费',
      年初预算数: a.initialBudget ?? a.amount,
      全年预算数: a.budget ?? (a.initialBudget ? undefined : a.amount),
      分值: a.weight,
    })
    // Stryker restore StringLiteral
    if (a.spent && form.type !== 'application') {
      tables.spending.add(lineNo, {
        ...key,
        预算项目: { value: item, cell: line.at.cell },
        ...period,
        执行数: a.spent,
        全年预计执行数: a.spentForecast,
        表内得分: a.formScore,
      })
    }
  }
  // Its breakdown by source is kept beside it as 来源 lines, each under the source it names.
  for (const line of sources) {
    const a = line.amounts
    const item = { value: FUND_SOURCES.get(line.label)!, cell: line.at.cell }
    const lineNo = lineOf(line)
    tables.budget.add(lineNo, {
      ...key,
      预算项目: item,
      分类: '来源',
      年初预算数: a.initialBudget ?? a.amount,
      全年预算数: a.budget ?? (a.initialBudget ? undefined : a.amount),
    })
    if (a.spent && form.type !== 'application')
      tables.spending.add(lineNo, {
        ...key,
        预算项目: item,
        ...period,
        执行数: a.spent,
        全年预计执行数: a.spentForecast,
      })
  }
  for (const task of form.tasks) {
    tables.budget.add(task.line, {
      ...key,
      预算项目: task.item,
      分类: '任务',
      主要内容: task.description,
      年初预算数: task.amount ?? '0',
    })
  }
  if (form.lastYear && form.year) {
    const last = {
      ...key,
      年度: { value: String(Number(form.year.value) - 1), cell: form.year.cell },
      预算项目: '部门整体支出',
    }
    const { initialBudget, budget, spent } = form.lastYear
    const lineNo = Number(/\d+$/.exec((initialBudget ?? budget ?? spent)!.cell)![0])
    // Stryker disable next-line StringLiteral: equivalent, a blank 分类 reads as 经费
    if (initialBudget || budget)
      tables.budget.add(lineNo, { ...last, 分类: '经费', 年初预算数: initialBudget, 全年预算数: budget })
    if (spent) tables.spending.add(lineNo, { ...last, 季度: '4', 执行数: spent })
  }
  return tables
}
