import { describe, expect, it } from 'vitest'
import { checkEntry, entryFileName, entryOfFileName, type EntryValues } from '@/io/entryPlan'
import { actual, budgetLine, dataset, target } from './fixtures'

const values = (actualText: string, more: Partial<EntryValues> = {}): EntryValues => ({
  actual: actualText,
  forecast: '',
  likelihood: '',
  reason: '',
  action: '',
  ...more,
})

describe("an entry checked by the importer's own path", () => {
  const a = target('培训次数', { targetText: '≥4次', code: 'T-1' })
  const b = target('就业人数', { targetText: '≥500人', code: 'T-2', position: 3 })
  const line = budgetLine('人员经费', 100)
  const stored = dataset({ targets: [a, b], budgets: [line], actuals: [actual(a, 2, '2次')] })
  const key = { unit: '测试局', year: 2024, month: 9 as const, byMonth: false }
  const run = (lines: { code: string; values: EntryValues }[], spent = '') =>
    checkEntry(
      stored,
      key,
      lines,
      [{ budgetId: line.id, scope: line.scope, item: line.item, spent, forecast: spent ? '95' : '' }],
      entryFileName(2024, '第3季度'),
    )

  it("says what is wrong with a value in the importer's words, against the line it was typed on", () => {
    const { problems, plan } = run(
      [
        { code: 'T-1', values: values('七十') },
        { code: 'T-2', values: values('30次') },
      ],
      '九十',
    )
    expect(problems.get('T-1')!.map((p) => [p.column, p.found, p.expected])).toEqual([['实际值', '七十', '不是数字']])
    expect(problems.get('T-2')!.map((p) => [p.found, p.expected])).toEqual([
      ['30次', "的单位 '次' 与指标值的单位 '人' 不一致"],
    ])
    expect(problems.get(line.id)!.map((p) => [p.column, p.found, p.expected])).toEqual([['执行数', '九十', '不是数字']])
    expect(plan.counts.added).toBe(0)
  })

  it('warns of an unlikely value against its own line, and plans it all the same', () => {
    const { warnings, problems, plan } = run([
      { code: 'T-2', values: values('600人') },
      { code: 'T-1', values: values('-1') },
    ])
    expect([...warnings].map(([code, ws]) => [code, ws.map((w) => w.code)])).toEqual([
      ['T-1', ['implausibleNegative', 'implausibleBelow']],
    ])
    expect(warnings.get('T-1')![0]!.params).toMatchObject({ value: '-1', previous: '2次' })
    expect([...problems]).toEqual([])
    expect(plan.counts.added).toBe(2)
    // 21 is more than ten times the 2次 of 第2季度; 20 is not.
    expect(
      run([{ code: 'T-1', values: values('21') }])
        .warnings.get('T-1')!
        .map((w) => w.code),
    ).toEqual(['implausibleJump'])
    expect([...run([{ code: 'T-1', values: values('20') }]).warnings]).toEqual([])
  })

  it('plans good values as added at the period, a blank line as not reported, and names the batch', () => {
    const { problems, plan } = run(
      [
        { code: 'T-1', values: values('3次', { reason: '场地未落实', likelihood: '有可能' }) },
        { code: 'T-2', values: values('') },
      ],
      '60',
    )
    expect([...problems]).toEqual([])
    expect(plan.counts).toEqual({ added: 2, updated: 0, unchanged: 0, skipped: 0 })
    expect(plan.rows.map((r) => [r.table, r.file])).toEqual([
      ['actuals', '在线填报 2024年第3季度'],
      ['spending', '在线填报 2024年第3季度 · 预算执行'],
    ])
    expect(plan.rows[0]!.record).toMatchObject({
      indicatorCode: 'T-1',
      month: 9,
      actualText: '3次',
      reason: '场地未落实',
      likelihood: '有可能',
    })
    expect(plan.rows[0]!.record).not.toHaveProperty('byMonth')
    expect(plan.rows[1]!.record).toMatchObject({ spent: 60, forecast: 95 })
  })

  it('a period given by month keeps it as a month; editing a stored value is an update', () => {
    const monthly = checkEntry(
      stored,
      { ...key, month: 7, byMonth: true },
      [{ code: 'T-1', values: values('3次') }],
      [],
      'x',
    )
    expect(monthly.plan.rows[0]!.record).toMatchObject({ month: 7, byMonth: true })
    const edit = checkEntry(
      stored,
      { ...key, month: 6 },
      [
        { code: 'T-1', values: values('2次') },
        { code: 'T-2', values: values('') },
      ],
      [],
      'x',
    )
    expect(edit.plan.counts).toEqual({ added: 0, updated: 0, unchanged: 1, skipped: 0 })
    const changed = checkEntry(stored, { ...key, month: 6 }, [{ code: 'T-1', values: values('3次') }], [], 'x')
    expect(changed.plan.counts.updated).toBe(1)
  })

  it('a side with no lines is not checked at all; a problem finds its line past lines of no stored indicator', () => {
    const actualsOnly = checkEntry(stored, key, [{ code: 'T-1', values: values('3次') }], [], 'x')
    const spendingOnly = checkEntry(
      stored,
      key,
      [],
      [{ budgetId: line.id, scope: line.scope, item: line.item, spent: '60', forecast: '' }],
      'x',
    )
    expect([actualsOnly.plan.problems, spendingOnly.plan.problems]).toEqual([[], []])
    const { problems } = run([
      { code: 'GONE', values: values('1次') },
      { code: 'T-1', values: values('3次') },
      { code: 'T-2', values: values('七十') },
    ])
    expect([...problems.keys()]).toEqual(['T-2'])
  })
})

describe("an entry batch's name", () => {
  it('reads back the year and period it was written with, to be said in another language', () => {
    expect(entryOfFileName(entryFileName(2024, '第4季度'))).toEqual({
      year: 2024,
      period: { month: 12, byMonth: false },
    })
    expect(entryOfFileName(entryFileName(2024, '1-7月'))).toEqual({ year: 2024, period: { month: 7, byMonth: true } })
    expect(entryOfFileName(entryFileName(2023, '1-6月'))).toEqual({ year: 2023, period: { month: 6, byMonth: true } })
    expect(entryOfFileName(entryFileName(2024, '1月'))).toEqual({ year: 2024, period: { month: 1, byMonth: true } })
  })

  it('leaves any other name alone', () => {
    expect(entryOfFileName('在线填报 2024年1-13月')).toBeNull()
    expect(entryOfFileName('actuals-2024.csv')).toBeNull()
    expect(entryOfFileName('在线填报 2024年第5季度')).toBeNull()
  })
})
