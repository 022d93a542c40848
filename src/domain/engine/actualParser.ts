import { shownUnit } from './targetUnit'
import { clean } from '../number'
import { parseDate, parseMonth } from './dates'
import { leadingNumber, normaliseExpression, stripComparator } from './expression'
import { gradeOf } from './grades'
import type { DeadlineTarget, NumericTarget, ParsedTarget, QualitativeTarget, RangeTarget } from './target'
import { readUnit, scale, unitsCompatible } from './units'

/** An actual value understood against its target. */
export type ParsedActual =
  /** In the target's canonical unit (money in 万元). */
  | { kind: 'number'; value: number }
  /** For deadlines: done (on `date`, `YYYY-MM-DD`, or in the month `YYYY-MM`, when given) or not yet. */
  | { kind: 'completion'; done: boolean; date: string | null }
  /** For qualitative targets: the band's r, or an explicit percentage as r. */
  | { kind: 'grade'; r: number; label: string }

export type ActualErrorCode = 'empty' | 'targetUnknown' | 'notNumber' | 'unitMismatch' | 'notCompletion' | 'notGrade'

/** Why an actual could not be used: typed for code, worded in Chinese for the user. */
export interface ActualError {
  kind: 'error'
  code: ActualErrorCode
  message: string
  /** What another language needs to say it: the units of a mismatch. */
  params?: { unit: string; targetUnit: string }
}

const DONE = /^(?:已完成|完成|已按期完成|按期完成|按时完成|如期完成|已办结|办结|已完工|完工)$/
const NOT_DONE = /^(?:未完成|未按期完成|进行中|推进中|正在推进|正在实施|实施中|未开始|尚未完成|未办结)$/

const error = (code: ActualErrorCode, message: string, params?: ActualError['params']): ActualError => ({
  kind: 'error',
  code,
  message,
  ...(params && { params }),
})

/**
 * Reads an actual against its target (SPEC §3): numbers converted to the target's unit
 * (an actual without a unit takes the target's; 亿元/元 become 万元), completion for
 * deadlines, grade words or a percentage for qualitative targets. Never throws.
 */
export function parseActual(text: string, target: ParsedTarget, year: number): ParsedActual | ActualError {
  const original = typeof text === 'string' ? text : ''
  const s = normaliseExpression(original)
  if (s === '') return error('empty', '实际值为空')
  switch (target.kind) {
    case 'unknown':
      return error('targetUnknown', '指标值无法识别，实际值不参与计算')
    case 'deadline':
      return readCompletion(s, original, target, year)
    case 'qualitative':
      return readGrade(s, original, target)
    default:
      return readNumber(s, original, target)
  }
}

function readNumber(s: string, original: string, target: NumericTarget | RangeTarget): ParsedActual | ActualError {
  // Forms often repeat the comparator when a target was met: `≥266米`.
  const number = leadingNumber(stripComparator(s).body)
  if (!number) return error('notNumber', `'${original}' 不是数字`)
  const unit = readUnit(number.rest)
  if (!unit) return error('notNumber', `'${original}' 不是数字`)
  // A bare number is in the unit the target is written in: `30` beside `≧100亿元` is 30亿元.
  if (unit.unit.family === 'none') return { kind: 'number', value: scale(number.value, shownUnit(target).factor) }
  if (!unitsCompatible(unit.unit, target.unit)) {
    const expected = target.unit.symbol ? `'${target.unit.symbol}'` : '无单位'
    return error('unitMismatch', `'${original}' 的单位 '${number.rest}' 与指标值的单位 ${expected} 不一致`, {
      unit: number.rest,
      targetUnit: target.unit.symbol,
    })
  }
  return { kind: 'number', value: scale(number.value, unit.factor) }
}

function readCompletion(
  s: string,
  original: string,
  _target: DeadlineTarget,
  year: number,
): ParsedActual | ActualError {
  if (DONE.test(s)) return { kind: 'completion', done: true, date: null }
  if (NOT_DONE.test(s)) return { kind: 'completion', done: false, date: null }
  const when = s.replace(/^已?于/, '')
  const date = parseDate(when, year) ?? parseMonth(when, year)
  if (date) return { kind: 'completion', done: true, date }
  return error(
    'notCompletion',
    `'${original}' 应为完成日期（如 2024-11-30）、完成月份（如 7月、2024-07）或 已完成、未完成`,
  )
}

function readGrade(s: string, original: string, target: QualitativeTarget): ParsedActual | ActualError {
  const percent = /^(\d+(?:\.\d+)?)(%|分)$/.exec(s)
  if (percent?.[1] && Number(percent[1]) <= 100)
    return { kind: 'grade', r: clean(Number(percent[1]) / 100), label: `${percent[1]}%` }
  const band = gradeOf(s)
  if (band) return { kind: 'grade', r: band.r, label: band.band }
  // Restating the target's own words (作用明显 → 作用明显) says it was achieved.
  if (s === target.words) return { kind: 'grade', r: 1, label: '达成' }
  return error('notGrade', `'${original}' 不是可识别的等级（达成、基本达成、部分达成、未达成 等）或百分比`)
}
