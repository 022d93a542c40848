import { formatQuantity } from '../format'
import type { ParsedTarget } from './target'
import { moneyFactor } from './units'

/** The unit a target is written in: its word, and how many canonical units (万元 for money) one of it is. */
export interface ShownUnit {
  word: string
  factor: number
}

/** The money word written in a 指标值, longest first; `亿` and `万` alone name 亿元 and 万元. */
const MONEY_WORD = /千万元|百万元|亿元|千元|万元|元|亿|万/

/**
 * The unit a target's values are shown in, as the target is written: `≧100亿元` → 亿元,
 * `≥1,200,000元` → 元, a money unit the name lent → 万元, a count as its word, `%`;
 * nothing for a deadline, qualitative or unknown target.
 */
export function shownUnit(target: ParsedTarget): ShownUnit {
  if (!('unit' in target)) return { word: '', factor: 1 }
  if (target.unit.family !== 'money') return { word: target.unit.symbol, factor: 1 }
  const written = MONEY_WORD.exec(target.text)?.[0]
  const word = written === '亿' ? '亿元' : written === '万' || written === undefined ? '万元' : written
  return { word, factor: moneyFactor(word) ?? 1 }
}

/**
 * A value in the engine's canonical unit (money in 万元) expressed in the unit the target is
 * written in: 420000 (万元) beside `≧100亿元` is 42 亿元. Twelve significant digits, no binary noise.
 */
export function valueInTargetUnit(value: number, target: ParsedTarget): { value: number; unit: string } {
  const unit = shownUnit(target)
  return { value: unit.factor === 1 ? value : Number((value / unit.factor).toPrecision(12)), unit: unit.word }
}

/** A canonical value as the reader sees it beside its target: `42亿元`, `100人`, `87.5%`. */
export function formatInTargetUnit(value: number, target: ParsedTarget): string {
  const shown = valueInTargetUnit(value, target)
  return formatQuantity(shown.value, shown.unit)
}
