import { DEPARTMENT_SCOPE, type Quarter } from '../records'
import { compareChinese, compareScopes } from '../summary'
import { evaluateUnitYear, latestQuarter, type UnitYearRows } from './evaluate'
import { groupRows } from './evaluateAll'
import { DEFAULT_SETTINGS, type EngineSettings } from './settings'

/** Changes whenever what `unitStandings` computes changes, so rankings kept by an older release are computed again. */
export const STANDINGS_VERSION = 1

/** One unit's standing in a year, for the 全部单位 ranking. */
export interface UnitStanding {
  unit: string
  /** The quarter it is judged at: its latest reported (Q4 when nothing was reported). */
  quarter: Quarter
  /** The 部门整体 total (or the first 类别's), 预计得分 in year; null when nothing was scored. */
  total: number | null
  grade: string | null
  projected: boolean
  /** Budget execution e of the same 类别; null without budget or spending. */
  e: number | null
}

/**
 * Every unit of one year's rows, evaluated at its own latest quarter: the score and
 * execution rate of its 部门整体 table (or, lacking one, of its first project).
 */
export function unitStandings(rows: UnitYearRows, settings: EngineSettings = DEFAULT_SETTINGS): UnitStanding[] {
  return groupRows(rows, ['unit']).map((data) => {
    // A group holds a target or a budget line, and all its rows share the unit.
    const unit = (data.targets[0] ?? data.budgets[0])!.unit
    const quarter = latestQuarter(data) ?? 4
    const scopes = evaluateUnitYear(data, quarter, settings).sort((a, b) => compareScopes(a.scope, b.scope))
    const main = scopes.find((s) => s.scope === DEPARTMENT_SCOPE) ?? scopes[0]
    return { unit, quarter, total: main?.total ?? null, grade: main?.grade ?? null, projected: quarter < 4, e: main?.budget?.e ?? null }
  })
}

/** Highest first; units without a value last, in zh-CN name order. */
export function rankBy(standings: readonly UnitStanding[], key: 'total' | 'e'): UnitStanding[] {
  return [...standings].sort((a, b) => {
    const [x, y] = [a[key], b[key]]
    if (x === null || y === null) return x === y ? compareChinese(a.unit, b.unit) : x === null ? 1 : -1
    return y - x || compareChinese(a.unit, b.unit)
  })
}
