import { deriveBudgetId, deriveIndicatorCode } from '@/domain/indicatorCode'
import { normaliseLevel1 } from '@/domain/levels'
import { parseLooseNumber } from '@/domain/number'
import type {
  ActualRecord,
  Basis,
  BudgetBreakdown,
  BudgetRecord,
  Direction,
  SpendingRecord,
  TargetRecord,
} from '@/domain/records'
import type { RectifyRow } from '@/domain/rectifyRows'
import type { ImportKind } from '@/domain/model'
import type { RowReader } from './rowReader'
import { readRectifyRow } from './rectifyRowRead'
import { formScoreOf, oneOf, periodOfRow, yearOf } from './rowCells'

/** The record each kind's rows map to. */
export interface RecordsByKind {
  targets: TargetRecord
  budget: BudgetRecord
  actuals: ActualRecord
  spending: SpendingRecord
  rectify: RectifyRow
}

/** The optional texts of a value row, in the order they are kept. */
const OPTIONAL_ACTUAL_TEXTS = ['forecast', 'likelihood', 'reason', 'action'] as const

/** An actual row while its optional fields are set one by one; handed on as a (read-only) ActualRecord. */
type ActualDraft = { -readonly [K in keyof ActualRecord]: ActualRecord[K] }

type Mapper = (r: RowReader, sample: boolean) => RecordsByKind[ImportKind] | null

/** One reader per kind: a row to its record, reporting each bad cell; null when a key cell does not read. */
export const MAPPERS: Record<ImportKind, Mapper> = {
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
