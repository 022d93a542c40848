/**
 * The levels of an indicator block as its rows carry them down, and its parent rows: a row
 * for a 一级 or 二级 (`产出指标 | | | 50`, `数量指标 | | | 20`) whose 分值 and 得分 sum its
 * sub-items. A parent row is never an indicator; where its sum is not its sub-items' the
 * form's preview says so.
 */
import { parseLooseNumber } from '@/domain/number'
import type { Located } from './formArea'
import type { IndicatorField } from './formLabels'

/** A row's values by field, each with its cell (an indicator row's `values`). */
type RowValues = Partial<Record<IndicatorField, Located>>

/** A parent row's 分值 or 得分 that is not the sum of its sub-items'. */
export interface SubtotalMismatch {
  /** The 一级 or 二级 the row is for. */
  level: string
  field: 'weight' | 'formScore'
  /** The cell of the row's figure. */
  cell: string
  given: number
  sum: number
}

/** A parent row: the level it is for, and its figures. */
interface ParentRow {
  level1: string
  /** Set on a 二级's row. */
  level2?: string
  weight?: Located
  formScore?: Located
}

/**
 * The 一级 and 二级 as rows carry them down: a blank cell continues the one above (a merged
 * cell saved as CSV), and a new 一级 starts with no 二级 until a row gives one.
 */
export class LevelCarry {
  private level1: Located | undefined
  private level2: Located | undefined
  private readonly parents: ParentRow[] = []

  /** Takes a row's own level cells; fills the row's levels with those carried down. */
  carry(values: RowValues): void {
    const { level1, level2 } = values
    if (level1 && level1.value !== this.level1?.value) {
      this.level1 = level1
      this.level2 = level2
    } else if (level2) this.level2 = level2
    if (this.level1) values.level1 = this.level1
    else delete values.level1
    if (this.level2) values.level2 = this.level2
    else delete values.level2
  }

  /**
   * Takes a row with no indicator name (or one that repeats its level, a merge across), after
   * `carry`: a parent row when it gives a level of its own; true when it was one.
   */
  parent(values: RowValues, own: { level1?: Located; level2?: Located }): boolean {
    if (!own.level1 && !own.level2) return false
    const level1 = values.level1?.value ?? ''
    // A 二级 of its own that does not just repeat the 一级 (a merge across the row) makes a 二级's row.
    const ofLevel2 = own.level2 !== undefined && own.level2.value !== own.level1?.value
    this.parents.push({
      level1,
      ...(ofLevel2 && { level2: own.level2!.value }),
      ...(values.weight && { weight: values.weight }),
      ...(values.formScore && { formScore: values.formScore }),
    })
    return true
  }

  /**
   * The parent rows whose 分值 or 得分 is not the sum of their indicators' (of the same 一级,
   * and 二级 on a 二级's row). A figure none of its indicators gives is not checked.
   */
  mismatches(rows: readonly { values: RowValues }[]): SubtotalMismatch[] {
    const found: SubtotalMismatch[] = []
    for (const parent of this.parents) {
      const under = rows.filter(
        (r) =>
          (r.values.level1?.value ?? '') === parent.level1 &&
          (parent.level2 === undefined || r.values.level2?.value === parent.level2),
      )
      for (const field of ['weight', 'formScore'] as const) {
        const given = parent[field] && parseLooseNumber(parent[field].value)
        if (given === undefined || given === null) continue
        const figures = under.flatMap((r) => {
          const n = r.values[field] && parseLooseNumber(r.values[field].value)
          return typeof n === 'number' ? [n] : []
        })
        if (figures.length === 0) continue
        const sum = Math.round(figures.reduce((s, n) => s + n, 0) * 100) / 100
        if (Math.abs(sum - given) >= 0.005)
          found.push({ level: parent.level2 ?? parent.level1, field, cell: parent[field]!.cell, given, sum })
      }
    }
    return found
  }
}
