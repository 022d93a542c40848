/**
 * Units of measure on targets and actuals (SPEC §3): percentages, money converted to
 * 万元, and counts, each count unit its own kind (人 is not 个).
 */

export type UnitFamily = 'none' | 'percent' | 'money' | 'count'

export interface Unit {
  family: UnitFamily
  /** Canonical symbol: '' for none, '%', '万元' for all money, or the count word. */
  symbol: string
}

export const NO_UNIT: Unit = { family: 'none', symbol: '' }
export const PERCENT: Unit = { family: 'percent', symbol: '%' }
export const WAN_YUAN: Unit = { family: 'money', symbol: '万元' }

/** Money units and their size in 万元. */
const MONEY_FACTORS: Record<string, number> = {
  元: 0.0001,
  千元: 0.1,
  万元: 1,
  百万元: 100,
  千万元: 1000,
  亿元: 10000,
}

/** How many 万元 one of a money unit is (`元` 0.0001, `亿元` 10,000), or undefined for any other word. */
export function moneyFactor(word: string): number | undefined {
  return MONEY_FACTORS[word]
}

/** A unit word as found after a number, with the factor that converts its value to the canonical unit. */
export interface ReadUnit {
  unit: Unit
  factor: number
}

/**
 * Reads a unit word: `%`/`百分比`, a money unit, or any other run of letters, which
 * counts as a count unit of its own (次 场 个 人 户 亩 平方米 …). Returns null for text
 * that cannot be a unit (digits, punctuation).
 */
export function readUnit(text: string): ReadUnit | null {
  const s = text.trim()
  if (s === '') return { unit: NO_UNIT, factor: 1 }
  if (s === '%' || s === '％' || s === '百分比') return { unit: PERCENT, factor: 1 }
  const money = moneyFactor(s)
  if (money !== undefined) return { unit: WAN_YUAN, factor: money }
  if (/^[\p{Script=Han}A-Za-z²³·/]+$/u.test(s) && s.length <= 8)
    return { unit: { family: 'count', symbol: s }, factor: 1 }
  return null
}

/**
 * A value times a unit's factor, without binary noise: 1200 元 is 0.12 万元, not
 * 0.12000000000000001 (twelve significant digits are far beyond any form's).
 */
export function scale(value: number, factor: number): number {
  return factor === 1 ? value : Number((value * factor).toPrecision(12))
}

/** Whether a value in `from` can be compared with a target in `to`. */
export function unitsCompatible(from: Unit, to: Unit): boolean {
  return from.family === to.family && (from.family !== 'count' || from.symbol === to.symbol)
}
