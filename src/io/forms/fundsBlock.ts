import { parseLooseNumber } from '@/domain/number'
import { joinKey } from '@/domain/keys'
import type { At, FormArea, Located } from './formArea'
import { FUND_SOURCES, FUND_TOTAL, FUND_TYPES, MONEY_FIELDS, TASK_COLUMNS, type AmountField } from './formLabels'
import { amountIn10k } from './fundAmount'
import { amountHeaders, type AmountHeader } from './fundsHeaders'
import { headerKey, readHeader, type MoneyUnit } from './headerKey'

/** A line of a funds block: its total, a kind of spending (人员经费 …) or a source of money (财政拨款 …). */
export interface FundLine {
  label: string
  role: 'total' | 'type' | 'source'
  at: Located
  amounts: Partial<Record<AmountField, Located & { number: number }>>
}

/** A line of the 年度主要任务 table. */
export interface TaskLine {
  line: number
  item: Located
  description?: Located
  amount?: Located
}

/** Last year's figures of a 部门整体 申报表 (上年预算: 批复数, 调整数, 实际支出数). */
export interface LastYear {
  initialBudget?: Located
  budget?: Located
  spent?: Located
}

/**
 * The number in a cell. A money amount is read in 万元 (`150万`, `1,500,000元`, or a plain
 * number under a `（元）` header) and, when converted, its value is the 万元 figure.
 */
const numberAt = (
  area: FormArea,
  at: At,
  money?: { unit: MoneyUnit | null },
): (Located & { number: number }) | null => {
  const text = area.text(at)
  if (!text) return null
  const plain = parseLooseNumber(text)
  const number = money ? amountIn10k(text, money.unit) : plain
  if (number === null) return null
  const located = area.located(at)
  return { ...located, ...(number !== plain && { value: String(number) }), number }
}

const roleOf = (label: string): FundLine['role'] | null =>
  FUND_TOTAL.has(label) ? 'total' : FUND_TYPES.has(label) ? 'type' : FUND_SOURCES.has(label) ? 'source' : null

/**
 * The lines of the funds block in rows [from, to): each line label's amounts, read under
 * the amount headers above it (年初预算数 全年预算数 全年执行数 分值 得分 …), else the number
 * right of it (年度资金总额 | 60), else the number under it (支出合计 over 734.05).
 * Rows in `skip` (the 年度主要任务 table) are not looked at.
 */
export function readFunds(area: FormArea, from: number, to: number, skip: ReadonlySet<number> = new Set()): FundLine[] {
  const headers = amountHeaders(area, from, to, skip)
  const lines: FundLine[] = []
  const seen = new Set<string>()
  for (let row = from; row < to; row++) {
    if (skip.has(row)) continue
    for (let column = 0; column < area.width(row); column++) {
      const { key: label, unit } = readHeader(area.text({ row, column }))
      const role = roleOf(label)
      // A merged label repeats across its cells: one line per label and row.
      if (!role || seen.has(joinKey(row, label))) continue
      seen.add(joinKey(row, label))
      const amounts = amountsUnderHeaders(area, headers, { row, column }, unit)
      if (Object.keys(amounts).length === 0) {
        const beside = area.rightAt({ row, column })
        const near = (beside && numberAt(area, beside, { unit })) || numberAt(area, { row: row + 1, column }, { unit })
        if (near) amounts.amount = near
      }
      if (Object.keys(amounts).length > 0) lines.push({ label, role, at: area.located({ row, column }), amounts })
    }
  }
  return lines
}

/** The amounts on the label's row under the nearest header row above that has numbers there. */
function amountsUnderHeaders(
  area: FormArea,
  headers: readonly AmountHeader[],
  at: At,
  labelUnit: MoneyUnit | null,
): FundLine['amounts'] {
  const rows = [...new Set(headers.filter((h) => h.row < at.row && h.column > at.column).map((h) => h.row))].sort(
    (a, b) => b - a,
  )
  for (const headerRow of rows) {
    const amounts: FundLine['amounts'] = {}
    for (const h of headers) {
      if (h.row !== headerRow || h.column <= at.column || amounts[h.field]) continue
      const money = MONEY_FIELDS.has(h.field) ? { unit: h.unit ?? labelUnit } : undefined
      const value = numberAt(area, { row: at.row, column: h.column }, money)
      if (value) amounts[h.field] = value
    }
    if (Object.keys(amounts).length > 0) return amounts
  }
  return {}
}

/** An amount as its 万元 figure (`59.14万元` → `59.14`, `（元）` header: ÷ 10,000); as written when it is no amount. */
function inTenK(at: Located, unit: MoneyUnit | null): Located {
  const number = amountIn10k(at.value, unit)
  return number === null || number === parseLooseNumber(at.value) ? at : { ...at, value: String(number) }
}

/** Reads the 年度主要任务 table (任务名称 主要内容 … 预算金额) in rows [from, to), with the rows it spans. */
export function readTasks(area: FormArea, from: number, to: number): { tasks: TaskLine[]; rows: Set<number> } {
  const rows = new Set<number>()
  const header = area.find(TASK_COLUMNS.item, from, to)
  if (!header) return { tasks: [], rows }
  const columnOf = (labels: ReadonlySet<string>) => {
    for (let column = header.column + 1; column < area.width(header.row); column++)
      if (labels.has(area.norm({ row: header.row, column }))) return column
    return null
  }
  const amountColumn = columnOf(TASK_COLUMNS.amount)
  if (amountColumn === null) return { tasks: [], rows }
  const amountUnit = readHeader(area.text({ row: header.row, column: amountColumn })).unit
  const descriptionColumn = columnOf(TASK_COLUMNS.description)
  rows.add(header.row)
  const tasks: TaskLine[] = []
  for (let row = header.row + 1; row < to; row++) {
    const item = area.text({ row, column: header.column })
    if (!item || FUND_TOTAL.has(headerKey(item))) {
      if (item) rows.add(row)
      break
    }
    rows.add(row)
    const description = descriptionColumn === null ? '' : area.text({ row, column: descriptionColumn })
    const amount = area.text({ row, column: amountColumn })
    tasks.push({
      line: area.line(row),
      item: area.located({ row, column: header.column }),
      ...(description && { description: area.located({ row, column: descriptionColumn! }) }),
      ...(amount && { amount: inTenK(area.located({ row, column: amountColumn }), amountUnit) }),
    })
  }
  return { tasks, rows }
}

/** 上年预算's 批复数, 调整数 and 实际支出数 on a 部门整体 申报表: each over its number. */
export function readLastYear(area: FormArea, from: number, to: number): LastYear | null {
  const label = area.find(['上年预算', '上年度预算', '上年预算情况'], from, to)
  if (!label) return null
  const near = (labels: string[]) => {
    const at = area.find(labels, label.row, Math.min(to, label.row + 3))
    const under = at && area.below(at)
    return under ? inTenK(under, readHeader(area.text(at!)).unit) : undefined
  }
  const lastYear: LastYear = {}
  const initialBudget = near(['批复数', '年初批复数'])
  const budget = near(['调整数', '调整后预算数'])
  const spent = near(['实际支出数', '执行数'])
  if (initialBudget) lastYear.initialBudget = initialBudget
  if (budget) lastYear.budget = budget
  if (spent) lastYear.spent = spent
  return Object.keys(lastYear).length > 0 ? lastYear : null
}
