import { describe, expect, it } from 'vitest'
import { importProgress } from '@/stores/importProgress'

const file = (progress: number, read = false) => ({ summary: read ? {} : null, progress })

describe('the import progress bar', () => {
  it('reading fills 0–60 by the mean share of the files, a file read counting whole', () => {
    // (1 + 0.5 + 0) / 3 = 0.5 of 60.
    expect(importProgress('reading', [file(0.2, true), file(0.5), file(0)], 0)).toBe(30)
    expect(importProgress('reading', [], 0)).toBe(0)
  })

  it('checking fills 60–75 and writing 75–100 by the step share', () => {
    expect(importProgress('validating', [], 0.4)).toBe(66)
    expect(importProgress('committing', [], 0.5)).toBe(88)
  })

  it('is full when ready or done, empty when idle', () => {
    expect([importProgress('ready', [], 0), importProgress('done', [], 0), importProgress('idle', [], 1)]).toEqual([
      100, 100, 0,
    ])
  })
})
