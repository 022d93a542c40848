import { describe, expect, it } from 'vitest'
import { describeTargetSegments } from '@/domain/engine/describe'
import { parse } from './helpers'

/** A target in words, as the screens show its segments one after another. */
const describeTarget = (target: Parameters<typeof describeTargetSegments>[0]) =>
  describeTargetSegments(target)
    .map((s) => s.text)
    .join('')

describe('a target in words', () => {
  it.each([
    ['≥20个', {}, '至少 20个 · 正向 · 累计口径'],
    ['20个', {}, '至少 20个 · 正向（推断） · 累计口径'],
    ['≦734.05万元', {}, '至多 734.05万元 · 反向 · 累计口径'],
    ['60万元', { level2: '成本指标' }, '至多 60万元 · 反向（推断） · 累计口径'],
    ['≧100亿元', {}, '至少 100亿元 · 正向 · 累计口径'],
    ['=100%', {}, '等于 100% · 正向 · 时点口径'],
    ['>5个', {}, '超过 5个 · 正向 · 累计口径'],
    ['80%-90%', {}, '80% 至 90% · 时点口径'],
    ['2024年12月31日前', {}, '2024-12-31 前完成 · 时点口径'],
    ['作用明显', {}, '定性：作用明显 · 时点口径'],
    ['约12个左右', {}, "无法识别：无法识别的指标值：'约12个左右'"],
  ])('%s', (text, context, words) => expect(describeTarget(parse(text, context))).toBe(words))
})

describe('describeTargetSegments: which pieces are the user’s own words', () => {
  it('marks a count or money unit, a target’s own words and an unknown target’s message, never a percentage or our words', () => {
    expect(describeTargetSegments(parse('≥20个'))).toEqual([
      { text: '至少 ' },
      { text: '20个', user: true },
      { text: ' · ' },
      { text: '正向' },
      { text: ' · ' },
      { text: '累计口径' },
    ])
    expect(describeTargetSegments(parse('≤734.05万元'))[1]).toEqual({ text: '734.05万元', user: true })
    expect(describeTargetSegments(parse('≥90%'))[1]).toEqual({ text: '90%', user: false })
    expect(describeTargetSegments(parse('>20个'))[0]).toEqual({ text: '超过 ' })
    expect(describeTargetSegments(parse('<5%'))[0]).toEqual({ text: '低于 ' })
    expect(describeTargetSegments(parse('作用明显'))).toEqual([
      { text: '定性：' },
      { text: '作用明显', user: true },
      { text: ' · ' },
      { text: '时点口径' },
    ])
    expect(describeTargetSegments(parse('约莫12个'))).toEqual([
      { text: '无法识别：' },
      { text: "无法识别的指标值：'约莫12个'", user: true },
    ])
  })
})
