import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { evaluateUnitYear } from '@/domain/engine/evaluate'
import { DEFAULT_SETTINGS } from '@/domain/engine/settings'
import { formatPercent, formatScore } from '@/domain/format'
import { gradeLift } from '@/domain/gradeLift'
import { neededOf } from '@/domain/needed'
import { whatIf } from '@/domain/whatIf'
import { i18n } from '@/i18n'
import { neededSegments } from '@/i18n/useNeededText'
import { loadSampleDataset } from '@/io/sampleData'

/** The tables of docs/scoring.md §7 in order, each a list of rows of trimmed cells, header and rule left out. */
async function sectionTables(): Promise<{ text: string; tables: string[][][] }> {
  const doc = await readFile(new URL('../../docs/scoring.md', import.meta.url), 'utf8')
  const start = doc.indexOf('## 7. What the rest of the year must deliver')
  // Up to the next section: §8 has tables of its own.
  const next = doc.indexOf('\n## ', start + 1)
  const text = doc.slice(start, next === -1 ? undefined : next)
  const tables: string[][][] = []
  let current: string[][] | null = null
  for (const line of text.split('\n')) {
    if (!line.startsWith('|')) {
      current = null
      continue
    }
    const cells = line
      .split('|')
      .slice(1, -1)
      .map((cell) => cell.trim())
    if (current === null) tables.push((current = []))
    else if (!cells.every((c) => /^-+$/.test(c))) current.push(cells)
  }
  // The first table is the rules; the example's three follow.
  return { text, tables: tables.slice(1) }
}

describe('docs/scoring.md §7: the sample at 第3季度 is what the app computes', async () => {
  const all = await loadSampleDataset()
  const of2024 = <T extends { year: number }>(rows: readonly T[]) => rows.filter((r) => r.year === 2024)
  const rows = {
    targets: of2024(all.targets),
    actuals: of2024(all.actuals),
    budgets: of2024(all.budgets),
    spending: of2024(all.spending),
  }
  const scopes = evaluateUnitYear(rows, 9, DEFAULT_SETTINGS)
  const { text, tables } = await sectionTables()
  const [neededTable, whatIfTable, liftTable] = tables
  const t = (key: string, named: Record<string, string | number>) => i18n.global.t(key, named)

  it('gives every line behind its pace the 需完成 sentence of the drill-down', () => {
    const engine = scopes.flatMap((scope) =>
      scope.indicators.flatMap((result, i) => {
        const need = neededOf(result, 9, DEFAULT_SETTINGS)
        if (!need) return []
        const sentence = neededSegments(t, need, result.target, false)
          .map((s) => s.text)
          .join('')
        const { record } = result
        return [
          [
            scope.scope,
            String(i + 1),
            record.name,
            record.targetText,
            result.actualRecord!.actualText,
            result.light.label,
            sentence,
          ],
        ]
      }),
    )
    expect(neededTable).toEqual(engine)
  })

  it('gives each what-if value the engine’s 预计完成率, year-end light, score, total and grade', () => {
    const code = rows.targets.find((r) => r.name === '全年引进注册资金1000万元以上项目')!.code
    const engine = whatIfTable!.map(([value]) => {
      const tried = whatIf(rows, code, value!, 9, DEFAULT_SETTINGS)
      if (tried?.kind !== 'result') throw new Error(value)
      const { indicator, yearEnd, scope } = tried
      return [
        value,
        formatPercent(indicator.projection.ratio),
        yearEnd.label,
        formatScore(indicator.score.score),
        formatScore(scope.total),
        scope.grade,
      ]
    })
    expect(whatIfTable).toEqual(engine)
  })

  it('lists the lines that lift 招商引资 to 优, their gains, and how many it needs', () => {
    const project = scopes.find((s) => s.scope === '招商引资')!
    expect(
      gradeLift(
        scopes.find((s) => s.scope === '部门整体')!,
        DEFAULT_SETTINGS,
      ),
    ).toBeNull()
    const lift = gradeLift(project, DEFAULT_SETTINGS)!
    const engine = lift.candidates.map(({ record, score }) => [
      record.name,
      formatScore(score.weight),
      formatScore(score.score),
      formatScore(score.weight - score.score!),
    ])
    expect(liftTable).toEqual(engine)
    const words = { from: lift.from, to: lift.to, n: lift.candidates.length, k: lift.needs }
    expect(text).toContain(`「招商引资：${t('gradeLift.some', words)}」`)
  })
})
