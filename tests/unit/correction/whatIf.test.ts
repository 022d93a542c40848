import { describe, expect, it } from 'vitest'
import { evaluateUnitYear } from '@/domain/engine/evaluate'
import { DEFAULT_SETTINGS } from '@/domain/engine/settings'
import type { Month } from '@/domain/period'
import type { ActualRecord } from '@/domain/records'
import { whatIf, withYearEndValue } from '@/domain/whatIf'
import { actual, dataset, target } from '../fixtures'

// 产出 50 shared by two lines (25 each), 效益 30, 满意度 10; no budget.
const x = target('引进项目', { targetText: '≥20个', position: 1 })
const y = target('推介会', { targetText: '≥10个', position: 2 })
const z = target('到位率', { targetText: '≥90%', level1: '效益指标', level2: '经济效益指标', position: 3 })
const w = target('满意度', { targetText: '≥90%', level1: '满意度指标', level2: '满意度指标', position: 4 })
const other = target('他项', { targetText: '≥5个', scope: '招商引资' })

/** Q3: x 8 of 20 (预计 10.67, r 0.5333, 13.33), y 9 of 10 (预计 12, 25), z 81% of 90% (r 0.9, 27); w not reported. */
function rowsAt(m: Month, extra: Partial<Record<'x' | 'w', Partial<ActualRecord>>> = {}) {
  const at = { month: m }
  const actuals = [
    actual(x, 1, '8个', { ...at, ...extra.x }),
    actual(y, 1, '9个', at),
    actual(z, 1, '81%', at),
    actual(other, 1, '1个', at),
  ]
  if (extra.w) actuals.push(actual(w, 1, '', { ...at, ...extra.w }))
  return dataset({ targets: [x, y, z, w, other], actuals })
}

const engineScope = (rows: ReturnType<typeof rowsAt>, m: Month) =>
  evaluateUnitYear(rows, m, DEFAULT_SETTINGS).find((s) => s.scope === '部门整体')!

const tried = (rows: ReturnType<typeof rowsAt>, code: string, text: string, m: Month) => {
  const result = whatIf(rows, code, text, m, DEFAULT_SETTINGS)
  if (result?.kind !== 'result') throw new Error(`no result for ${text}`)
  return result
}

describe('what-if: a year-end value tried on one indicator', () => {
  it('starts from the stored total: 100 × (13.33 + 25 + 27) / 80 = 81.67, 良', () => {
    const scope = engineScope(rowsAt(9), 9)
    expect(scope.total).toBeCloseTo(81.6667, 4)
    expect(scope.grade).toBe('良')
  })

  it('gives the 预计完成率, year-end light, total and grade the engine gives for the same 全年预计', () => {
    // 16 of 20 is r 0.8: 20 of 25 points, 100 × (20 + 25 + 27) / 80 = 90, 优; at the year end 基本完成.
    const rows = rowsAt(9)
    const result = tried(rows, x.code, '16个', 9)
    expect(result.indicator.projection.ratio).toBe(0.8)
    expect(result.yearEnd.status).toBe('mostlyDone')
    expect(result.scope.total).toBe(90)
    expect(result.scope.grade).toBe('优')
    const engine = engineScope(rowsAt(9, { x: { forecast: '16个' } }), 9)
    expect(result.scope.total).toBe(engine.total)
    expect(result.scope.grade).toBe(engine.grade)
    expect(result.indicator.score.score).toBe(engine.indicators[0]!.score.score)
  })

  it('reads the value against the target in force: x adjusted to ≥16个 from 7月, 16个 is r 1 and 25 points', () => {
    // 100 × (25 + 25 + 27) / 80 = 96.25, 优; at the year end 16 of 16 is 完成.
    const adjusted = { ...x, adjustedText: '≥16个', adjustedFrom: 7 as Month }
    const withAdjusted = (rows: ReturnType<typeof rowsAt>) =>
      dataset({ ...rows, targets: rows.targets.map((t) => (t.code === x.code ? adjusted : t)) })
    const result = tried(withAdjusted(rowsAt(9)), x.code, '16个', 9)
    expect(result.indicator.projection.ratio).toBe(1)
    expect(result.yearEnd.status).toBe('done')
    expect(result.scope.total).toBe(96.25)
    expect(result.scope.grade).toBe('优')
    expect(result.scope.total).toBe(engineScope(withAdjusted(rowsAt(9, { x: { forecast: '16个' } })), 9).total)
  })

  it('agrees with the engine for every value tried, the target reached or not', () => {
    for (const [text, total, light] of [
      ['20个', 96.25, 'done'],
      ['10个', 80.625, 'notDone'],
      ['30个', 96.25, 'exceeded'],
    ] as const) {
      const result = tried(rowsAt(9), x.code, text, 9)
      expect(result.scope.total).toBe(total)
      expect(result.yearEnd.status).toBe(light)
      expect(result.scope.total).toBe(engineScope(rowsAt(9, { x: { forecast: text } }), 9).total)
    }
  })

  it('scores a line not yet reported with the value tried, as the engine scores it once reported', () => {
    // w at 95%: 10 more points over 10 more weight, 100 × 75.33 / 90 = 83.70.
    const result = tried(rowsAt(9), w.code, '95%', 9)
    expect(result.scope.total).toBeCloseTo(83.7037, 4)
    const engine = engineScope(rowsAt(9, { w: { actualText: '95%', forecast: '95%' } }), 9)
    expect(result.scope.total).toBe(engine.total)
  })

  it('takes the value as the actual itself at the year end', () => {
    // Q4: x 8 of 20 is r 0.4 → 10; with 16 it is 20. y 9 of 10 → 22.5; z → 27. 100 × 69.5 / 80 = 86.875.
    const result = tried(rowsAt(12), x.code, '16个', 12)
    expect(result.scope.total).toBe(86.875)
    expect(result.scope.total).toBe(engineScope(rowsAt(12, { x: { actualText: '16个' } }), 12).total)
  })

  it('writes nothing: the rows given stay as they were', () => {
    const rows = rowsAt(9)
    const before = JSON.stringify(rows)
    tried(rows, x.code, '16个', 9)
    expect(JSON.stringify(rows)).toBe(before)
    expect(withYearEndValue(rows, x, '16个', 9).actuals[0]!.forecast).toBe('16个')
    expect(rows.actuals[0]!.forecast).toBeUndefined()
  })

  it('says why a value cannot be read, and knows no unknown code', () => {
    expect(whatIf(rowsAt(9), x.code, '30人', 9, DEFAULT_SETTINGS)).toMatchObject({
      kind: 'error',
      error: { code: 'unitMismatch' },
    })
    expect(whatIf(rowsAt(9), 'no-such-code', '1个', 9, DEFAULT_SETTINGS)).toBeNull()
  })
})
