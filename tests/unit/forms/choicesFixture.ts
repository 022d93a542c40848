/**
 * A workbook with the two choices the preview asks for: a project form that prints no
 * unit (部门名称 blank, no 实施单位 or 主管部门), and two 申报表 of the same unit-year-类别
 * (九江市甲局 · 2024 · 项目1) that differ in one target, on a sheet of their own.
 */
import { stacked, workbook, type FormSheet } from './formFixtures'
import { projectForm } from './manyFormsFixture'

export const DUPLICATE_UNIT = '九江市甲局'
export const GIVEN_UNIT = '九江市丁局'
/** The first indicator's target on the first form of the pair, and on the second. */
export const FIRST_TARGETS = ['2场', '3场'] as const

/** The project form with its first indicator's target set to `target`. */
const withTarget =
  (unit: string, scope: string, target: string) =>
  (startRow: number): FormSheet => {
    const form = projectForm(unit, scope)(startRow)
    const rows = form.rows.map((row) => [...row])
    rows[8]![4] = target
    return { ...form, rows }
  }

/** A workbook of one form, 九江市甲局's 项目1 with its first target `target`: chosen twice, a pair across files. */
export function oneFormWorkbook(target: string): Uint8Array {
  return workbook([stacked('甲局', withTarget(DUPLICATE_UNIT, '项目1', target))])
}

/** Sheet 无单位: 项目0 with no unit; sheet 甲局: 项目1 twice; with `identical`, the pair's second is the same as its first. */
export function choicesWorkbook(identical = false): Uint8Array {
  return workbook([
    stacked('无单位', projectForm('', '项目0')),
    stacked(
      '甲局',
      withTarget(DUPLICATE_UNIT, '项目1', FIRST_TARGETS[0]),
      withTarget(DUPLICATE_UNIT, '项目1', FIRST_TARGETS[identical ? 0 : 1]),
    ),
  ])
}
