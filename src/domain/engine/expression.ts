import { toHalfWidth } from '../quarter'

/**
 * The comparators of SPEC §3 in every spelling, longest first so that `不超过` is
 * never read as `超过`.
 */
export type Comparator = { kind: 'atLeast' | 'atMost' | 'exact'; strict: boolean }

const PREFIXES: [string, Comparator][] = [
  ['大于或等于', { kind: 'atLeast', strict: false }],
  ['小于或等于', { kind: 'atMost', strict: false }],
  ['大于等于', { kind: 'atLeast', strict: false }],
  ['小于等于', { kind: 'atMost', strict: false }],
  ['不低于', { kind: 'atLeast', strict: false }],
  ['不少于', { kind: 'atLeast', strict: false }],
  ['不小于', { kind: 'atLeast', strict: false }],
  ['不高于', { kind: 'atMost', strict: false }],
  ['不超过', { kind: 'atMost', strict: false }],
  ['不大于', { kind: 'atMost', strict: false }],
  ['不多于', { kind: 'atMost', strict: false }],
  ['控制在', { kind: 'atMost', strict: false }],
  ['至少', { kind: 'atLeast', strict: false }],
  ['最少', { kind: 'atLeast', strict: false }],
  ['最多', { kind: 'atMost', strict: false }],
  ['超过', { kind: 'atLeast', strict: true }],
  ['大于', { kind: 'atLeast', strict: true }],
  ['高于', { kind: 'atLeast', strict: true }],
  ['多于', { kind: 'atLeast', strict: true }],
  ['小于', { kind: 'atMost', strict: true }],
  ['低于', { kind: 'atMost', strict: true }],
  ['少于', { kind: 'atMost', strict: true }],
  ['等于', { kind: 'exact', strict: false }],
  ['达到', { kind: 'exact', strict: false }],
  ['≥', { kind: 'atLeast', strict: false }],
  ['≤', { kind: 'atMost', strict: false }],
  ['>', { kind: 'atLeast', strict: true }],
  ['<', { kind: 'atMost', strict: true }],
  ['=', { kind: 'exact', strict: false }],
]

const SUFFIXES: [string, Comparator][] = [
  ['及以上', { kind: 'atLeast', strict: false }],
  ['及以下', { kind: 'atMost', strict: false }],
  ['以上', { kind: 'atLeast', strict: false }],
  ['以下', { kind: 'atMost', strict: false }],
  ['以内', { kind: 'atMost', strict: false }],
]

/**
 * One canonical spelling: half-width, `≧ ⩾ >= ＞＝ ﹥` folded to `≥`/`>`, no spaces
 * (which PDF copying leaves inside numbers: `757. 3`), no thousands separators.
 */
export function normaliseExpression(text: string): string {
  return (
    toHalfWidth(text)
      .replace(/[\s\u00a0]+/g, '')
      .replace(/[≧⩾]|>=|=>/g, '≥')
      .replace(/[≦⩽]|<=|=</g, '≤')
      .replace(/﹥/g, '>')
      .replace(/﹤/g, '<')
      // Odd equals signs real forms print: ═ (box drawing), ꞊, ⩵, ⹀.
      .replace(/[﹦═꞊⩵⹀]/g, '=')
      .replace(/(\d),(?=\d{3}(?!\d))/g, '$1')
  )
}

/** The text with its comparator words taken off, and the comparator they said (null if none). */
export interface Stripped {
  body: string
  comparator: Comparator | null
  /** Prefix and suffix disagree (`≥5以下`): the text means nothing. */
  conflict: boolean
}

/** Takes a comparator off the front and/or back of normalised text. */
export function stripComparator(normalised: string): Stripped {
  let body = normalised
  let prefix: Comparator | null = null
  let suffix: Comparator | null = null
  for (const [word, comparator] of PREFIXES) {
    if (body.startsWith(word)) {
      prefix = comparator
      body = body.slice(word.length)
      break
    }
  }
  for (const [word, comparator] of SUFFIXES) {
    if (body.endsWith(word)) {
      suffix = comparator
      body = body.slice(0, -word.length)
      break
    }
  }
  const conflict = prefix !== null && suffix !== null && prefix.kind !== suffix.kind
  return { body, comparator: prefix ?? suffix, conflict }
}

/** A number at the start of text, and what follows it. */
export function leadingNumber(text: string): { value: number; rest: string } | null {
  const match = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+))(.*)$/.exec(text)
  if (!match?.[1]) return null
  const value = Number(match[1])
  return Number.isFinite(value) ? { value, rest: match[2] ?? '' } : null
}
