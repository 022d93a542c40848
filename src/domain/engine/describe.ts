import { formatQuantity } from '../format'
import type { ParsedTarget } from './target'

const KIND_WORDS = { atLeast: '至少', atMost: '至多', exact: '等于' } as const

/**
 * A target in words for the drill-down: `至少 20个 · 正向 · 累计口径`,
 * `至多 734.05万元 · 反向（推断） · 累计口径`, `2024-12-31 前完成 · 时点口径`.
 */
export function describeTarget(target: ParsedTarget): string {
  if (target.kind === 'unknown') return `无法识别：${target.message}`
  const direction = `${target.direction}${target.directionInferred ? '（推断）' : ''}`
  const basis = `${target.basis}口径`
  switch (target.kind) {
    case 'atLeast':
    case 'atMost':
    case 'exact': {
      const strict = target.strict ? (target.kind === 'atLeast' ? '超过' : '低于') : KIND_WORDS[target.kind]
      return `${strict} ${formatQuantity(target.value, target.unit.symbol)} · ${direction} · ${basis}`
    }
    case 'range':
      return `${formatQuantity(target.low, target.unit.symbol)} 至 ${formatQuantity(target.high, target.unit.symbol)} · ${basis}`
    case 'deadline':
      return `${target.due} 前完成 · ${basis}`
    case 'qualitative':
      return `定性：${target.words} · ${basis}`
  }
}
