import type { Basis, Direction } from '../records'
import { readDeadline } from './dates'
import { leadingNumber, normaliseExpression, stripComparator, type Comparator } from './expression'
import type { ParsedTarget, Target, TargetContext, TargetNotUnderstood, TargetTraits } from './target'
import { readUnit, scale, type Unit } from './units'

/** Name endings that say lower is better (SPEC §3). */
const LOWER_IS_BETTER =
  /(?:调整率|结余率|结转率|发生率|事故率|投诉率|差错率|失误率|超支率|返工率|误差率|空置率|闲置率|违约率|逾期率|不良率|损失率|流失率|死亡率|故障率|延误率)$/

/**
 * Names of per-unit and average quantities (每亩建设成本, 人均…, 户均…, 平均…, 单价,
 * 单位…成本): levels at a moment, never running totals. 每年 is a year's total.
 */
const PER_UNIT = /每(?!年)|人均|户均|亩均|平均|单价|均价|单位.{0,8}成本/

/** The range separators `A-B`, `A~B`, `A至B`. */
const RANGE = /^(.+?)(?:-|~|～|—|–|至|到)(.+)$/

/** A number and its unit, the value converted to the unit's canonical form (亿元 → 万元). */
interface Quantity {
  value: number
  unit: Unit
}

function readQuantity(text: string): Quantity | null {
  const number = leadingNumber(text)
  if (!number) return null
  const unit = readUnit(number.rest)
  return unit ? { value: scale(number.value, unit.factor), unit: unit.unit } : null
}

/** A comparator and unit an indicator's name lends a bare number: `公猪舍(≥**平方米)`. */
function nameHint(name: string | undefined): { comparator: Comparator | null; unit: Unit | null } {
  const match = name && /[(（]([^()（）]*)[)）]\s*$/.exec(normaliseExpression(name))
  if (!match?.[1]) return { comparator: null, unit: null }
  const stripped = stripComparator(match[1])
  if (!stripped.comparator) return { comparator: null, unit: null }
  const unit = readUnit(stripped.body.replace(/[*＊xX]+/g, ''))
  return { comparator: stripped.comparator, unit: unit && unit.unit.family !== 'none' ? unit.unit : null }
}

/** Direction of a bare number: at least, unless a cost or a lower-is-better name says at most. */
function inferDirection(context: TargetContext): Direction {
  if (context.level2?.includes('成本')) return '反向'
  return context.name && LOWER_IS_BETTER.test(context.name.trim()) ? '反向' : '正向'
}

const unknown = (text: string, message: string): TargetNotUnderstood => ({ kind: 'unknown', text, message })

/**
 * Turns a 指标值 into a typed target (SPEC §3): at least / at most / exactly / range
 * with value and unit (money in 万元), a deadline, or qualitative words — or a typed
 * "not understood" with a Chinese message. Never throws.
 */
export function parseTarget(text: string, context: TargetContext): ParsedTarget {
  const original = typeof text === 'string' ? text : ''
  const s = normaliseExpression(original)
  if (s === '') return unknown(original, '指标值为空')

  const traits = (direction: Direction, directionInferred: boolean, basis: Basis): TargetTraits => ({
    text: original,
    direction,
    directionInferred,
    basis: context.basis ?? basis,
    basisInferred: context.basis === undefined,
  })

  const deadline = readDeadline(s.replace(/^[≤<]/, ''), context.year)
  if (deadline?.due) return { kind: 'deadline', due: deadline.due, ...traits('正向', false, '时点') }
  // Written as a deadline but no real day (`13月前`): never a quantity in a unit `月前`.
  if (deadline) return unknown(original, `无法识别的指标值：'${original}'`)

  const stripped = stripComparator(s)
  if (stripped.conflict) return unknown(original, `指标值 '${original}' 前后的比较词矛盾`)

  const range = !stripped.comparator ? RANGE.exec(stripped.body) : null
  if (range?.[1] && range[2]) {
    const low = leadingNumber(range[1])
    const high = leadingNumber(range[2])
    if (low && high) {
      // One unit for both ends: `80%-90%`, `80-90%`, `1-2亿元`.
      if (low.rest && high.rest && low.rest !== high.rest)
        return unknown(original, `范围两端的单位不一致：'${original}'`)
      const unit = readUnit(high.rest || low.rest)
      if (unit) {
        const [lowValue, highValue] = [scale(low.value, unit.factor), scale(high.value, unit.factor)]
        if (lowValue > highValue) return unknown(original, `范围下限大于上限：'${original}'`)
        return {
          kind: 'range',
          low: lowValue,
          high: highValue,
          unit: unit.unit,
          ...traits('正向', false, basisOf(unit.unit, context.name)),
        }
      }
    }
  }

  const quantity = readQuantity(stripped.body)
  if (quantity) return numericTarget(quantity, stripped.comparator, context, traits)

  // Words without a number (作用明显, 达到预期) are qualitative; a lone symbol is not.
  if (/\d/.test(s) || !/\p{Script=Han}/u.test(s)) return unknown(original, `无法识别的指标值：'${original}'`)
  return { kind: 'qualitative', words: s, ...traits('正向', false, '时点') }
}

/**
 * `%` targets are levels (时点), and so are per-unit and average quantities, told by the
 * name or by a compound unit (`元/亩`); other counts and money run up through the year (累计).
 */
function basisOf(unit: Unit, name: string | undefined): Basis {
  if (unit.family === 'percent' || unit.symbol.includes('/')) return '时点'
  return name !== undefined && PER_UNIT.test(name) ? '时点' : '累计'
}

function numericTarget(
  quantity: Quantity,
  comparator: Comparator | null,
  context: TargetContext,
  traits: (direction: Direction, inferred: boolean, basis: Basis) => TargetTraits,
): Target {
  const hint = comparator ? null : nameHint(context.name)
  const unit = quantity.unit.family === 'none' && hint?.unit ? hint.unit : quantity.unit
  const basis = basisOf(unit, context.name)
  if (comparator) {
    const direction = comparator.kind === 'atMost' ? '反向' : '正向'
    return {
      kind: comparator.kind,
      value: quantity.value,
      unit,
      strict: comparator.strict,
      comparatorSource: 'text',
      ...traits(direction, false, basis),
    }
  }
  if (hint?.comparator) {
    const { kind, strict } = hint.comparator
    return {
      kind,
      value: quantity.value,
      unit,
      strict,
      comparatorSource: 'name',
      ...traits(kind === 'atMost' ? '反向' : '正向', false, basis),
    }
  }
  // A bare number: the 方向 column decides, else the 二级指标 (or the 一级 standing in) and the name do.
  const direction = context.direction ?? inferDirection(context)
  return {
    kind: direction === '反向' ? 'atMost' : 'atLeast',
    value: quantity.value,
    unit,
    strict: false,
    comparatorSource: 'inferred',
    ...traits(direction, context.direction === undefined, basis),
  }
}
