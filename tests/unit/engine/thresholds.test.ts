import { describe, expect, it } from 'vitest'
import { parseActual } from '@/domain/engine/actualParser'
import { budgetResult } from '@/domain/engine/budgetResult'
import { overallLight } from '@/domain/engine/budgetExecution'
import { indicatorLight, light, type LightStatus } from '@/domain/engine/lights'
import { assignWeights, gradeOfTotal, scoreLine, totalOf } from '@/domain/engine/scoring'
import { DEFAULT_SETTINGS, type EngineSettings } from '@/domain/engine/settings'
import type { TargetContext } from '@/domain/engine/target'
import type { Month } from '@/domain/period'
import { budgetLine } from '../fixtures'
import { parse } from './helpers'

// Every threshold of SPEC §4 at its edge and just below it, through the public functions.
// The last test nudges each setting by 0.01 either way and requires some case here to notice:
// a threshold a test cannot tell from its neighbour is a threshold nothing guards.

/** The status of a target string with an actual string at the end of month m. */
function statusOf(
  settings: EngineSettings,
  target: string,
  actual: string,
  m: Month,
  context: Partial<TargetContext> = {},
): LightStatus {
  const parsed = parse(target, context)
  return indicatorLight(parsed, parseActual(actual, parsed, 2024), 2024, m, settings).status
}

/** A 双监控 light over `red` red and `green` green indicator lights, with no budget. */
function overallOf(settings: EngineSettings, red: number, green: number) {
  const lights = [
    ...Array.from({ length: red }, () => light('off')),
    ...Array.from({ length: green }, () => light('onTrack')),
  ]
  return overallLight(lights, null, settings).color
}

/** The total of indicator lines: `scored` of weight fully met, `unscored` of weight not reported. */
function totalWith(settings: EngineSettings, scored: number, unscored: number) {
  const lines = [scoreLine(scored, 'given', 1), scoreLine(unscored, 'given', null, 'notReported')]
  return totalOf(lines, null, settings).total
}

interface Case {
  name: string
  run: (settings: EngineSettings) => unknown
  expected: unknown
}

const CUMULATIVE = { basis: '累计' } as const
const LEVEL = { basis: '时点' } as const

// At month 6 a 累计 total of A against T = 100 has pace k = 12A / (100 × 6) = A / 50.
const CASES: Case[] = [
  { name: 'k = 1.2 is blue (超序时)', run: (s) => statusOf(s, '≥100个', '60', 6, CUMULATIVE), expected: 'ahead' },
  { name: 'k = 1.195 is green', run: (s) => statusOf(s, '≥100个', '59.75', 6, CUMULATIVE), expected: 'onTrack' },
  { name: 'k = 0.8 is green', run: (s) => statusOf(s, '≥100个', '40', 6, CUMULATIVE), expected: 'onTrack' },
  { name: 'k = 0.795 is yellow', run: (s) => statusOf(s, '≥100个', '39.75', 6, CUMULATIVE), expected: 'warning' },
  { name: 'k = 0.6 is yellow', run: (s) => statusOf(s, '≥100个', '30', 6, CUMULATIVE), expected: 'warning' },
  { name: 'k = 0.595 is red', run: (s) => statusOf(s, '≥100个', '29.75', 6, CUMULATIVE), expected: 'off' },
  // At most, 时点: the value itself against T and 1.1 T.
  { name: '≤100 at 110 is yellow', run: (s) => statusOf(s, '≤100个', '110', 6, LEVEL), expected: 'warning' },
  { name: '≤100 at 110.5 is red', run: (s) => statusOf(s, '≤100个', '110.5', 6, LEVEL), expected: 'off' },
  // At least, 时点: r against 1 and 0.9.
  { name: '时点 r = 0.9 is yellow', run: (s) => statusOf(s, '≥100个', '90', 6, LEVEL), expected: 'warning' },
  { name: '时点 r = 0.895 is red', run: (s) => statusOf(s, '≥100个', '89.5', 6, LEVEL), expected: 'off' },
  // Qualitative: a grade's r, or a percentage, against 0.8 and 0.6.
  { name: 'qualitative 80% is green', run: (s) => statusOf(s, '作用明显', '80%', 6), expected: 'onTrack' },
  { name: 'qualitative 79.5% is yellow', run: (s) => statusOf(s, '作用明显', '79.5%', 6), expected: 'warning' },
  { name: 'qualitative 60% is yellow', run: (s) => statusOf(s, '作用明显', '60%', 6), expected: 'warning' },
  { name: 'qualitative 59.5% is red', run: (s) => statusOf(s, '作用明显', '59.5%', 6), expected: 'off' },
  // The year end: 超额完成 from 1.2 for a 累计 at-least total, 基本完成 from 0.8.
  {
    name: 'year end r = 1.2 is 超额完成',
    run: (s) => statusOf(s, '≥100个', '120', 12, CUMULATIVE),
    expected: 'exceeded',
  },
  { name: 'year end r = 1.195 is 完成', run: (s) => statusOf(s, '≥100个', '119.5', 12, CUMULATIVE), expected: 'done' },
  {
    name: 'year end r = 0.8 is 基本完成',
    run: (s) => statusOf(s, '≥100个', '80', 12, CUMULATIVE),
    expected: 'mostlyDone',
  },
  {
    name: 'year end r = 0.795 is 未完成',
    run: (s) => statusOf(s, '≥100个', '79.5', 12, CUMULATIVE),
    expected: 'notDone',
  },
  // A unit is red once a third of its reported indicators are: 1 of 3 is, 13 of 40 (0.325) is not.
  { name: '1 red of 3 makes the unit red', run: (s) => overallOf(s, 1, 2), expected: 'red' },
  { name: '13 red of 40 leave the unit yellow', run: (s) => overallOf(s, 13, 27), expected: 'yellow' },
  // A total needs half of the indicator weight scored.
  { name: 'half the weight scored gives a total', run: (s) => totalWith(s, 50, 50), expected: 100 },
  { name: '49.5 of 100 scored gives none', run: (s) => totalWith(s, 49.5, 50.5), expected: null },
  // Grade bands of the total.
  { name: '90 is 优', run: (s) => gradeOfTotal(90, s), expected: '优' },
  { name: '89.995 is 良', run: (s) => gradeOfTotal(89.995, s), expected: '良' },
  { name: '80 is 良', run: (s) => gradeOfTotal(80, s), expected: '良' },
  { name: '79.995 is 中', run: (s) => gradeOfTotal(79.995, s), expected: '中' },
  { name: '60 is 中', run: (s) => gradeOfTotal(60, s), expected: '中' },
  { name: '59.995 is 差', run: (s) => gradeOfTotal(59.995, s), expected: '差' },
  { name: '0 is 差', run: (s) => gradeOfTotal(0, s), expected: '差' },
  // Weights: 产出 50 split between two, 效益 30, 满意度 10; budget execution 10.
  {
    name: 'open weights are each 一级指标 share',
    run: (s) =>
      assignWeights(
        [{ level1: '产出指标' }, { level1: '产出指标' }, { level1: '效益指标' }, { level1: '满意度指标' }],
        s,
      ).map((w) => w.weight),
    expected: [25, 25, 30, 10],
  },
  {
    name: 'budget execution weighs 10 unless given',
    run: (s) => budgetResult([budgetLine('经费', 100)], new Map(), 6, s).score.weight,
    expected: 10,
  },
]

/** Every numeric leaf of the settings, by its path, and a copy with that leaf changed. */
function numericLeaves(settings: EngineSettings): { path: string; nudge: (by: number) => EngineSettings }[] {
  const leaves: { path: string; nudge: (by: number) => EngineSettings }[] = []
  const walk = (value: unknown, path: string[]) => {
    if (typeof value === 'number') {
      leaves.push({ path: path.join('.'), nudge: (by) => withLeaf(settings, path, value + by) })
    } else if (value && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) walk(child, [...path, key])
    }
  }
  walk(settings, [])
  return leaves
}

function withLeaf(settings: EngineSettings, path: string[], value: number): EngineSettings {
  const copy = structuredClone(settings) as unknown as Record<string, unknown>
  let node = copy
  for (const key of path.slice(0, -1)) node = node[key] as Record<string, unknown>
  node[path[path.length - 1]!] = value
  return copy as unknown as EngineSettings
}

describe('every threshold at its edge and just below (default settings)', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    expect(c.run(DEFAULT_SETTINGS)).toEqual(c.expected)
  })
})

describe('a setting nudged by 0.01 either way changes some case above', () => {
  const leaves = numericLeaves(DEFAULT_SETTINGS)

  it('finds every setting of SPEC §4', () => {
    expect(leaves.map((l) => l.path)).toEqual([
      'paceBlue',
      'paceGreen',
      'paceYellow',
      'ceilingYellow',
      'levelYellow',
      'qualitativeGreen',
      'qualitativeYellow',
      'yearEndYellow',
      'redShare',
      'minScoredShare',
      'weights.budget',
      'weights.levels.产出指标',
      'weights.levels.效益指标',
      'weights.levels.满意度指标',
      'grades.0.min',
      'grades.1.min',
      'grades.2.min',
      'grades.3.min',
    ])
  })

  const nudges = leaves.flatMap((leaf) =>
    [+0.01, -0.01].map((by) => [`${leaf.path} ${by > 0 ? '+' : '−'} 0.01`, leaf.nudge(by)] as const),
  )
  // The lowest band's minimum is never compared against: any total falls into it. Raising it
  // above 0 changes nothing either, since gradeOfTotal falls back to the lowest band.
  const guarded = nudges.filter(([name]) => !name.startsWith('grades.3.min'))

  it.each(guarded)('%s', (_name, settings) => {
    const changed = CASES.filter((c) => !Object.is(JSON.stringify(c.run(settings)), JSON.stringify(c.expected)))
    expect(changed.length).toBeGreaterThan(0)
  })
})
