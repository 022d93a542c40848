import { sumAmounts } from '../money'
import type { BudgetRecord } from '../records'
import type { Month } from '../period'
import { budgetExecution, type BudgetExecution } from './budgetExecution'
import { scoreLine, type ScoreLine } from './scoring'
import type { EngineSettings } from './settings'

/** The budget execution of a 类别's 经费 lines, and its score line. */
export interface BudgetResult extends BudgetExecution {
  /** 年初预算数 of the lines, 万元. */
  initialBudget: number
  score: ScoreLine
}

interface Remembered {
  lines: readonly BudgetRecord[]
  spent: (number | undefined)[]
  m: Month
  settings: EngineSettings
  result: BudgetResult
}

// Keyed by a 类别's first line: stored rows are never changed in place.
const remembered = new WeakMap<BudgetRecord, Remembered>()

/**
 * Execution of a 类别's 经费 lines together, scored with the first given 分值 or the
 * default 10. The same lines with the same spending at the same period get the same
 * (shared, read-only) result.
 */
export function budgetResult(lines: readonly BudgetRecord[], spentAtQ: ReadonlyMap<string, number>, m: Month, settings: EngineSettings): BudgetResult {
  const spent = lines.map((line) => spentAtQ.get(line.id))
  const first = lines[0]!
  const last = remembered.get(first)
  if (last && last.m === m && last.settings === settings && sameItems(last.lines, lines) && sameItems(last.spent, spent)) return last.result
  const result = computeBudgetResult(lines, spent, m, settings)
  remembered.set(first, { lines: [...lines], spent, m, settings, result })
  return result
}

function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i])
}

function computeBudgetResult(lines: readonly BudgetRecord[], spentOfLine: readonly (number | undefined)[], m: Month, settings: EngineSettings): BudgetResult {
  const reported = spentOfLine.filter((s) => s !== undefined)
  const spent = reported.length > 0 ? sumAmounts(reported) : null
  const execution = budgetExecution(sumAmounts(lines.map((l) => l.budget)), spent, m, settings)
  const given = lines.find((l) => l.weight !== undefined)?.weight
  const weight = given ?? settings.weights.budget
  const source = given === undefined ? 'default' : 'given'
  // In year the rate is carried to year end like any 累计 value (预计执行率).
  const score =
    execution.light.status === 'noBudget'
      ? scoreLine(weight, source, null, 'noBudget')
      : execution.e === null
        ? scoreLine(weight, source, null, 'notReported')
        : scoreLine(weight, source, execution.pace, undefined, m < 12 ? '预计执行率' : '执行率')
  return { ...execution, initialBudget: sumAmounts(lines.map((l) => l.initialBudget)), score }
}
