import { describe, expect, it } from 'vitest'
import { achievement, atLeastRatio, atMostRatio, exactRatio, rangeRatio } from '@/domain/engine/achievement'
import { actualOf, understood } from './helpers'

describe('at least: r = A / T', () => {
  it.each([
    [15, 20, 0.75],
    [20, 20, 1],
    [25, 20, 1.25],
    [0, 20, 0],
    [12, 20, 0.6],
    [16, 20, 0.8],
    [24, 20, 1.2],
  ])('A %d, T %d → %d', (a, t, r) => expect(atLeastRatio(a, t)).toBe(r))

  it('a target of 0 is met by any A ≥ 0', () => {
    expect(atLeastRatio(0, 0)).toBe(1)
    expect(atLeastRatio(3, 0)).toBe(1)
    expect(atLeastRatio(-1, 0)).toBe(0)
  })
})

describe('at most: 1 if A ≤ T, else T / A', () => {
  it.each([
    [500, 734.05, 1],
    [734.05, 734.05, 1],
    [800, 640, 0.8],
    [66, 60, 0.909090909091],
    [0, 60, 1],
  ])('A %d, T %d → %d', (a, t, r) => expect(atMostRatio(a, t)).toBe(r))

  it('a ceiling of 0 is met only by A ≤ 0', () => {
    expect(atMostRatio(0, 0)).toBe(1)
    expect(atMostRatio(1, 0)).toBe(0)
  })
})

describe('exactly: min / max', () => {
  it.each([
    [100, 100, 1],
    [90, 100, 0.9],
    [125, 100, 0.8],
    [0, 0, 1],
    [2, 0, 0],
    [0, 5, 0],
  ])('A %d, T %d → %d', (a, t, r) => expect(exactRatio(a, t)).toBe(r))
})

describe('range [L, U]: 1 inside, A / L below, U / A above', () => {
  it.each([
    [80, 80, 90, 1],
    [85, 80, 90, 1],
    [90, 80, 90, 1],
    [60, 80, 90, 0.75],
    [100, 80, 90, 0.9],
    [-5, 0, 10, 0],
  ])('A %d in [%d, %d] → %d', (a, low, high, r) => expect(rangeRatio(a, low, high)).toBe(r))
})

describe('achievement dispatches on the target kind', () => {
  const rOf = (actual: string, target: string, asOf = '2024-12-31') => {
    const parsed = actualOf(actual, target)
    if (parsed.kind === 'error') throw new Error(parsed.message)
    return achievement(understood(target), parsed, asOf)
  }

  it('numbers', () => {
    expect(rOf('52亿元', '≧100亿元')).toBe(0.52)
    expect(rOf('560万元', '≦734.05万元')).toBe(1)
    expect(rOf('95%', '=100%')).toBe(0.95)
    expect(rOf('95%', '80%-90%')).toBe(0.947368421053)
  })

  it('deadlines: on the day counts, a day late does not, pending before the date', () => {
    expect(rOf('2024-12-31', '2024年12月31日前')).toBe(1)
    expect(rOf('2025-01-01', '2024年12月31日前')).toBe(0)
    expect(rOf('2024-06-30', '6月底前')).toBe(1)
    expect(rOf('已完成', '6月底前', '2024-09-30')).toBe(1)
    expect(rOf('未完成', '6月底前', '2024-06-30')).toBeNull()
    expect(rOf('未完成', '6月底前', '2024-07-01')).toBe(0)
    expect(rOf('未完成', '2024年12月31日前', '2024-09-30')).toBeNull()
    expect(rOf('未完成', '2024年12月31日前', '2024-12-31')).toBeNull()
  })

  it('qualitative: the band or the percentage', () => {
    expect(rOf('部分达成', '不断提升')).toBe(0.7)
    expect(rOf('88%', '作用明显')).toBe(0.88)
  })

  it('mismatched kinds give no r', () => {
    expect(achievement(understood('≥4次'), { kind: 'grade', r: 1, label: '达成' }, '2024-12-31')).toBeNull()
    expect(achievement(understood('年底前'), { kind: 'number', value: 1 }, '2024-12-31')).toBeNull()
    expect(achievement(understood('合规'), { kind: 'number', value: 1 }, '2024-12-31')).toBeNull()
  })
})
