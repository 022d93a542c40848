import { describe, expect, it } from 'vitest'
// @ts-expect-error -- a plain ES module script without type declarations
import { departmentCount, departmentName, generate } from '../../scripts/generate-data.mjs'
import { planImport } from '@/io/importPlan'
import { parseCsvText } from '@/io/parseCsv'

type Files = Record<'targets' | 'budget' | 'actuals' | 'spending', string[]>
const make = (options: object): Files =>
  generate({ units: 4, indicators: 30, years: 2, quarters: [1, 2, 3], ...options })
const text = (lines: string[]) => lines.join('\r\n') + '\r\n'

describe('the benchmark data generator', () => {
  it('writes the same data for the same options, other data for another seed', () => {
    expect(make({})).toEqual(make({}))
    expect(make({ seed: 2 }).actuals).not.toEqual(make({}).actuals)
  })

  it('writes files that import without a single problem', () => {
    const files = make({})
    const parsed = (Object.keys(files) as (keyof Files)[]).map((kind) => parseCsvText(text(files[kind]), `${kind}.csv`))
    const plan = planImport(parsed, { targets: [], budgets: [], actuals: [], spending: [] })
    expect(plan.problems).toEqual([])
    expect(plan.counts.added).toBe(
      files.targets.length + files.budget.length + files.actuals.length + files.spending.length - 4,
    )
    expect(files.targets.length - 1).toBe(4 * 30 * 2)
  })

  it('mixes the seed forms of targets and quarter spellings', () => {
    const { targets, actuals } = make({})
    const body = targets.join('\n')
    for (const form of ['≥', '≧', '≦', '=100%', '年12月31日前', '作用明显', '合规', '不断提升'])
      expect(body).toContain(form)
    const quarters = new Set(actuals.slice(1).map((l) => l.split(',')[4]))
    for (const spelling of ['3', 'Q3', '第3季度', '三季度']) expect(quarters).toContain(spelling)
  })

  it('deals the units out to 主管部门, named once per unit-year, which the import plans', () => {
    // A province's 3,334 units fall in 120 主管部门 of 27 or 28 units each.
    expect(departmentCount(3334)).toBe(120)
    const sizes = new Map<string, number>()
    for (let u = 0; u < 3334; u++) {
      const name = departmentName(u, 120)
      sizes.set(name, (sizes.get(name) ?? 0) + 1)
    }
    expect(sizes.size).toBe(120)
    expect(Math.min(...sizes.values())).toBe(27)
    expect(Math.max(...sizes.values())).toBe(28)

    const files = make({ units: 4, years: 1, departments: 2 })
    const parsed = parseCsvText(text(files.targets), 'targets.csv')
    const plan = planImport([parsed], { targets: [], budgets: [], actuals: [], spending: [] })
    expect(plan.problems).toEqual([])
    expect(plan.parents.map((p) => [p.unit, p.parent])).toEqual([
      ['九江市柴桑区商务局', '第1主管部门'],
      ['南昌市柴桑区商务局', '第2主管部门'],
      ['赣州市柴桑区商务局', '第1主管部门'],
      [expect.any(String), '第2主管部门'],
    ])
  })
})
