import { describe, expect, it } from 'vitest'
import { choiceParts, chosenIn, duplicateGroups, duplicateKey } from '@/io/formDuplicates'
import type { FormSummary } from '@/io/forms/formParts'
import type { FileSummary } from '@/io/importSummary'

/** A form found, as the reader summarises it: only what the rule reads is set. */
function form(type: FormSummary['type'], month: number | null, extra: Partial<FormSummary> = {}): FormSummary {
  return {
    key: 'A1',
    sheet: null,
    type,
    title: '',
    year: '2024',
    unit: '甲局',
    scope: '项目1',
    period: '',
    month,
    byMonth: true,
    fields: [],
    counts: { targets: 0, budget: 0, actuals: 0, spending: 0 },
    missing: [],
    needsUnit: false,
    unitGiven: false,
    digest: 'd1',
    parts: [`${type}-${month}`],
    ...extra,
  }
}
const file = (id: number, ...forms: FormSummary[]) => ({ id, summary: { forms } as unknown as FileSummary })

describe('which forms of an import are duplicates', () => {
  it('the same kind of form, 年度, 单位, 类别 and period: a pair, across files too', () => {
    const groups = duplicateGroups([file(1, form('monitoring', 7)), file(2, form('monitoring', 7, { digest: 'd2' }))])
    expect(groups.map((g) => [g.key, g.ids, g.identical])).toEqual([
      ['monitoring · 2024 · 甲局 · 项目1 · 7', ['1-0', '2-0'], false],
    ])
  })

  it('a 申报表 and a 监控表 of one unit-year-类别 are no pair: targets and values, imported together', () => {
    expect(duplicateGroups([file(1, form('application', null), form('monitoring', 7))])).toEqual([])
  })

  it('two 监控表 of different periods are no pair; 1-9月 and 第3季度 are the same period', () => {
    expect(duplicateGroups([file(1, form('monitoring', 7), form('monitoring', 9))])).toEqual([])
    const quarter = form('monitoring', 9, { byMonth: false })
    expect(duplicateGroups([file(1, form('monitoring', 9), quarter)]).map((g) => g.ids)).toEqual([['1-0', '1-1']])
  })

  it('another unit, year or 类别 is no pair; a form missing a label is never one', () => {
    const base = form('application', null)
    expect(
      duplicateGroups([
        file(1, base, form('application', null, { unit: '乙局' })),
        file(2, form('application', null, { year: '2025' }), form('application', null, { scope: '项目2' })),
        file(3, form('application', null, { missing: ['三级指标、指标值'] })),
      ]),
    ).toEqual([])
    expect(duplicateKey({ ...base, missing: ['实施单位'] })).toBeNull()
  })

  it('three alike are one group of three, identical when their rows are', () => {
    const groups = duplicateGroups([
      file(1, form('selfEvaluation', 12), form('selfEvaluation', 12)),
      file(4, form('selfEvaluation', 12)),
    ])
    expect(groups.map((g) => [g.ids, g.identical])).toEqual([[['1-0', '1-1', '4-0'], true]])
  })
})

describe('what a choice leaves out', () => {
  const files = [
    file(1, form('application', null, { parts: ['a1', 'a2'] }), form('application', null, { parts: ['b1'] })),
  ]
  const groups = duplicateGroups(files)
  const key = groups[0]!.key

  it('no choice: every form of the group waits; a choice: the others are left out', () => {
    expect(choiceParts(files, groups, new Map())).toEqual({ leftOut: [], waiting: ['a1', 'a2', 'b1'] })
    expect(choiceParts(files, groups, new Map([[key, '1-1']]))).toEqual({ leftOut: ['a1', 'a2'], waiting: [] })
    expect(choiceParts(files, groups, new Map([[key, '1-0']]))).toEqual({ leftOut: ['b1'], waiting: [] })
  })

  it('a choice of a form no longer in the group counts as none', () => {
    expect(chosenIn(groups[0]!, new Map([[key, '2-0']]))).toBeNull()
    expect(choiceParts(files, groups, new Map([[key, '2-0']]))).toEqual({ leftOut: [], waiting: ['a1', 'a2', 'b1'] })
  })
})
