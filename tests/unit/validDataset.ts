import fc from 'fast-check'
import type { DatasetDraft } from '@/domain/model'
import { parseActual } from '@/domain/engine/actualParser'
import { parseTargetRecord } from '@/domain/engine/indicator'
import { deriveBudgetId, deriveIndicatorCode } from '@/domain/indicatorCode'
import { normaliseLevel1 } from '@/domain/levels'
import type { ActualRecord, BudgetRecord, SpendingRecord, TargetRecord } from '@/domain/records'
import type { Month } from '@/domain/period'
import { NAME_LIMIT } from '@/domain/textRules'

/**
 * fast-check arbitraries for valid data sets: what the app can store, with text full of
 * CSV and formula characters, every optional field sometimes set, and actual values
 * that read against their targets.
 */

/** Text as a form holds it: trimmed, non-empty, any Unicode, often with CSV and formula characters. */
const text = fc
  .array(
    fc.oneof(
      fc.string({ unit: 'grapheme', minLength: 1, maxLength: 8 }),
      fc.constantFrom(
        '"',
        ',',
        ';',
        '\t',
        '\n',
        '\r\n',
        "'",
        '=',
        '+',
        '-',
        '@',
        '“引号”',
        '<img src=x onerror=alert(1)>',
      ),
    ),
    { minLength: 1, maxLength: 4 },
  )
  .map((parts) => parts.join('').trim())
  .filter((s) => s.length > 0 && s.length <= 200)
const optionalText = fc.option(text, { nil: undefined })
/** A name (unit, 类别, level, indicator, budget line): text within the length an import takes as a name. */
const nameText = text.filter((s) => s.length <= NAME_LIMIT)
const money = fc.integer({ min: -1_000_000, max: 10_000_000 }).map((n) => n / 100)
const optionalWeight = fc.option(
  fc.integer({ min: 0, max: 10_000 }).map((n) => n / 100),
  { nil: undefined },
)
// Quarter ends and a month inside a quarter (1-7月), which only a month can name.
const quarters = fc.subarray<Month>([3, 6, 7, 9, 12])

/** A target form and actual values that read against it; an unreadable target takes any text. */
const targetWithActual = fc.oneof(
  fc.tuple(
    fc.constant('≥10个'),
    fc.nat(1000).map((n) => `${n}个`),
  ),
  fc.tuple(
    fc.constant('≤5%'),
    fc.integer({ min: 0, max: 1000 }).map((n) => `${n / 10}%`),
  ),
  fc.tuple(
    fc.constant('≧90%'),
    fc.integer({ min: -100, max: 1000 }).map((n) => `${n / 10}%`),
  ),
  fc.tuple(
    fc.constant('=100%'),
    fc.nat(100).map((n) => `${n}%`),
  ),
  fc.tuple(
    fc.constant('≤2000万元'),
    money.map((n) => `${n}万元`),
  ),
  fc.tuple(text, text),
)

const targetSpec = fc.record({
  name: nameText,
  level1: fc.oneof(fc.constantFrom('产出指标', '效益指标', '满意度指标', '成本指标'), nameText),
  level2: nameText,
  pair: targetWithActual,
  weight: optionalWeight,
  basis: fc.option(fc.constantFrom('累计' as const, '时点' as const), { nil: undefined }),
  direction: fc.option(fc.constantFrom('正向' as const, '反向' as const), { nil: undefined }),
  ownCode: fc.boolean(),
  quarters,
  notes: fc.tuple(optionalText, optionalText, optionalText, optionalText),
})

const budgetSpec = fc.record({
  item: nameText,
  fundType: optionalText,
  description: optionalText,
  breakdown: fc.constantFrom('经费' as const, '任务' as const),
  initialBudget: money,
  budget: money,
  weight: optionalWeight,
  spent: fc.array(fc.tuple(fc.constantFrom<Month>(3, 6, 7, 9, 12), money), { maxLength: 4 }),
})

const unitYear = fc.record({
  year: fc.integer({ min: 2000, max: 2100 }),
  unit: nameText,
  scopes: fc.uniqueArray(fc.oneof(fc.constant('部门整体'), nameText), { minLength: 1, maxLength: 2 }),
  targets: fc.uniqueArray(targetSpec, { maxLength: 4, selector: (t) => t.name }),
  budgets: fc.uniqueArray(budgetSpec, { maxLength: 3, selector: (b) => b.item }),
})

/** Builds stored records from specs; levels, codes and actuals only as the importer would keep them. */
export const validDataset = fc
  .uniqueArray(unitYear, { minLength: 1, maxLength: 2, selector: (u) => `${u.year}|${u.unit}` })
  .map((groups) => {
    const data: DatasetDraft = { targets: [], budgets: [], actuals: [], spending: [] }
    let ownCodes = 0
    for (const { year, unit, scopes, targets, budgets } of groups) {
      targets.forEach((spec, i) => {
        const scope = scopes[i % scopes.length]!
        const record: TargetRecord = {
          code: spec.ownCode ? `自编-${++ownCodes}` : deriveIndicatorCode(year, unit, scope, spec.name),
          year,
          unit,
          scope,
          // A level the importer would rewrite (`产出` → `产出指标`) is stored rewritten.
          level1: normaliseLevel1(spec.level1),
          level2: spec.level2,
          name: spec.name,
          targetText: spec.pair[0],
          position: i,
          ...(spec.weight !== undefined && { weight: spec.weight }),
          ...(spec.basis && { basis: spec.basis }),
          ...(spec.direction && { direction: spec.direction }),
        }
        data.targets.push(record)
        const parsedTarget = parseTargetRecord(record)
        const reads = (value: string) =>
          parsedTarget.kind === 'unknown' || parseActual(value, parsedTarget, year).kind !== 'error'
        if (!reads(spec.pair[1])) return
        const [forecast, likelihood, reason, action] = spec.notes
        for (const quarter of spec.quarters) {
          const row: ActualRecord = {
            indicatorCode: record.code,
            month: quarter,
            ...(quarter % 3 !== 0 && { byMonth: true }),
            year,
            unit,
            scope,
            actualText: spec.pair[1],
            sample: false,
          }
          data.actuals.push({
            ...row,
            ...(forecast && { forecast }),
            ...(likelihood && { likelihood }),
            ...(reason && { reason }),
            ...(action && { action }),
          })
        }
      })
      budgets.forEach((spec, i) => {
        const scope = scopes[i % scopes.length]!
        const record: BudgetRecord = {
          id: deriveBudgetId(year, unit, scope, spec.item),
          year,
          unit,
          scope,
          item: spec.item,
          position: i,
          breakdown: spec.breakdown,
          initialBudget: spec.initialBudget,
          budget: spec.budget,
          ...(spec.fundType && { fundType: spec.fundType }),
          ...(spec.description && { description: spec.description }),
          ...(spec.weight !== undefined && { weight: spec.weight }),
        }
        data.budgets.push(record)
        const byQuarter = new Map(spec.spent)
        for (const [quarter, amount] of byQuarter) {
          const row: SpendingRecord = {
            budgetId: record.id,
            month: quarter,
            ...(quarter % 3 !== 0 && { byMonth: true }),
            year,
            unit,
            scope,
            spent: amount,
            sample: false,
          }
          data.spending.push(row)
        }
      })
    }
    return data
  })
