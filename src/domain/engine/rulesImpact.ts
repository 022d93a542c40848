import type { OverallColor } from './budgetExecution'
import type { ScopeResult } from './evaluate'

/** What saving new rules would change in one unit-year: lights, grades and 双监控 lights. */
export interface RulesImpact {
  /** Indicators (and budget lines) whose light would change. */
  lights: number
  /** Per 类别 whose grade or overall light would change: from and to. */
  scopes: {
    scope: string
    grade?: { from: string | null; to: string | null }
    overall?: { from: OverallColor; to: OverallColor }
  }[]
}

/**
 * Compares a unit-year evaluated under the rules in force with the same data under new
 * rules: how many lights change, and each 类别's grade and 双监控 light that change.
 */
export function rulesImpact(before: readonly ScopeResult[], after: readonly ScopeResult[]): RulesImpact {
  let lights = 0
  const scopes: RulesImpact['scopes'] = []
  for (const was of before) {
    const now = after.find((s) => s.scope === was.scope)
    if (!now) continue
    was.indicators.forEach((indicator, i) => {
      const next = now.indicators[i]
      if (next && next.light.status !== indicator.light.status) lights += 1
    })
    if (was.budget && now.budget && was.budget.light.status !== now.budget.light.status) lights += 1
    const change: RulesImpact['scopes'][number] = { scope: was.scope }
    if (was.grade !== now.grade) change.grade = { from: was.grade, to: now.grade }
    if (was.overall.color !== now.overall.color) change.overall = { from: was.overall.color, to: now.overall.color }
    if (change.grade || change.overall) scopes.push(change)
  }
  return { lights, scopes }
}
