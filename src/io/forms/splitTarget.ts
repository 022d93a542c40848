/**
 * A 年度指标值 printed in three columns (指标性质 | 指标值 | 度量单位), as one target text
 * the expression parser reads: `≥` + `100` + `人` → `≥100人`.
 */
import { toHalfWidth } from '@/domain/quarter'

/** What a 指标性质 cell says: a comparator to put before the value, and a direction. */
interface Nature {
  comparator: string
  direction?: '正向' | '反向'
}

/** 指标性质 words as comparators; 定量/定性 say only the kind of value. */
const NATURE_WORDS: [RegExp, Nature][] = [
  [/^(大于或等于|大于等于|不低于|不少于|不小于)$/, { comparator: '≥' }],
  [/^(小于或等于|小于等于|不高于|不超过|不大于)$/, { comparator: '≤' }],
  [/^(大于|高于|多于)$/, { comparator: '>' }],
  [/^(小于|低于|少于)$/, { comparator: '<' }],
  [/^(等于|达到)$/, { comparator: '=' }],
  [/^正向(指标)?$/, { comparator: '', direction: '正向' }],
  [/^反向(指标)?$/, { comparator: '', direction: '反向' }],
  [/^(定量|定性)(指标)?$/, { comparator: '' }],
]

/** The nature a cell says; a comparator sign (`≥`, `＞＝`, `═`) is kept as written. */
function natureOf(text: string): Nature {
  const plain = toHalfWidth(text).replace(/\s+/g, '')
  for (const [pattern, nature] of NATURE_WORDS) if (pattern.test(plain)) return nature
  return { comparator: text.trim() }
}

/**
 * The target text of a split 年度指标值, and the direction its 指标性质 gave (正向/反向).
 * The unit is not added twice (`100%` under 度量单位 `%`).
 */
export function joinTarget(nature: string, value: string, unit: string): { text: string; direction?: '正向' | '反向' } {
  const { comparator, direction } = natureOf(nature)
  const trimmedUnit = unit.trim()
  const body = value.trim()
  const withUnit = trimmedUnit && !body.endsWith(trimmedUnit) ? `${body}${trimmedUnit}` : body
  const text = body ? `${comparator}${withUnit}` : ''
  return direction ? { text, direction } : { text }
}
