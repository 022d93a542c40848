import type { Basis, Direction } from '../records'
import type { ParsedTarget } from './target'
import { formatInTargetUnit } from './targetUnit'

/** The words a target is described with, so that each language says it its own way. */
export interface DescribeWords {
  atLeast: string
  atMost: string
  exact: string
  above: string
  below: string
  /** Between the two ends of a range. */
  to: string
  /** Before a deadline's date, and after it. */
  dueBefore: string
  dueAfter: string
  qualitative: string
  unknown: string
  direction: Record<Direction, string>
  inferred: string
  basis: Record<Basis, string>
  separator: string
}

export const ZH_DESCRIBE_WORDS: DescribeWords = {
  atLeast: '至少 ',
  atMost: '至多 ',
  exact: '等于 ',
  above: '超过 ',
  below: '低于 ',
  to: ' 至 ',
  dueBefore: '',
  dueAfter: ' 前完成',
  qualitative: '定性：',
  unknown: '无法识别：',
  direction: { 正向: '正向', 反向: '反向' },
  inferred: '（推断）',
  basis: { 累计: '累计口径', 时点: '时点口径' },
  separator: ' · ',
}

/** A piece of a description; `user` pieces are the user's own words (a unit, a target's text). */
export interface Segment {
  text: string
  user?: boolean
}

/**
 * A target in words for the drill-down, as segments: `至少 20个 · 正向 · 累计口径`,
 * `至多 734.05万元 · 反向（推断） · 累计口径`, `2024-12-31 前完成 · 时点口径`.
 */
export function describeTargetSegments(target: ParsedTarget, words: DescribeWords = ZH_DESCRIBE_WORDS): Segment[] {
  if (target.kind === 'unknown') return [{ text: words.unknown }, { text: target.message, user: true }]
  const direction = { text: `${words.direction[target.direction]}${target.directionInferred ? words.inferred : ''}` }
  const basis = { text: words.basis[target.basis] }
  const sep = { text: words.separator }
  // Values in the unit the target is written in: its word is the user's own, kept in every language.
  const quantity = (value: number, unit: { family: string }): Segment => ({
    text: formatInTargetUnit(value, target),
    user: unit.family === 'count' || unit.family === 'money',
  })
  switch (target.kind) {
    case 'atLeast':
    case 'atMost':
    case 'exact': {
      const lead = target.strict ? (target.kind === 'atLeast' ? words.above : words.below) : words[target.kind]
      return [{ text: lead }, quantity(target.value, target.unit), sep, direction, sep, basis]
    }
    case 'range':
      return [quantity(target.low, target.unit), { text: words.to }, quantity(target.high, target.unit), sep, basis]
    case 'deadline':
      return [{ text: `${words.dueBefore}${target.due}${words.dueAfter}` }, sep, basis]
    case 'qualitative':
      return [{ text: words.qualitative }, { text: target.words, user: true }, sep, basis]
  }
}
