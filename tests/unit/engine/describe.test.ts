import { describe, expect, it } from 'vitest'
import { describeTarget } from '@/domain/engine/describe'
import { parse } from './helpers'

describe('describeTarget', () => {
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
