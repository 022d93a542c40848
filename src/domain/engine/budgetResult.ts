import { sumAmounts } from '../money'
import type { BudgetRecord } from '../records'
import type { Month } from '../period'
import { budgetExecution, type BudgetExecution } from './budgetExecution'
import { BudgetMemo } from './memos'
import { scoreLine, type ScoreLine } from './scoring'
import type { EngineSettings } from './settings'

/** The budget execution of a 类别's 经费 lines, and its score line. */
export interface BudgetResult extends BudgetExecution {
  /** 年初预算数 of the lines, 万元. */
  initialBudget: number
  score: ScoreLine
}

// Each 类别's last result, kept by its first line.
const memo = new BudgetMemo<BudgetResult>()

/**
 * Execution of a 类别's 经费 lines together, scored with the first given 分值 or the
 * default 10. The same lines with the same spending at the same period get the same
 * (shared, read-only) result.
 */
export function budgetResult(
  lines: readonly BudgetRecord[],
  spentAtQ: ReadonlyMap<string, number>,
  m: Month,
  settings: EngineSettings,
): BudgetResult {
  const spent = lines.map((line) => spentAtQ.get(line.id))
  return (
    memo.get(lines, spent, m, settings) ??
    memo.remember(lines, spent, m, settings, computeBudgetResult(lines, spent, m, settings))
  )
}

function computeBudgetResult(
  lines: readonly BudgetRecord[],
  spentOfLine: readonly (number | undefined)[],
  m: Month,
  settings: EngineSettings,
): BudgetResult {
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
