import { describe, expect, it } from 'vitest'
import { batchRecord, importCounts } from '@/domain/batchRecord'

describe('importCounts', () => {
  it('puts every count not given at zero', () => {
    expect(importCounts({})).toEqual({ added: 0, updated: 0, unchanged: 0, skipped: 0 })
    expect(importCounts({ updated: 3 })).toEqual({ added: 0, updated: 3, unchanged: 0, skipped: 0 })
  })
})

describe('batchRecord', () => {
  const counts = importCounts({ added: 2, skipped: 1 })

  it('records an import with its file, its time and who made it', () => {
    expect(
      batchRecord({
        kind: 'actuals',
        fileName: 'q3.csv',
        size: 120,
        sha256: 'ab12',
        importedAt: 1_700_000_000_000,
        counts,
        by: '王明',
      }),
    ).toStrictEqual({
      kind: 'actuals',
      fileName: 'q3.csv',
      size: 120,
      sha256: 'ab12',
      importedAt: 1_700_000_000_000,
      counts: { added: 2, updated: 0, unchanged: 0, skipped: 1 },
      sample: false,
      by: '王明',
    })
  })

  it('leaves out what is not known, and marks only the sample load as the sample', () => {
    expect(batchRecord({ kind: 'undo', fileName: 'a.csv、b.csv', importedAt: 5, counts, by: '' })).toStrictEqual({
      kind: 'undo',
      fileName: 'a.csv、b.csv',
      importedAt: 5,
      counts,
      sample: false,
    })
    expect(batchRecord({ kind: 'sample', fileName: '示例数据', importedAt: 6, counts })).toStrictEqual({
      kind: 'sample',
      fileName: '示例数据',
      importedAt: 6,
      counts,
      sample: true,
    })
  })
})
