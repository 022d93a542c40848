import { describe, expect, it } from 'vitest'
import { readImportFile } from '@/io/importFile'
import { departmentApplication, monitoring, stacked, workbook } from './formFixtures'
import { projectForm } from './manyFormsFixture'

/** The seed's department form with its 部门（单位）名称 blank. */
function departmentWithoutUnit(startRow: number) {
  const form = departmentApplication(startRow)
  const rows = form.rows.map((row) => [...row])
  rows[2]![2] = null
  return { ...form, rows }
}

describe('a unit given for a form that prints none', () => {
  it('a department form: asked as 部门（单位）名称; given, every row of every kind carries it', async () => {
    const read = await readImportFile(workbook([stacked('部门', departmentWithoutUnit)]), '部门.xlsx')
    expect(read.forms.map((f) => [f.key, f.needsUnit, f.missing])).toEqual([['部门!A1', true, ['部门（单位）名称']]])
    const given = read.withUnits!(new Map([['部门!A1', '  九江市戊局 ']]))
    expect(given.forms.map((f) => [f.unit, f.needsUnit, f.unitGiven, f.missing])).toEqual([
      ['九江市戊局', false, true, []],
    ])
    // 17 indicators; the budget: 人员经费, 公用经费, 项目经费, three 任务 and last year's line.
    expect(given.parts.map((p) => [p.kind, p.tagged?.records.length])).toEqual([
      ['targets', 17],
      ['budget', 7],
      ['spending', 1],
    ])
    const units = new Set(
      given.parts.flatMap((p) => (p.tagged?.records ?? []).map((r) => (r as { unit: string }).unit)),
    )
    expect([...units]).toEqual(['九江市戊局'])
    expect(given.forms[0]!.fields.find((f) => f.key === 'givenUnit')).toEqual({
      key: 'givenUnit',
      label: '单位',
      value: '九江市戊局',
      cell: '',
    })
  })

  it('a form that prints its unit keeps it; a unit given to another key, or blank, changes nothing', async () => {
    const read = await readImportFile(
      workbook([stacked('表', projectForm('九江市甲局', '项目1'), projectForm('', '项目2'))]),
      '两张.xlsx',
    )
    const keys = read.forms.map((f) => f.key)
    expect(keys).toEqual(['表!A1', '表!A24'])
    const given = read.withUnits!(
      new Map([
        ['表!A1', '九江市乙局'],
        ['表!A24', ' '],
      ]),
    )
    expect(given.forms.map((f) => [f.unit, f.needsUnit, f.unitGiven])).toEqual([
      ['九江市甲局', false, false],
      ['', true, false],
    ])
    expect(given.parts.map((p) => p.fileName)).toEqual(read.parts.map((p) => p.fileName))
  })

  it('a 监控表 with 主管部门 and 实施单位 blank: its values and spending carry the unit given too', async () => {
    const sheet = monitoring()
    const rows = sheet.rows.map((row) => [...row])
    rows[2]![5] = null
    rows[2]![8] = null
    const read = await readImportFile(workbook([{ ...sheet, rows }]), '监控.xlsx')
    expect(read.forms.map((f) => [f.key, f.needsUnit, f.missing])).toEqual([['监控表!A1', true, ['实施单位']]])
    const given = read.withUnits!(new Map([['监控表!A1', '九江市己局']]))
    const unitsOf = (kind: string) => [
      ...new Set(
        given.parts
          .filter((p) => p.kind === kind)
          .flatMap((p) => (p.tagged?.records ?? []).map((r) => (r as { unit: string }).unit)),
      ),
    ]
    expect(['targets', 'budget', 'actuals', 'spending'].map(unitsOf)).toEqual([
      ['九江市己局'],
      ['九江市己局'],
      ['九江市己局'],
      ['九江市己局'],
    ])
  })
})
