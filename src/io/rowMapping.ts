import { deriveBudgetId, deriveIndicatorCode } from '@/domain/indicatorCode'
import { normaliseLevel1 } from '@/domain/levels'
import { parseLooseNumber, parseYear } from '@/domain/number'
import { parseQuarter } from '@/domain/quarter'
import { monthOfQuarter, parseMonth, type Month } from '@/domain/period'
import type {
  ActualRecord,
  Basis,
  BudgetBreakdown,
  BudgetRecord,
  Direction,
  SpendingRecord,
  TargetRecord,
} from '@/domain/records'
import type { HeaderMatch } from './csvKinds'
import { RowReader } from './rowReader'
import { readRectifyRow } from './rectifyRowRead'
import type { RectifyRow } from '@/domain/rectifyRows'
import { unitYearsOf } from '@/domain/unitYears'
import type { UnitYearKey, ImportProblem, ImportKind } from '@/domain/model'

export interface RecordsByKind {
  targets: TargetRecord
  budget: BudgetRecord
  actuals: ActualRecord
  spending: SpendingRecord
  rectify: RectifyRow
}

export interface MappedRows<K extends ImportKind> {
  records: RecordsByKind[K][]
  /** The line each record came from. */
  lines: number[]
  problems: ImportProblem[]
  /** Actuals or spending rows left without a value (a template's unreported lines): skipped, not errors. */
  unreported: number
  /** The 主管部门 each record's row named, where the file has the column and the cell is filled. */
  parents: UnitYearParent[]
}

/** A 主管部门 a row names for its unit-year, and the line it is on. */
export interface UnitYearParent {
  line: number
  year: number
  unit: string
  parent: string
}

interface MapOptions {
  file: string
  /** Whether actuals and spending are the bundled illustrative values. */
  sample?: boolean
  /** The line of each row as an editor shows it; by default row i is on line i + 2. */
  lines?: readonly number[]
}

const oneOf =
  <T extends string>(...allowed: T[]) =>
  (text: string): T | null =>
    (allowed as string[]).includes(text) ? (text as T) : null

/**
 * A pure parse of a cell whose few spellings repeat on every row (年度, 季度): each
 * spelling is parsed once, not once per row of a province's file. The memo keeps at
 * most a few hundred spellings.
 */
function rememberedParse<T>(parse: (text: string) => T | null): (text: string) => T | null {
  const seen = new Map<string, T | null>()
  return (text) => {
    let value = seen.get(text)
    // Stryker disable next-line ConditionalExpression: equivalent, parsing again gives the same value
    if (value === undefined) {
      value = parse(text)
      // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, the bound only limits memory
      if (seen.size < 256) seen.set(text, value)
    }
    return value
  }
}
const yearOf = rememberedParse(parseYear)
const quarterOf = rememberedParse(parseQuarter)
const monthOf = rememberedParse(parseMonth)

/**
 * The period of a value row (SPEC §2.8): its 截至月份 when the file has that column and
 * the cell is filled, else its 季度 as month 3q. `byMonth` keeps how it was given.
 */
function periodOfRow(r: RowReader): { month: Month; byMonth?: true } | null {
  if (r.has('month') && (r.text('month') || !r.has('quarter'))) {
    const month = r.parsed('month', monthOf, 'month')
    return month === null ? null : { month, byMonth: true }
  }
  const quarter = r.parsed('quarter', quarterOf, 'quarter')
  return quarter === null ? null : { month: monthOfQuarter(quarter) }
}

/** 表内得分 when the file has it: a form's own score, a number. */
function formScoreOf(r: RowReader): { formScore?: number } {
  const score = r.parsed('formScore', parseLooseNumber, 'number', false)
  return score === null ? {} : { formScore: score }
}

/**
 * The unit-years some data rows name, each once, read as the mappers read 年度 and 单位;
 * rows whose 年度 does not read are left out (mapping reports them).
 */
export function unitYearsOfCells(
  kind: ImportKind,
  match: HeaderMatch,
  rows: readonly (readonly string[])[],
): UnitYearKey[] {
  const reader = new RowReader(kind, match, '', [])
  return unitYearsOf(rows, (row) => {
    const year = yearOf(reader.at(row, 0).text('year'))
    return year === null ? null : { year, unit: reader.text('unit') }
  })
}

/**
 * Turns data rows of a detected kind into typed records, with one problem per bad
 * cell. A row with any problem yields no record, so nothing half-read is stored.
 */
export function mapRows<K extends ImportKind>(
  kind: K,
  match: HeaderMatch,
  rows: readonly (readonly string[])[],
  options: MapOptions,
): MappedRows<K> {
  const problems: ImportProblem[] = []
  const reader = new RowReader(kind, match, options.file, problems)
  const records: RecordsByKind[K][] = []
  const lines: number[] = []
  const parents: UnitYearParent[] = []
  const named = reader.has('parent')
  let unreported = 0
  rows.forEach((row, i) => {
    if (row.every((cell) => !cell.trim())) return
    const line = options.lines?.[i] ?? i + 2
    if (isUnreported(kind, reader.at(row, line))) {
      unreported += 1
      return
    }
    const before = problems.length
    const record = MAPPERS[kind](reader.at(row, line), options.sample ?? false)
    if (record && problems.length === before) {
      records.push(record as RecordsByKind[K])
      lines.push(line)
      const parent = named ? reader.text('parent') : ''
      if (parent) parents.push({ line, year: record.year, unit: record.unit, parent })
    }
  })
  return { records, lines, problems, unreported, parents }
}

/** A quarterly row with no value and nothing else said about it: not reported yet. */
function isUnreported(kind: ImportKind, r: RowReader): boolean {
  if (kind === 'spending') return !r.text('spent')
  if (kind !== 'actuals') return false
  return ['actualText', 'forecast', 'likelihood', 'reason', 'action'].every((field) => !r.text(field))
}

/** The optional texts of a value row, in the order they are kept. */
const OPTIONAL_ACTUAL_TEXTS = ['forecast', 'likelihood', 'reason', 'action'] as const

/** An actual row while its optional fields are set one by one; handed on as a (read-only) ActualRecord. */
type ActualDraft = { -readonly [K in keyof ActualRecord]: ActualRecord[K] }

type Mapper = (r: RowReader, sample: boolean) => RecordsByKind[ImportKind] | null

const MAPPERS: Record<ImportKind, Mapper> = {
  targets(r): TargetRecord | null {
    const year = r.parsed('year', yearOf, 'year')
    const [unit, scope, name] = [r.text('unit'), r.text('scope'), r.text('name')]
    for (const field of ['unit', 'scope', 'name', 'targetText']) if (!r.text(field)) r.report(field, 'required', '')
    // A tree may lack its 二级, or both levels (SPEC §2.1); a 二级 under no 一级 is no tree.
    if (r.text('level2') && !r.text('level1')) r.report('level1', 'level2WithoutLevel1', '')
    const weight = r.parsed('weight', parseLooseNumber, 'number', false) ?? undefined
    const basis = r.parsed('basis', oneOf<Basis>('累计', '时点'), 'basis', false) ?? undefined
    const direction = r.parsed('direction', oneOf<Direction>('正向', '反向'), 'direction', false) ?? undefined
    if (year === null) return null
    return {
      code: r.text('code') || deriveIndicatorCode(year, unit, scope, name),
      year,
      unit,
      scope,
      level1: normaliseLevel1(r.text('level1')),
      level2: r.text('level2'),
      name,
      targetText: r.text('targetText'),
      position: r.line,
      ...(weight !== undefined && { weight }),
      ...(basis && { basis }),
      ...(direction && { direction }),
    }
  },

  budget(r): BudgetRecord | null {
    const year = r.parsed('year', yearOf, 'year')
    const [unit, scope, item] = [r.text('unit'), r.text('scope'), r.text('item')]
    for (const field of ['unit', 'scope', 'item']) if (!r.text(field)) r.report(field, 'required', '')
    const initial = r.parsed('initialBudget', parseLooseNumber, 'number', false)
    const adjusted = r.parsed('budget', parseLooseNumber, 'number', false)
    if (initial === null && adjusted === null && !r.text('initialBudget') && !r.text('budget'))
      r.report('budget', 'budgetEither', '')
    const breakdown =
      r.parsed('breakdown', oneOf<BudgetBreakdown>('经费', '任务', '来源'), 'breakdown', false) ?? '经费'
    const weight = r.parsed('weight', parseLooseNumber, 'number', false) ?? undefined
    if (year === null) return null
    return {
      id: deriveBudgetId(year, unit, scope, item),
      year,
      unit,
      scope,
      item,
      position: r.line,
      breakdown,
      // A form that gives only one of the two figures means both (SPEC §2.2).
      initialBudget: initial ?? adjusted ?? 0,
      budget: adjusted ?? initial ?? 0,
      ...(r.optional('fundType') && { fundType: r.text('fundType') }),
      ...(r.optional('description') && { description: r.text('description') }),
      ...(weight !== undefined && { weight }),
    }
  },

  actuals(r, sample): ActualRecord | null {
    const year = r.parsed('year', yearOf, 'year')
    const formScore = formScoreOf(r)
    const period = periodOfRow(r)
    const [unit, scope, name] = [r.text('unit'), r.text('scope'), r.text('name')]
    for (const field of ['unit', 'scope', 'actualText']) if (!r.text(field)) r.report(field, 'required', '')
    if (!name && !r.text('code')) r.report('name', 'nameOrCode', '')
    if (year === null || period === null) return null
    // Field by field, not by spreads: each spread is an object more per row, and a province's file is a hundred thousand rows.
    const record: ActualDraft = {
      indicatorCode: r.text('code') || deriveIndicatorCode(year, unit, scope, name),
      month: period.month,
      year,
      unit,
      scope,
      actualText: r.text('actualText'),
      sample,
    }
    if (period.byMonth) record.byMonth = true
    if (formScore.formScore !== undefined) record.formScore = formScore.formScore
    for (const field of OPTIONAL_ACTUAL_TEXTS) {
      const text = r.text(field)
      if (text) record[field] = text
    }
    return record
  },

  spending(r, sample): SpendingRecord | null {
    const year = r.parsed('year', yearOf, 'year')
    const period = periodOfRow(r)
    const spent = r.parsed('spent', parseLooseNumber, 'number')
    const [unit, scope, item] = [r.text('unit'), r.text('scope'), r.text('item')]
    for (const field of ['unit', 'scope', 'item']) if (!r.text(field)) r.report(field, 'required', '')
    const formScore = formScoreOf(r)
    const forecast = r.parsed('spentForecast', parseLooseNumber, 'number', false)
    if (year === null || period === null || spent === null) return null
    return {
      budgetId: deriveBudgetId(year, unit, scope, item),
      ...period,
      year,
      unit,
      scope,
      spent,
      sample,
      ...(forecast !== null && { forecast }),
      ...formScore,
    }
  },

  rectify: (r) => readRectifyRow(r),
}
