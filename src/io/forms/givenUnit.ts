/**
 * A form whose unit is not printed on it (实施单位, 主管部门 and the department's name all
 * blank) is not a dead end: the preview asks for the unit once for the whole form, and the
 * form is read again as if the unit were printed on it.
 */
import type { FormRead } from './readForm'

/** The labels a form without a unit is missing: 实施单位 on a project form, 部门（单位）名称 on a department form. */
export const UNIT_MISSING_LABELS: readonly string[] = ['实施单位', '部门（单位）名称']

/** The units given by the user, by the form's key (formKeyOf) within its file. */
export type GivenUnits = ReadonlyMap<string, string>

/** A form's key within its file: the cell of its title (with its sheet, on a workbook). */
export const formKeyOf = (form: Pick<FormRead, 'title'>): string => form.title.cell

/** Whether the form could not read its unit. */
export const needsUnit = (form: Pick<FormRead, 'missing'>): boolean =>
  form.missing.some((label) => UNIT_MISSING_LABELS.includes(label))

/**
 * The form with the unit the user gave, when it needs one and one was given: the unit
 * stands at the title's cell (the form names no cell of its own for it), and the form is
 * missing the unit no longer. Any other form is returned as it is.
 */
export function withGivenUnit(form: FormRead, units: GivenUnits): FormRead {
  const unit = units.get(formKeyOf(form))?.trim()
  if (!unit || !needsUnit(form)) return form
  return {
    ...form,
    unit: { value: unit, cell: form.title.cell },
    unitFrom: 'given',
    missing: form.missing.filter((label) => !UNIT_MISSING_LABELS.includes(label)),
  }
}
