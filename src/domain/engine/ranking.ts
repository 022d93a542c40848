import { DEPARTMENT_SCOPE } from '../records'
import { compareChinese, compareScopes } from '../summary'
import type { LightCounts, OverallColor } from './budgetExecution'
import type { Dataset } from '../model'
import { latestMonth, periodOf, type Period, type Month } from '../period'
import { evaluateUnitYear } from './evaluate'
import type { LightColor } from './lights'
import { DEFAULT_SETTINGS, type EngineSettings } from './settings'

/** One unit's standing in a year, for the 全部单位 ranking. */
export interface UnitStanding {
  unit: string
  /** The month it is judged at: its latest reported (the year end when nothing was reported). */
  month: Month
  /** That month as its values were given (第3季度, 1-7月). */
  period: Period
  /** The 部门整体 total (or the first 类别's), 预计得分 in year; null when nothing was scored. */
  total: number | null
  grade: string | null
  projected: boolean
  /** True when too little was scored for a total (已评分指标不足). */
  insufficient: boolean
  /** Budget execution e of the same 类别; null without budget or spending. */
  e: number | null
  /** That 类别's 全年预算数 (万元), what a 主管部门's roll-up weighs execution by; null without a budget line. */
  budget: number | null
  /** Its 执行数 year to date (万元); null without a budget line or spending. */
  spent: number | null
  /** 预计执行率 (e / t in year, e at the year end); null without budget or spending. */
  projectedE: number | null
  /** The colour of that execution's light (null without a budget line). */
  executionColor: LightColor | null
  /** The 双监控 light of the same 类别, and its counts per colour. */
  light: OverallColor
  counts: LightCounts
}

/**
 * Every unit's standing from its unit-year documents (each one unit's data for the year),
 * evaluated at its own latest month: the score and execution rate of its 部门整体 table
 * (or, lacking one, of its first project).
 */
export function rankUnits(documents: readonly Dataset[], settings: EngineSettings = DEFAULT_SETTINGS): UnitStanding[] {
  return documents.map((document) => unitStanding(document, settings))
}

/**
 * One unit's standing from its year's rows (a unit-year document): evaluated at its
 * latest reported month, the year end when nothing was reported.
 */
export function unitStanding(data: Dataset, settings: EngineSettings = DEFAULT_SETTINGS): UnitStanding {
  // The data holds a target or a budget line, and all its rows share the unit.
  const unit = (data.targets[0] ?? data.budgets[0])?.unit ?? ''
  const month = latestMonth(data) ?? 12
  const scopes = evaluateUnitYear(data, month, settings).sort((a, b) => compareScopes(a.scope, b.scope))
  const main = scopes.find((s) => s.scope === DEPARTMENT_SCOPE) ?? scopes[0]
  return {
    unit,
    month,
    period: main?.period ?? periodOf(month),
    total: main?.total ?? null,
    grade: main?.grade ?? null,
    projected: month < 12,
    insufficient: main?.insufficient ?? true,
    e: main?.budget?.e ?? null,
    budget: main?.budget?.budget ?? null,
    spent: main?.budget?.spent ?? null,
    projectedE: main?.budget?.pace ?? null,
    executionColor: main?.budget?.light.color ?? null,
    light: main?.overall.color ?? 'grey',
    counts: main?.overall.counts ?? { blue: 0, green: 0, yellow: 0, red: 0, grey: 0 },
  }
}

/** What the units page sorts by. */
export type StandingKey = 'total' | 'e' | 'light' | 'unit'

/** Worst first: red, yellow, grey (nothing reported), green. */
const LIGHT_RANK: Record<OverallColor, number> = { red: 3, yellow: 2, grey: 1, green: 0 }

/**
 * Highest first (for the light: worst first, then most red lines); units without a value
 * last; ties and `unit` in zh-CN name order.
 */
export function rankBy(standings: readonly UnitStanding[], key: StandingKey): UnitStanding[] {
  return [...standings].sort((a, b) => {
    if (key === 'unit') return compareChinese(a.unit, b.unit)
    if (key === 'light')
      return LIGHT_RANK[b.light] - LIGHT_RANK[a.light] || b.counts.red - a.counts.red || compareChinese(a.unit, b.unit)
    const [x, y] = [a[key], b[key]]
    if (x === null || y === null) return x === y ? compareChinese(a.unit, b.unit) : x === null ? 1 : -1
    return y - x || compareChinese(a.unit, b.unit)
  })
}
