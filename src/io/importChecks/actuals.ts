import type { ActualError, ActualErrorCode } from '@/domain/engine/actualParser'
import { parseActualCached } from '@/domain/engine/parseCache'
import { parseTargetRow } from '@/domain/engine/indicator'
import type { Dataset } from '@/domain/model'
import type { ActualRecord, TargetRecord } from '@/domain/records'
import { rowIdOf } from '@/domain/rowKeys'
import { JUMP_FACTOR, plausibilityWarnings, type PlausibilityWarning } from '@/domain/plausibility'
import { noticeOf, problemOf, type NoticeCode, type ProblemCode } from '../problemText'
import { ofMonth, onto, periodCell, planned, typedCell, type PlanState, type RecordCheck, type Seen } from './planState'

/**
 * Checks actuals: an indicator that is not known or is another unit-year's, a period
 * given twice, a value that does not read against its target (wrong unit, not a number).
 */
export function actualsChecker(
  state: PlanState,
  existing: Dataset,
  lookupTarget: (code: string) => TargetRecord | undefined,
): RecordCheck<ActualRecord> {
  const storedActuals = new Map(existing.actuals.map((a) => [rowIdOf('actuals', a), a]))
  const history = new ValueHistory(existing.actuals)
  // Values are kept apart by period and known by their indicator's record (identity, not a string joined per row).
  const seen = new Map<number, Seen<TargetRecord>>()

  return (file, line, a) => {
    const name = file.fileName
    const target = lookupTarget(a.indicatorCode)
    if (!target) {
      // Quote the name as typed (or the code, when the file named the indicator by code).
      const typed = typedCell(file, line, 'name')
      state.problem(
        name,
        line,
        typed ? '三级指标' : '指标编码',
        typed || typedCell(file, line, 'code'),
        problemOf('noIndicator', { year: a.year, unit: a.unit, scope: a.scope }),
      )
      return
    }
    // A code given in the file may name another unit's or year's indicator; a value is kept under its indicator's unit-year.
    if (target.year !== a.year || target.unit !== a.unit || target.scope !== a.scope) {
      state.problem(
        name,
        line,
        '指标编码',
        a.indicatorCode,
        problemOf('codeElsewhere', { year: target.year, unit: target.unit, scope: target.scope }),
      )
      return
    }
    if (state.duplicate(ofMonth(seen, a.month), target, name, line, () => periodCell(a), 'actual')) return
    const parsedTarget = parseTargetRow(target)
    const parsed = parseActualCached(a.actualText, parsedTarget, target.year)
    if (parsed.kind === 'error' && parsed.code !== 'targetUnknown') {
      state.problem(name, line, '实际值', a.actualText, actualProblem(parsed))
      return
    }
    const previous = history.before(target.code, a.month)
    for (const warning of plausibilityWarnings(a.actualText, previous, parsedTarget, target.year))
      state.notices.push(
        noticeOf(
          IMPLAUSIBLE[warning],
          { line, name: target.name, value: a.actualText, previous: previous ?? '', factor: JUMP_FACTOR },
          name,
        ),
      )
    history.add(target.code, a.month, a.actualText)
    // Named by name, an actual already carries its indicator's code: no copy for a province's rows.
    // Stryker disable next-line ConditionalExpression: equivalent, a copy with the same code is the same row
    const named = a.indicatorCode === target.code ? a : { ...a, indicatorCode: target.code }
    // Stryker disable next-line ConditionalExpression: equivalent, an empty map finds nothing either
    const before = storedActuals.size === 0 ? null : (storedActuals.get(rowIdOf('actuals', named)) ?? null)
    state.plan(planned('actuals', name, line, file.ontoStored && before ? onto(before, named) : named, before))
  }
}

const ACTUAL_PROBLEMS: Record<ActualErrorCode, ProblemCode> = {
  empty: 'actualEmpty',
  targetUnknown: 'actualTargetUnknown',
  notNumber: 'actualNotNumber',
  unitMismatch: 'actualUnitMismatch',
  notCompletion: 'actualNotCompletion',
  notGrade: 'actualNotGrade',
}

/** An actual that does not read against its target, as a problem of its cell (the value itself is `found`). */
function actualProblem(error: ActualError): ReturnType<typeof problemOf> {
  return problemOf(ACTUAL_PROBLEMS[error.code], error.params ?? {})
}

const IMPLAUSIBLE: Record<PlausibilityWarning, NoticeCode> = {
  negative: 'implausibleNegative',
  belowPrevious: 'implausibleBelow',
  jump: 'implausibleJump',
}

/** Each indicator's values by month, stored and planned so far: the last period's value of a row. */
class ValueHistory {
  private readonly byCode = new Map<string, Map<number, string>>()

  constructor(stored: readonly ActualRecord[]) {
    for (const a of stored) this.add(a.indicatorCode, a.month, a.actualText)
  }

  add(code: string, month: number, text: string): void {
    const months = this.byCode.get(code) ?? this.byCode.set(code, new Map()).get(code)!
    months.set(month, text)
  }

  /** The value at the latest month before `month`, or null. */
  before(code: string, month: number): string | null {
    let best = -1
    for (const m of this.byCode.get(code)?.keys() ?? []) if (m < month && m > best) best = m
    return best < 0 ? null : this.byCode.get(code)!.get(best)!
  }
}
