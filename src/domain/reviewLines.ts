/**
 * What a reviewer sees of a unit-period: each line (indicator or budget line) with its
 * light, value and reason, and what changed since the period before; and the order a
 * 主管部门's units are worked through.
 */
import { budgetLinesAt } from './budgetLines'
import { evaluateUnitYear } from './engine/evaluate'
import type { Light } from './engine/lights'
import type { EngineSettings } from './engine/settings'
import type { Dataset } from './model'
import type { Month } from './period'
import type { ReviewLine } from './review'

/** A line as the reviewer sees it, now and in the period before (null fields: nothing there). */
export interface ReviewedLine {
  subject: ReviewLine['subject']
  scope: string
  /** The indicator's code or the budget line's id. */
  ref: string
  name: string
  light: Light
  value: string | null
  reason: string | null
  previous: { light: Light; value: string | null; reason: string | null } | null
  /** The value, the light's colour or the reason differs from the period before's (always false with none). */
  valueChanged: boolean
  lightChanged: boolean
  reasonAdded: boolean
}

/** An indicator's or a budget line's facts at one month. */
type Facts = { key: string; line: Omit<ReviewedLine, 'previous' | 'valueChanged' | 'lightChanged' | 'reasonAdded'> }

function factsAt(data: Dataset, month: Month, settings: EngineSettings): Facts[] {
  const indicators = evaluateUnitYear(data, month, settings).flatMap((scope) =>
    scope.indicators.map((i): Facts => ({
      key: `i${i.record.code}`,
      line: {
        subject: 'indicator',
        scope: i.record.scope,
        ref: i.record.code,
        name: i.record.name,
        light: i.light,
        value: i.actualRecord?.actualText ?? null,
        reason: i.actualRecord?.reason || null,
      },
    })),
  )
  const budgets = budgetLinesAt(data.budgets, data.spending, month, settings).map((b): Facts => ({
    key: `b${b.line.id}`,
    line: {
      subject: 'budget',
      scope: b.line.scope,
      ref: b.line.id,
      name: b.line.item,
      light: b.execution.light,
      value: b.spent === null ? null : String(b.spent),
      reason: null,
    },
  }))
  return [...indicators, ...budgets]
}

/** Every line of the unit-year at `month`, against `previous` (the period before, or null for none). */
export function reviewedLines(
  data: Dataset,
  month: Month,
  previous: Month | null,
  settings: EngineSettings,
): ReviewedLine[] {
  const before = new Map(previous === null ? [] : factsAt(data, previous, settings).map((f) => [f.key, f.line]))
  return factsAt(data, month, settings).map(({ key, line }) => {
    const was = before.get(key)
    return {
      ...line,
      previous: was ? { light: was.light, value: was.value, reason: was.reason } : null,
      valueChanged: was !== undefined && was.value !== line.value,
      lightChanged: was !== undefined && was.light.color !== line.light.color,
      reasonAdded: was !== undefined && line.reason !== null && line.reason !== was.reason,
    }
  })
}

/** Units as the review works through them: by 主管部门 (those with none last), then by name; only `department`'s when given. */
export function reviewOrder<U extends { unit: string; parent?: string | undefined }>(
  units: readonly U[],
  department?: string,
): U[] {
  const collator = new Intl.Collator('zh-CN')
  return units
    .filter((u) => !department || u.parent === department)
    .sort(
      (a, b) =>
        Number(a.parent === undefined) - Number(b.parent === undefined) ||
        collator.compare(a.parent ?? '', b.parent ?? '') ||
        collator.compare(a.unit, b.unit),
    )
}
