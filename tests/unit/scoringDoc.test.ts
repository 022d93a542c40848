import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { evaluateUnitYear } from '@/domain/engine/evaluate'
import { formatPercent, formatScore } from '@/domain/format'
import { loadSampleDataset } from '@/io/sampleData'

/** The rows of the worked example's table in docs/scoring.md §6, cells trimmed. */
async function exampleTable(): Promise<string[][]> {
  const text = await readFile(new URL('../../docs/scoring.md', import.meta.url), 'utf8')
  const start = text.indexOf('## 6. A worked example')
  // Up to the next section: later examples have tables of their own.
  const section = text.slice(start, text.indexOf('\n## ', start))
  return section
    .split('\n')
    .filter((line) => /^\|\s*(\d+)?\s*\|/.test(line))
    .map((line) =>
      line
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.trim()),
    )
}

describe('docs/scoring.md §6: the worked example is what the engine computes', async () => {
  const all = await loadSampleDataset()
  const of2024 = <T extends { year: number }>(rows: readonly T[]) => rows.filter((r) => r.year === 2024)
  const [, project] = evaluateUnitYear(
    {
      targets: of2024(all.targets),
      actuals: of2024(all.actuals),
      budgets: of2024(all.budgets),
      spending: of2024(all.spending),
    },
    9,
  )
  const rows = await exampleTable()

  it('has a row per indicator and one for the budget', () => {
    expect(rows).toHaveLength(project!.indicators.length + 1)
  })

  it('gives each indicator the name, status, weight, 完成率, 预计完成率 and 预计得分 of the engine', () => {
    const shown = (ratio: number | null) => (ratio === null ? '—' : formatPercent(ratio))
    const engine = project!.indicators.map((item, i) => [
      String(i + 1),
      item.record.name,
      item.light.label,
      formatScore(item.score.weight),
      shown(item.light.r),
      shown(item.projection.ratio),
      item.score.score === null ? '—' : formatScore(item.score.score),
    ])
    const documented = rows.slice(0, -1).map((r) => [r[0], r[1], r[4], r[5], r[6], r[7], r[8]])
    expect(documented).toEqual(engine)
  })

  it('gives the budget line its e, 预计执行率 and score', () => {
    const budget = project!.budget!
    const documented = rows.at(-1)!
    expect([documented[1], documented[4], documented[6], documented[7], documented[8]]).toEqual([
      '预算执行率',
      budget.light.label,
      formatPercent(budget.e),
      formatPercent(budget.pace),
      formatScore(budget.score.score),
    ])
  })

  it('states the total and grade the engine gives', async () => {
    const text = await readFile(new URL('../../docs/scoring.md', import.meta.url), 'utf8')
    expect(text).toContain(
      `预计得分 = 100 × 80.7593 / 90 = **${formatScore(project!.total)}**, grade **${project!.grade}**`,
    )
  })
})
