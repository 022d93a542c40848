import type { ScopeResult } from './engine/evaluate'
import type { IndicatorResult } from './engine/indicator'
import { scoreLine, totalOf, type ScoreLine } from './engine/scoring'
import type { EngineSettings } from './engine/settings'

/** What completing some behind indicators would do to a 类别's grade. */
export interface GradeLift {
  /** The grade now, and the band just above it. */
  from: string
  to: string
  /** True when completing every candidate reaches `to`. */
  reachable: boolean
  /** How many of `candidates` must be completed: any `needs` of them reach `to`. */
  needs: number
  /** The indicators whose completion lifts the grade, the largest gain first; every one when not reachable. */
  candidates: IndicatorResult[]
  /** The total with the `needs` largest gains, or with every candidate when not reachable. */
  totalWith: number
}

/**
 * The indicators of a 类别 whose completion (r = 1, full score) would lift its grade to the next band
 * ("良 → 优: any 2 of these 3"). Candidates are the scored lines short of their weight; each total is
 * the engine's own (totalOf with those lines scored at r = 1). `needs` is the fewest lines that reach
 * the next band; the list holds the lines of which any `needs` do. Null without a total, at the top band,
 * or with nothing to complete.
 */
export function gradeLift(scope: ScopeResult, settings: EngineSettings): GradeLift | null {
  if (scope.total === null || scope.grade === null) return null
  const rank = settings.grades.findIndex((band) => band.grade === scope.grade)
  const next = rank > 0 ? settings.grades[rank - 1] : undefined
  if (!next) return null
  const lines = scope.indicators.map((i) => i.score)
  const open = lines.flatMap((line, index) => (line.score !== null && line.score < line.weight ? [index] : []))
  if (open.length === 0) return null
  const totalWith = (done: readonly number[]) => {
    const completed = new Set(done)
    const changed = lines.map((line, i) => (completed.has(i) ? complete(line) : line))
    return totalOf(changed, scope.budget?.score ?? null, settings).total ?? 0
  }
  const reaches = (done: readonly number[]) => totalWith(done) >= next.min
  // Largest single gain first; ties keep the form's order.
  const single = new Map(open.map((i) => [i, totalWith([i])]))
  const sorted = [...open].sort((a, b) => single.get(b)! - single.get(a)! || a - b)
  const base = { from: scope.grade, to: next.grade }
  const needs = sorted.findIndex((_, k) => reaches(sorted.slice(0, k + 1))) + 1
  if (needs === 0) {
    return {
      ...base,
      reachable: false,
      needs: sorted.length,
      candidates: pick(scope, sorted),
      totalWith: totalWith(sorted),
    }
  }
  // Gains add up over the same scored weight, so the weakest `needs` of a list are its worst case.
  let count = needs
  while (count < sorted.length && reaches(sorted.slice(count + 1 - needs, count + 1))) count += 1
  return {
    ...base,
    reachable: true,
    needs,
    candidates: pick(scope, sorted.slice(0, count)),
    totalWith: totalWith(sorted.slice(0, needs)),
  }
}

/** A scored line at its full weight: the same line with r = 1. */
function complete(line: ScoreLine): ScoreLine {
  return scoreLine(line.weight, line.weightSource, 1, undefined, line.ratioName)
}

function pick(scope: ScopeResult, indices: readonly number[]): IndicatorResult[] {
  return indices.map((i) => scope.indicators[i]!)
}
