import { parseTargetRecord } from '@/domain/engine/indicator'
import { deriveIndicatorCode } from '@/domain/indicatorCode'
import { keptAdjustment } from '@/domain/targetChanges'
import { joinKey } from '@/domain/keys'
import { DEFAULT_SETTINGS } from '@/domain/engine/settings'
import type { Dataset, ImportNotice, PlannedRow } from '@/domain/model'
import type { TargetRecord } from '@/domain/records'
import { noticeOf, problemOf } from '../problemText'
import { onto, planned, type PlanState, type RecordCheck, type Seen } from './planState'

/** A target's natural key: year, unit, 类别 and name. */
export const naturalKey = (r: { year: number; unit: string; scope: string }, name: string) =>
  joinKey(r.year, r.unit, r.scope, name)

/** The targets' check, and the indicators it knows (stored, and this import's so far) for the values that name them. */
export interface TargetChecker {
  check: RecordCheck<TargetRecord>
  /** The indicator an actual names, by its code or by the code derived from its name. */
  lookup(code: string): TargetRecord | undefined
}

/**
 * Checks targets: a key given twice, a code another indicator holds. An indicator keeps
 * its stored code, so its stored actuals stay attached.
 */
export function targetChecker(state: PlanState, existing: Dataset): TargetChecker {
  // Targets: known by code (stored first, then this import's) and, built only when a
  // targets file needs it, by natural key. A province's check reads a hundred thousand
  // stored targets; an actuals file needs only their codes.
  const targetByCode = new Map<string, TargetRecord>()
  for (const t of existing.targets) targetByCode.set(t.code, t)
  let targetByKeyMap: Map<string, TargetRecord> | null = null
  const targetByKey = () => (targetByKeyMap ??= new Map(existing.targets.map((t) => [naturalKey(t, t.name), t])))
  // An actual names its indicator by code, or by name (then carrying the code derived from
  // the name). A code is looked up as given first; the derived codes are computed only when
  // some actual's code is not one (a target with a code of its own, named by name).
  const imported: TargetRecord[] = []
  let byDerivedMap: Map<string, TargetRecord> | null = null
  const derived = (t: TargetRecord) => deriveIndicatorCode(t.year, t.unit, t.scope, t.name)
  const byDerived = () => (byDerivedMap ??= new Map([...existing.targets, ...imported].map((t) => [derived(t), t])))
  const know = (t: TargetRecord) => {
    imported.push(t)
    targetByCode.set(t.code, t)
    byDerivedMap?.set(derived(t), t)
  }
  const seen: Seen<string> = new Map()

  const check: RecordCheck<TargetRecord> = (file, line, t) => {
    const name = file.fileName
    const key = naturalKey(t, t.name)
    // A form's row may complete the same row of an earlier form.
    const formKey = file.ontoStored ? joinKey('t', key) : undefined
    if (
      formKey !== undefined &&
      state.mergedIntoEarlierForm(
        formKey,
        t,
        (a, b) => a.level1 === b.level1 && a.level2 === b.level2 && a.targetText === b.targetText,
      )
    )
      return
    if (state.duplicate(seen, key, name, line, () => ['三级指标', t.name], 'target')) return
    const before = targetByKey().get(key) ?? null
    // An indicator keeps its code, so its stored actuals stay attached.
    // The same target again keeps a stored 目标调整 (the adjusted one again, too).
    const next = keptAdjustment(
      before,
      file.ontoStored && before
        ? { ...onto(before, t), code: before.code }
        : { ...t, code: before?.code ?? t.code, position: t.position },
    )
    // One code, one indicator: stored or earlier in this import, another key may not take it.
    const owner = targetByCode.get(next.code)
    if (owner && naturalKey(owner, owner.name) !== key) {
      state.problem(
        name,
        line,
        '指标编码',
        next.code,
        problemOf('codeTaken', { year: owner.year, unit: owner.unit, scope: owner.scope, name: owner.name }),
      )
      return
    }
    if (parseTargetRecord(next).kind === 'unknown')
      state.notices.push(noticeOf('targetUnknown', { line, target: t.targetText }, name))
    know(next)
    state.plan(planned('targets', name, line, next, before), formKey)
  }
  return { check, lookup: (code) => targetByCode.get(code) ?? byDerived().get(code) }
}

/**
 * Notices of indicators that will score nothing: no 分值 of their own under a 一级 with no
 * default weight (a 部门整体 framework's 运行成本, or none at all), one per file and 一级.
 */
export function unweightedNotices(rows: readonly PlannedRow[]): ImportNotice[] {
  const counts = new Map<string, { file: string; level: string; n: number }>()
  for (const row of rows) {
    if (row.table !== 'targets') continue
    const { level1, weight } = row.record
    if (weight !== undefined || DEFAULT_SETTINGS.weights.levels[level1] !== undefined) continue
    const key = joinKey(row.file, level1)
    const entry = counts.get(key) ?? counts.set(key, { file: row.file, level: level1, n: 0 }).get(key)!
    entry.n += 1
  }
  return [...counts.values()].map(({ file, level, n }) =>
    level ? noticeOf('unweightedLevel', { level, n }, file) : noticeOf('unweightedNoLevel', { n }, file),
  )
}
