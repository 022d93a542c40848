import { describe, expect, it } from 'vitest'
import { fromColumns, toColumns } from '@/db/columns'
import { documentsOf, emptyDocument, mergeRows, unchangedHeld } from '@/db/documents'
import { catalogLineOf } from '@/db/catalogLines'
import { decodeBefore, decodeDocument, encodeBefore, encodeDocument } from '@/db/storedForm'
import { actual, budgetLine, dataset, spent, target, UNIT } from './fixtures'

describe('rows stored as columns', () => {
  it('gives back every row with exactly the fields it had', () => {
    const rows = [{ a: 1, b: 'x' }, { a: 2, c: true }, { b: 'z' }, {}]
    const columns = toColumns(rows)
    // Numbers and booleans as arrays; texts (or none) joined into one string.
    expect(columns).toEqual({
      length: 4,
      fields: { a: [1, 2, undefined, undefined], c: [undefined, true, undefined, undefined] },
      texts: { b: 'x\u0000\u0001\u0000z\u0000\u0001' },
    })
    expect(fromColumns(columns)).toEqual(rows)
    expect(fromColumns(toColumns([]))).toEqual([])
  })

  it('keeps texts that hold the joining characters, or mix with numbers, as arrays', () => {
    const rows = [{ t: 'a\u0000b' }, { t: 'c' }, { n: 'x' }, { n: 3 }, { s: '\u0001' }, { s: '' }]
    const columns = toColumns(rows)
    expect(Object.keys(columns.fields).sort()).toEqual(['n', 's', 't'])
    expect(fromColumns(columns)).toEqual(rows)
    expect(fromColumns(toColumns([{ e: '' }, { e: 'y' }]))).toEqual([{ e: '' }, { e: 'y' }])
  })

  it('keeps a value every row shares once, and gives it back to every row', () => {
    const rows = [
      { year: 2024, unit: '甲局', name: '培训次数' },
      { year: 2024, unit: '甲局', name: '满意度' },
    ]
    const columns = toColumns(rows)
    expect(columns).toEqual({
      length: 2,
      fields: {},
      same: { year: 2024, unit: '甲局' },
      texts: { name: '培训次数\u0000满意度' },
    })
    expect(fromColumns(columns)).toEqual(rows)
    // Shared only when every row has it: a row lacking the field keeps it a column.
    expect(toColumns([{ a: 1 }, {}]).fields).toEqual({ a: [1, undefined] })
    expect(toColumns([{ a: 'x' }, {}]).texts).toEqual({ a: 'x\u0000\u0001' })
    expect(toColumns([{ a: 1 }]).same).toEqual({ a: 1 })
  })

  it('keeps falsy values (0, empty text, false) and drops only absent ones', () => {
    const rows = [{ spent: 0, reason: '', sample: false, weight: undefined }]
    expect(fromColumns(toColumns(rows))).toEqual([{ spent: 0, reason: '', sample: false }])
    expect(Object.keys(fromColumns<object>(toColumns(rows))[0]!)).toEqual(['spent', 'reason', 'sample'])
  })

  it('stores a table it read and did not change as it was read', () => {
    const t = target('培训次数')
    const stored = encodeDocument(documentsOf(dataset({ targets: [t] }))[0]!)
    const read = decodeDocument(stored)
    expect(encodeDocument({ ...read, actuals: [actual(t, 1, '1次')] }).targets).toBe(stored.targets)
    expect(encodeDocument({ ...read, targets: [...read.targets] }).targets).not.toBe(stored.targets)
  })

  it('survives a structured clone, as IndexedDB stores it', () => {
    const t = target('培训次数', { weight: 5 })
    const document = documentsOf(
      dataset({
        targets: [t],
        actuals: [actual(t, 3, '4次', { reason: '进度慢' }), actual(t, 1, '1次', { month: 7, byMonth: true })],
      }),
    )[0]!
    expect(decodeDocument(structuredClone(encodeDocument(document)))).toEqual(document)
  })
})

describe('unit-year documents', () => {
  const a = target('培训次数')
  const b = target('满意度', { targetText: '≥90%', position: 3 })
  const line = budgetLine('人员经费', 100)

  it('group rows by unit-year, year first', () => {
    const other = target('培训次数', { year: 2023 })
    const documents = documentsOf(
      dataset({
        targets: [a, other, b],
        budgets: [line],
        actuals: [actual(a, 1, '2次')],
        spending: [spent(line, 2, 40)],
      }),
    )
    expect(
      documents.map((d) => [d.year, d.unit, d.targets.length, d.budgets.length, d.actuals.length, d.spending.length]),
    ).toEqual([
      [2024, UNIT, 2, 1, 1, 1],
      [2023, UNIT, 1, 0, 0, 0],
    ])
  })

  it('merge a value in place or at the end, leaving the document read untouched, and name the tables written', () => {
    const [document] = documentsOf(dataset({ targets: [a, b], actuals: [actual(a, 1, '2次'), actual(b, 1, '91%')] }))
    const { merged, tables } = mergeRows(document!, [
      { table: 'actuals', record: actual(a, 1, '3次') },
      { table: 'actuals', record: actual(a, 2, '5次') },
    ])
    expect(tables).toEqual(['actuals'])
    expect(merged.actuals.map((x) => [x.month, x.actualText])).toEqual([
      [3, '3次'],
      [3, '91%'],
      [6, '5次'],
    ])
    expect(merged.targets).toBe(document!.targets)
    expect(document!.actuals.map((x) => x.actualText)).toEqual(['2次', '91%'])
  })

  it('sum up as a catalog line: the periods named as given and the rows per table; none without targets or budget', () => {
    const [document] = documentsOf(
      dataset({
        targets: [a],
        budgets: [line],
        actuals: [actual(a, 3, '4次'), actual(a, 1, '3次', { month: 7, byMonth: true })],
        spending: [spent(line, 2, 40)],
      }),
    )
    expect(catalogLineOf(document!)).toEqual({
      unit: UNIT,
      year: 2024,
      periods: [
        { month: 6, byMonth: false },
        { month: 7, byMonth: true },
        { month: 9, byMonth: false },
      ],
      counts: { targets: 1, budgets: 1, actuals: 2, spending: 1 },
      stamp: expect.any(Number),
    })
    expect(
      catalogLineOf({ year: 2024, unit: UNIT, targets: [], budgets: [], actuals: [actual(a, 1, '1次')], spending: [] }),
    ).toBeNull()
  })

  it('keep what a batch changed as columns, and read it back as rows', () => {
    const record = {
      batchId: 7,
      documents: [
        { key: [2024, UNIT] as [number, string], parts: { actuals: [actual(a, 1, '2次')] } },
        { key: [2023, UNIT] as [number, string], parts: null },
      ],
    }
    const stored = encodeBefore(record)
    expect(stored.documents[0]!.parts!.actuals!.length).toBe(1)
    expect(decodeBefore(structuredClone(stored))).toEqual(record)
  })
})

describe('documents held by an import', () => {
  it('are taken again only while their stamps are unchanged', () => {
    const document = emptyDocument([2024, UNIT])
    const held = new Map([
      ['a', { document, stamp: 3 }],
      ['b', { document, stamp: 3 }],
      ['c', { document, stamp: 3 }],
    ])
    const stamps = new Map([
      ['a', 3],
      ['b', 4],
    ])
    expect(unchangedHeld(held, 'a', stamps)).toEqual({ document, stamp: 3 })
    expect(unchangedHeld(held, 'b', stamps)).toBeUndefined()
    expect(unchangedHeld(held, 'c', stamps)).toBeUndefined()
    expect(unchangedHeld(held, 'd', stamps)).toBeUndefined()
  })
})
