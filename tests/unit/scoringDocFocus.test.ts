import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import type { UnitStanding } from '@/domain/engine/ranking'
import { DEFAULT_FOCUS_WEIGHTS, focusList, ofDepartment, type FocusRow } from '@/domain/focusList'
import { formatScore } from '@/domain/format'
import { periodOf, type Month } from '@/domain/period'

/** The tables of docs/scoring.md §8 in order, each a list of rows of trimmed cells, header and rule left out. */
async function sectionTables(): Promise<{ text: string; tables: string[][][] }> {
  const doc = await readFile(new URL('../../docs/scoring.md', import.meta.url), 'utf8')
  const text = doc.slice(doc.indexOf('## 8. 重点监控'))
  const tables: string[][][] = []
  let current: string[][] | null = null
  let header = false
  for (const line of text.split('\n')) {
    if (!line.startsWith('|')) {
      current = null
      continue
    }
    const cells = line
      .split('|')
      .slice(1, -1)
      .map((cell) => cell.trim())
    if (current === null) {
      tables.push((current = []))
      header = true
    } else if (header && cells.every((c) => /^-+$/.test(c))) header = false
    else current.push(cells)
  }
  // The first table names the criteria; the example's three follow.
  return { text, tables: tables.slice(1) }
}

const number = (cell: string) => (cell === '—' ? null : Number(cell))

/** A standing from a row of the example's first table: only what the list reads. */
function standingOf([unit, , month, budget, executed, red]: string[]): UnitStanding {
  const m = Number(month) as Month
  const [b, x] = [number(budget!), number(executed!)]
  return {
    unit: unit!,
    month: m,
    period: periodOf(m),
    total: null,
    grade: null,
    projected: m < 12,
    insufficient: true,
    budget: b,
    executed: x,
    e: b === null || x === null ? null : x / b,
    projectedE: null,
    executionColor: null,
    light: 'grey',
    counts: { blue: 0, green: 0, yellow: 0, red: Number(red), grey: 0 },
  }
}

/** A row of the list as the doc writes it: rank, unit, `figure → points` per criterion, score. */
const asDocumented = (row: FocusRow, i: number) => [
  String(i + 1),
  row.unit,
  ...(['budget', 'behind', 'red', 'overdue'] as const).map((c) => {
    const { raw, points } = row.figures[c]
    return `${raw === null ? '—' : String(raw)} → ${formatScore(points)}`
  }),
  formatScore(row.score),
]

describe('docs/scoring.md §8: the 重点监控 example is what focusList computes', async () => {
  const { text, tables } = await sectionTables()
  const [inputs, byDefault, reweighted] = tables as [string[][], string[][], string[][]]
  const standings = inputs.map(standingOf)
  const overdue = new Map(inputs.map((row) => [row[0]!, Number(row[6])]))

  it('has the three units and two rankings', () => {
    expect([inputs.length, byDefault.length, reweighted.length]).toEqual([3, 3, 3])
  })

  it('ranks by the default weights as documented', () => {
    expect(focusList(standings, overdue, DEFAULT_FOCUS_WEIGHTS).map(asDocumented)).toEqual(byDefault)
  })

  it('ranks with 逾期整改 weighed 100 as documented', () => {
    const rows = focusList(standings, overdue, { ...DEFAULT_FOCUS_WEIGHTS, overdue: 100 })
    expect(rows.map(asDocumented)).toEqual(reweighted)
  })

  it('gives the 主管部门 alone the scores the text states', () => {
    const parents = new Map(inputs.map((row) => [row[0]!, row[1]!]))
    const rows = focusList(ofDepartment(standings, parents, '区财政局'), overdue)
    expect(rows.map((r) => `${r.unit} ${r.score}`)).toEqual(['乙局 70', '丙局 15'])
    expect(text).toContain('乙局 30 + 25 + 15 = 70, 丙局 15')
  })
})
