import { DEPARTMENT_SCOPE } from '@/domain/records'
import { cellText, mergedFromRow, type SheetGrid } from '../sheetGrid'
import { FormArea, type Located } from './formArea'
import {
  IMPLEMENTING_UNIT,
  PARENT_LABEL,
  PROJECT_LABELS,
  UNIT_LABELS,
  YEAR_LABELS,
  formTypeOf,
  isDepartmentTitle,
  periodOfHeader,
  type FormType,
} from './formLabels'
import { readFunds, readLastYear, readTasks, type FundLine, type LastYear, type TaskLine } from './fundsBlock'
import { unplacedFundHeaders } from './fundsHeaders'
import { findIndicatorHeader, readIndicatorBlock, type IndicatorBlock } from './indicatorBlock'

/** One official form as read from a sheet, every value with the cell it came from. */
export interface FormRead {
  sheet: string | null
  type: FormType
  title: Located
  titleLine: number
  year: Located | null
  unit: Located | null
  /** Where the unit came from: 实施单位, the department's name, another form of the same file, or the user. */
  unitFrom: 'implementing' | 'department' | 'file' | 'given'
  parent: Located | null
  /** 部门整体, or the project's name. */
  scope: Located | null
  /** The month the form reports (1-7月 → 7, 第3季度 → 9; a 自评表 the year end), or null for a 申报表. */
  month: { value: number; byMonth: boolean; cell: string } | null
  funds: FundLine[]
  /** Headers of the funds block the reader could not place: told, not read. */
  fundsIgnored: string[]
  tasks: TaskLine[]
  lastYear: LastYear | null
  indicators: IndicatorBlock | null
  /** The labels it needed and could not find: nothing of such a form is written. */
  missing: string[]
}

/** A form's title row: where it is and the form it names. */
export interface TitleAt {
  row: number
  column: number
  type: FormType
}

/**
 * Title rows of the forms on a sheet: a row whose only text names a 绩效 table. A cell a merged
 * range fills from a row above is not the row's own text; a title that repeats the form above
 * on its next printed page (see {@link repeatsPage}) starts no form.
 */
export function findForms(grid: SheetGrid): TitleAt[] {
  const found: TitleAt[] = []
  grid.rows.forEach((cells, row) => {
    const filled = cells
      .map((text, column) => ({ text: text.trim(), column }))
      .filter((c) => c.text && mergedFromRow(grid, row, c.column) === undefined)
    // A merged title repeats across its cells: still one text.
    if (filled.length === 0 || new Set(filled.map((c) => c.text)).size > 1) return
    const type = formTypeOf(filled[0]!.text)
    if (!type) return
    const last = found.at(-1)
    if (!last || !repeatsPage(grid, last, { row, column: filled[0]!.column, type }))
      found.push({ row, column: filled[0]!.column, type })
  })
  return found
}

/**
 * Whether `title` repeats the form titled `form` on a new printed page: the same title, then
 * (past blank rows) the same header row as that form's indicator block, no label between.
 */
function repeatsPage(grid: SheetGrid, form: TitleAt, title: TitleAt): boolean {
  const squash = (at: TitleAt) => cellText(grid, at.row, at.column).replace(/\s/g, '')
  if (squash(form) !== squash(title)) return false
  const area = new FormArea(grid, form.row, grid.rows.length)
  const header = findIndicatorHeader(new FormArea(grid, form.row, title.row))
  if (header === null) return false
  let next = title.row + 1
  while (next < grid.rows.length && rowKeys(area, next).length === 0) next++
  const first = rowKeys(area, header)
  const again = rowKeys(area, next)
  return again.length === first.length && again.every((key, i) => key === first[i])
}

/** A row's header keys, up to its last filled cell. */
function rowKeys(area: FormArea, row: number): string[] {
  const keys = Array.from({ length: area.width(row) }, (_, column) => area.norm({ row, column }))
  while (keys.length > 0 && keys.at(-1) === '') keys.pop()
  return keys
}

/** `（2024年度）`, `2024年`, `（2024年度 第3季度）`: a short cell that is the year, perhaps with its period. */
const YEAR_CELL =
  /^[（(]?\s*((?:19|20)\d{2})\s*年度?(?:\s*第.{1,2}季度预?计?|\s*1\s*[-—–~至到]\s*\d{1,2}\s*月)?\s*[）)]?$/

/** Reads the form whose title is at `title.row`, down to row `to` (the next form's title, or the sheet's end). */
export function readForm(grid: SheetGrid, title: TitleAt, to: number): FormRead {
  const area = new FormArea(grid, title.row, to)
  const titleAt = area.located(title)
  const headerRow = findIndicatorHeader(area)
  const top = headerRow ?? to
  const missing: string[] = []

  const year = yearOf(area, titleAt, top)
  if (!year) missing.push('年度')
  const department = isDepartmentTitle(titleAt.value)
  const scope = department ? { value: DEPARTMENT_SCOPE, cell: titleAt.cell } : area.valueOf(PROJECT_LABELS, top)
  if (!scope) missing.push('项目名称')
  const implementing = department ? null : area.valueOf([IMPLEMENTING_UNIT], top)
  const named = area.valueOf(UNIT_LABELS, top)
  const parent = area.valueOf([PARENT_LABEL], top)
  // A project's unit is the one that carries it (实施单位), else the department named on the form.
  const unit = implementing ?? named ?? (department ? null : parent)
  if (!unit) missing.push(department ? '部门（单位）名称' : '实施单位')

  const month = monthOf(area, title.type)
  if (title.type === 'monitoring' && !month) missing.push('1-X月执行情况')

  const indicators = headerRow === null ? null : readIndicatorBlock(area, headerRow, title.type === 'monitoring')
  if (!indicators) missing.push('三级指标、指标值')
  else if (title.type !== 'application' && !indicators.fields.has('actualText'))
    missing.push(title.type === 'monitoring' ? '1-X月执行情况' : '实际完成值')

  const { tasks, rows: taskRows } = department
    ? readTasks(area, title.row + 1, top)
    : { tasks: [], rows: new Set<number>() }
  return {
    sheet: grid.name,
    type: title.type,
    title: titleAt,
    titleLine: area.line(title.row),
    year,
    unit,
    unitFrom: implementing ? 'implementing' : 'department',
    parent: implementing || !department ? parent : null,
    scope,
    month,
    funds: readFunds(area, title.row + 1, top, taskRows),
    fundsIgnored: unplacedFundHeaders(area, title.row + 1, top, taskRows),
    tasks,
    lastYear: department && title.type === 'application' ? readLastYear(area, title.row + 1, top) : null,
    indicators,
    missing: [...new Set(missing)],
  }
}

/** The year: in the title, in a cell of its own (`（2024年度）`), or beside a 年度 label. */
function yearOf(area: FormArea, title: Located, to: number): Located | null {
  const inTitle = /((?:19|20)\d{2})\s*年/.exec(title.value)
  if (inTitle) return { value: inTitle[1]!, cell: title.cell }
  for (let row = area.from + 1; row < to; row++) {
    for (let column = 0; column < area.width(row); column++) {
      const match = YEAR_CELL.exec(area.text({ row, column }))
      if (match) return { value: match[1]!, cell: area.cell({ row, column }) }
    }
  }
  const labelled = area.valueOf(YEAR_LABELS, to)
  const match = labelled && /((?:19|20)\d{2})/.exec(labelled.value)
  return match ? { value: match[1]!, cell: labelled.cell } : null
}

/**
 * The month a 监控表 reports, from its first `1-X月` (or `第3季度`) header. A 自评表 reports
 * the year, unless its columns name a period (the app's export of an in-year 自评表 does).
 */
function monthOf(area: FormArea, type: FormType): FormRead['month'] {
  if (type === 'application') return null
  for (let row = area.from; row < area.to; row++) {
    for (let column = 0; column < area.width(row); column++) {
      const period = periodOfHeader(area.text({ row, column }))
      if (period) return { value: period.month, byMonth: period.byMonth, cell: area.cell({ row, column }) }
    }
  }
  return type === 'selfEvaluation'
    ? { value: 12, byMonth: false, cell: area.cell({ row: area.from, column: 0 }) }
    : null
}
