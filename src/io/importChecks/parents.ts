import type { Dataset, PlannedParent } from '@/domain/model'
import { unitYearIdOf } from '@/domain/unitYears'
import type { UnitYearParent } from '../rowMapping'
import { noticeOf, problemOf } from '../problemText'
import type { PlanState } from './planState'

/** The 主管部门 check: each unit-year names one, or none; where it changes what is stored, it is planned. */
export interface ParentChecker {
  /** A row's 主管部门 in file `file`; false, with a problem of that cell, when its unit-year already has another one. */
  check(file: string, named: UnitYearParent): boolean
  /** The changes to plan, leaving out the lines that have a problem. */
  planned(skipped: ReadonlySet<string>, lineKey: (file: string, line: number) => string): PlannedParent[]
}

/** Checks the 主管部门 an import names against each other and against the stored ones (`existing.parents`). */
export function parentChecker(state: PlanState, existing: Dataset): ParentChecker {
  const stored = existing.parents ?? new Map<string, string>()
  const first = new Map<string, PlannedParent>()
  // Every line that named it: the 主管部门 stands while one of them is taken.
  const named = new Map<string, { file: string; line: number }[]>()
  return {
    check(file, { line, year, unit, parent }) {
      const k = unitYearIdOf({ year, unit })
      const earlier = first.get(k)
      if (!earlier) {
        first.set(k, { file, line, year, unit, parent, before: stored.get(k) ?? null })
        named.set(k, [{ file, line }])
        return true
      }
      if (earlier.parent === parent) {
        named.get(k)!.push({ file, line })
        return true
      }
      state.problem(
        file,
        line,
        '主管部门',
        parent,
        problemOf('parentConflict', {
          year,
          unit,
          parent: earlier.parent,
          firstLine: earlier.line,
          firstFile: earlier.file === file ? '' : earlier.file,
        }),
      )
      return false
    },
    planned(skipped, lineKey) {
      const changes = [...first].flatMap(([k, p]) => {
        const taken = named.get(k)!.find((at) => !skipped.has(lineKey(at.file, at.line)))
        return p.parent !== p.before && taken ? [{ ...p, ...taken }] : []
      })
      // Told where the unit-year is stored already: there it may be all the import changes.
      const storedUnitYears = changes.length > 0 ? storedKeys(existing) : new Set<string>()
      for (const p of changes) {
        const params = { year: p.year, unit: p.unit, parent: p.parent }
        if (p.before !== null) state.notices.push(noticeOf('parentChanged', { ...params, before: p.before }, p.file))
        else if (storedUnitYears.has(unitYearIdOf(p))) state.notices.push(noticeOf('parentNamed', params, p.file))
      }
      return changes
    },
  }
}

/** The unit-years stored: those with a target or a budget line (a document without either has no catalog line). */
function storedKeys(existing: Dataset): Set<string> {
  const keys = new Set<string>()
  for (const rows of [existing.targets, existing.budgets]) for (const row of rows) keys.add(unitYearIdOf(row))
  return keys
}
