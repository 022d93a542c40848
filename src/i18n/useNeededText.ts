import { useI18n } from 'vue-i18n'
import type { Segment } from '@/domain/engine/describe'
import type { ParsedTarget } from '@/domain/engine/target'
import { formatInTargetUnit, valueInTargetUnit } from '@/domain/engine/targetUnit'
import { formatAmount, formatPercent } from '@/domain/format'
import type { Needed } from '@/domain/needed'

// Stands for a parameter while a message is translated, then splits it back out.
const MARK = '\u0000'

/** A message of the locales by key, with its named parameters. */
export type Translate = (key: string, named: Record<string, string | number>) => string

/**
 * 需完成 in a language: the remaining months and the months gone named as the period was
 * given (第4季度 and 前三季度 for a quarter, 8-12月 and 1-7月 for a month), every value in the unit the
 * target is written in. Values carrying the target's unit are the user's words.
 */
export function neededSegments(t: Translate, need: Needed, target: ParsedTarget, byMonth: boolean): Segment[] {
  /** A message as segments: its own words, and each value (a unit the user wrote) apart. */
  const segments = (key: string, values: Record<string, string>, user: readonly string[]): Segment[] => {
    const names = Object.keys(values)
    const marked = Object.fromEntries(names.map((name, i) => [name, `${MARK}${i}${MARK}`]))
    return t(key, marked)
      .split(MARK)
      .flatMap((part, i): Segment[] => {
        if (i % 2 === 0) return part === '' ? [] : [{ text: part }]
        const name = names[Number(part)]!
        return [{ text: values[name]!, ...(user.includes(name) && { user: true }) }]
      })
  }

  // The months left after m and the months gone, as a quarter's or a month's span.
  const m = need.month
  const quarter = !byMonth && m % 3 === 0
  const rest = quarter
    ? t(`needed.rest${m / 3}`, {})
    : m === 11
      ? t('needed.restMonth12', {})
      : t('needed.restMonths', { from: m + 1 })
  const soFar = quarter
    ? t(`needed.soFar${m / 3}`, {})
    : m === 1
      ? t('needed.soFarMonth1', {})
      : t('needed.soFarMonths', { to: m })
  const amount = (value: number) => formatInTargetUnit(value, target)
  // A difference of percentages is in points (5个百分点), of anything else in the target's unit.
  const gap = (value: number) => {
    const shown = valueInTargetUnit(value, target)
    return shown.unit === '%' ? t('needed.points', { n: formatAmount(shown.value) }) : amount(value)
  }
  const running = ['remaining', 'perMonth', 'soFarPerMonth']
  switch (need.kind) {
    case 'total':
    case 'allowance':
      if (need.remaining < 0)
        return segments('needed.allowanceExceeded', { rest, over: amount(-need.remaining) }, ['over'])
      return segments(
        `needed.${need.kind}`,
        {
          rest,
          soFar,
          remaining: amount(need.remaining),
          perMonth: amount(need.perMonth),
          soFarPerMonth: amount(need.soFarPerMonth),
        },
        running,
      )
    case 'level':
      return segments(
        need.raise ? 'needed.levelRaise' : 'needed.levelLower',
        { goal: amount(need.goal), actual: amount(need.actual), gap: gap(need.gap) },
        ['goal', 'actual', 'gap'],
      )
    case 'deadline':
      return segments(need.done ? 'needed.deadlineLate' : 'needed.deadlineOpen', { due: need.due }, [])
    case 'qualitative':
      return segments(
        'needed.qualitative',
        { green: formatPercent(need.green), current: formatPercent(need.current) },
        [],
      )
  }
}

/** The 需完成 sentence of a line behind its pace (SPEC §7 `needed`) in the user's language, as segments. */
export function useNeededText() {
  const { t } = useI18n()
  return {
    neededText: (need: Needed, target: ParsedTarget, byMonth: boolean) =>
      neededSegments((key, named) => t(key, named), need, target, byMonth),
  }
}
