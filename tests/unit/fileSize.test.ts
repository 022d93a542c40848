import { describe, expect, it } from 'vitest'
import { formatFileSize, megabytes } from '@/domain/format'

describe('file sizes', () => {
  it('are megabytes of 1024 × 1024 bytes with one decimal', () => {
    expect(megabytes(0)).toBe('0.0')
    expect(megabytes(1024 * 1024)).toBe('1.0')
    expect(megabytes(50 * 1024 * 1024 + 1)).toBe('50.0')
    expect(megabytes(5_400_000)).toBe('5.1')
  })

  it('are in KB under a megabyte and in MB from there', () => {
    expect(formatFileSize(0)).toBe('0.0 KB')
    expect(formatFileSize(1536)).toBe('1.5 KB')
    expect(formatFileSize(1024 * 1024 - 1)).toBe('1024.0 KB')
    expect(formatFileSize(1024 * 1024)).toBe('1.0 MB')
    expect(formatFileSize(12_345_678)).toBe('11.8 MB')
  })
})
