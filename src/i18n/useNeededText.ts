import { useI18n } from 'vue-i18n'
import type { Segment } from '@/domain/engine/describe'
import type { ParsedTarget } from '@/domain/engine/target'
import { formatInTargetUnit, valueInTargetUnit } from '@/domain/engine/targetUnit'
import { formatAmount, formatPercent } from '@/domain/format'
import type { Needed } from '@/domain/needed'

// Stands for a parameter while a message is translated, then splits it back out.
const MARK = '\u0000'

/**
 * 需完成 in the user's language: the remaining months and the months gone named as the period was
 * given (第4季度 and 前三季度 for a quarter, 8-12月 and 1-7月 for a month), every value in the unit the
 * target is written in. Values carrying the target's unit are the user's words.
 */
export function useNeededText() {
  const { t } = useI18n()

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

  /** The months left after m and the months gone, as a quarter's or a month's span. */
  const spans = (m: number, byMonth: boolean) => {
    if (!byMonth && m % 3 === 0) return { rest: t(`needed.rest${m / 3}`), soFar: t(`needed.soFar${m / 3}`) }
    return {
      rest: m === 11 ? t('needed.restMonth12') : t('needed.restMonths', { from: m + 1 }),
      soFar: m === 1 ? t('needed.soFarMonth1') : t('needed.soFarMonths', { to: m }),
    }
  }

  /** A difference of percentages is in points (5个百分点), of anything else in the target's unit. */
  const gap = (value: number, target: ParsedTarget) => {
    const shown = valueInTargetUnit(value, target)
    return shown.unit === '%' ? t('needed.points', { n: formatAmount(shown.value) }) : formatInTargetUnit(value, target)
  }

  /** The 需完成 sentence of a line behind its pace (SPEC §7 `needed`), as segments. */
  const neededText = (need: Needed, target: ParsedTarget, byMonth: boolean): Segment[] => {
    const amount = (value: number) => formatInTargetUnit(value, target)
    const { rest, soFar } = spans(need.month, byMonth)
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
          { goal: amount(need.goal), actual: amount(need.actual), gap: gap(need.gap, target) },
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

  return { neededText }
}
