/**
 * A workbook of nine 项目绩效目标指标表 of three units, stacked three to a sheet as
 * departments keep them. The ninth may carry a real problem: an indicator listed twice
 * (its budget line, in a part of its own, is clean, and must not be written either).
 */
import { projectApplication, stacked, workbook, type FormSheet } from './formFixtures'

/** The units of the nine forms, three forms each, on a sheet named by the unit's last two characters. */
export const NINE_UNITS = ['九江市甲局', '九江市乙局', '九江市丙局'] as const

/** Indicators and budget lines of one form: its 年度资金总额, and its 财政资金 and 其他资金 by source. */
export const FORM_TARGETS = 14
export const FORM_BUDGETS = 3

/** The seed's project form for project `scope` of `unit`; `duplicate` lists its first indicator twice. */
export function projectForm(unit: string, scope: string, duplicate = false) {
  return (startRow: number): FormSheet => {
    const form = projectApplication(startRow)
    const rows = form.rows.map((row) => [...row])
    rows[2]![1] = scope
    rows[2]![4] = unit
    // The second indicator's line takes the first's name: a key given twice.
    if (duplicate) rows[9]![3] = rows[8]![3]!
    return { ...form, rows }
  }
}

/** Nine forms (项目1 … 项目9) on three sheets, one per unit; with `broken`, 项目9 has its indicator twice. */
export function nineForms(broken = true): Uint8Array {
  const sheets = NINE_UNITS.map((unit, u) =>
    stacked(unit.slice(-2), ...[1, 2, 3].map((i) => projectForm(unit, `项目${u * 3 + i}`, broken && u * 3 + i === 9))),
  )
  return workbook(sheets)
}
