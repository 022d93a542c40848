/**
 * An amount of a funds block in 万元, the unit of the budget: as typed with its unit
 * (`150万`, `150万元`, `1,500,000元`, `3.5亿元`), or a plain number in the unit its header
 * names (`全年预算数（元）`), else in 万元.
 */
import { clean, parseLooseNumber } from '@/domain/number'
import { moneyFactor } from '@/domain/engine/units'
import type { MoneyUnit } from './headerKey'

/** A unit written after the number; `万` alone is 万元. */
const TYPED_UNIT = /^(.*?)(万元|千元|亿元|元|万|亿)$/

/** The amount in 万元, or null when the text is no amount. */
export function amountIn10k(text: string, headerUnit: MoneyUnit | null): number | null {
  const typed = TYPED_UNIT.exec(text.trim())
  const unit: MoneyUnit = typed ? unitOf(typed[2]!) : (headerUnit ?? '万元')
  const number = parseLooseNumber(typed ? typed[1]! : text)
  return number === null ? null : clean(number * moneyFactor(unit)!)
}

function unitOf(written: string): MoneyUnit {
  return written === '万' ? '万元' : written === '亿' ? '亿元' : (written as MoneyUnit)
}
