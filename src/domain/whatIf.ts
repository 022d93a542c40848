import type { ActualError, ParsedActual } from './engine/actualParser'
import { evaluateUnitYear, type ScopeResult } from './engine/evaluate'
import { parseTargetRecord, type IndicatorResult } from './engine/indicator'
import { indicatorLight, type Light } from './engine/lights'
import { parseActualCached } from './engine/parseCache'
import { targetInForce } from './engine/targetInForce'
import type { EngineSettings } from './engine/settings'
import type { Dataset } from './model'
import { YEAR_END, type Month } from './period'
import type { ActualRecord, TargetRecord } from './records'

/** A year-end value tried on one indicator: what the engine makes of the 类别 with it. Nothing is stored. */
export type WhatIf =
  | { kind: 'error'; error: ActualError }
  | {
      kind: 'result'
      /** The value as read against the target. */
      value: ParsedActual
      /** The indicator evaluated with it: its 预计完成率 and score. */
      indicator: IndicatorResult
      /** The light the value would have at the year end (完成, 基本完成, 未完成 …). */
      yearEnd: Light
      /** The indicator's 类别 evaluated with it: total, grade, 双监控 light. */
      scope: ScopeResult
    }

/**
 * The unit-year's rows with `text` as the indicator's year-end value at month m: in year its 全年预计
 * (the officer's forecast, which the score follows); at the year end its actual. A line not yet
 * reported gets a value of its own. The rows given are left as they were.
 */
export function withYearEndValue(rows: Dataset, record: TargetRecord, text: string, m: Month): Dataset {
  const inYear = m < YEAR_END
  const replaced = (a: ActualRecord): ActualRecord => (inYear ? { ...a, forecast: text } : { ...a, actualText: text })
  let found = false
  const actuals = rows.actuals.map((a) => {
    if (a.indicatorCode !== record.code || a.month !== m) return a
    found = true
    return replaced(a)
  })
  if (!found) {
    const sibling = rows.actuals.find((a) => a.scope === record.scope && a.month === m)
    actuals.push(
      replaced({
        indicatorCode: record.code,
        month: m,
        year: record.year,
        unit: record.unit,
        scope: record.scope,
        actualText: text,
        sample: false,
        ...(sibling?.byMonth && { byMonth: true }),
      }),
    )
  }
  return { targets: rows.targets, budgets: rows.budgets, actuals, spending: rows.spending }
}

/**
 * What if the indicator `code` ended the year at `text`: the engine evaluates the indicator's 类别
 * with the value substituted ({@link withYearEndValue}), so the 预计完成率, score, total and grade
 * are the engine's own. Null for a code the rows do not hold; an error for a value that cannot be read.
 */
export function whatIf(rows: Dataset, code: string, text: string, m: Month, settings: EngineSettings): WhatIf | null {
  const record = rows.targets.find((t) => t.code === code)
  if (!record) return null
  // Read against the target in force now, as the engine does; the year-end light against the year end's.
  const target = parseTargetRecord(targetInForce(record, m))
  const value = parseActualCached(text, target, record.year)
  if (value.kind === 'error') return { kind: 'error', error: value }
  // Only the indicator's own 类别 is evaluated again.
  const own = <T extends { scope: string }>(list: readonly T[]) => list.filter((row) => row.scope === record.scope)
  const scopeRows = {
    targets: own(rows.targets),
    budgets: own(rows.budgets),
    actuals: own(rows.actuals),
    spending: own(rows.spending),
  }
  const [scope] = evaluateUnitYear(withYearEndValue(scopeRows, record, text, m), m, settings)
  const indicator = scope?.indicators.find((i) => i.record.code === code)
  if (!scope || !indicator) return null
  const yearEndTarget = parseTargetRecord(targetInForce(record, YEAR_END))
  const yearEnd = indicatorLight(
    yearEndTarget,
    parseActualCached(text, yearEndTarget, record.year),
    record.year,
    YEAR_END,
    settings,
  )
  return { kind: 'result', value, indicator, yearEnd, scope }
}
