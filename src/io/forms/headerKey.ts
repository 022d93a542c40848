/**
 * A form's header read by meaning, not by spelling: `全年预算数（A）`, `全年\n预算数`,
 * `全年预算额 (万元)` all say 全年预算数. What a bracket held (a letter mark, a formula, a
 * unit, a note) is dropped from the key; the money unit is kept apart, as amounts depend on it.
 */
import { toHalfWidth } from '@/domain/quarter'

/** A bracket of either width and what it holds: `（A）`, `(B/A×100%)`, `【万元】`. */
const BRACKET = /[(（[【]([^()（）[\]【】]*)[)）\]】]/g

/** A letter mark (`A`, `B`, `A+B`) or a formula (`B/A`, `B/A×100%`). */
const MARK_OR_FORMULA = /^[A-Za-z]([+\-*/×÷][A-Za-z0-9%.]+)*$/

/** A unit, alone or after `单位：` (`万元`, `元`, `%`, `分`, `个`). */
const UNIT = /^(?:单位[:：]?)?(万元|千元|亿元|元|%|百分比|分|个|人|次|天|项)$/

/** A note a province adds in brackets: `（如有）`, `（注：…）`, `（选填）`, `（含…）`, `（盖章）`. */
const NOTE = /^(注|说明|如有|如|选填|必填|含|按|请|填|可|不含|据实|盖章|签章|公章|签字|全称)/

/** The money unit a header names in brackets (`（元）`), or null when it names none. */
export type MoneyUnit = '元' | '千元' | '万元' | '亿元'

/** A header as matched: its key, and the money unit its brackets named. */
export interface HeaderReading {
  key: string
  unit: MoneyUnit | null
}

/** 数 and 额 say the same after these words: `预算额` is `预算数`. */
const AMOUNT_ENDING = /(预算|执行|支出|批复|调整|结转|结余)额$/

/** Reads a header: half-width brackets, no spaces or line breaks, the known bracket contents dropped. */
export function readHeader(text: string): HeaderReading {
  let unit: MoneyUnit | null = null
  const plain = toHalfWidth(text).replace(/[\s\u00a0]+/g, '')
  const dropped = plain.replace(BRACKET, (whole, inner: string) => {
    const unitMatch = UNIT.exec(inner)
    if (unitMatch) {
      if (/元$/.test(unitMatch[1]!)) unit = unitMatch[1] as MoneyUnit
      return ''
    }
    return MARK_OR_FORMULA.test(inner) || NOTE.test(inner) ? '' : whole
  })
  const key = dropped
    .replace(/[:：()（）【】[\]<>《》、]/g, '')
    .replace(/^其中/, '')
    .replace(AMOUNT_ENDING, '$1数')
  return { key, unit }
}

/** The key a header is matched by (see readHeader). */
export function headerKey(text: string): string {
  return readHeader(text).key
}
