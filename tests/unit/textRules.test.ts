import { describe, expect, it } from 'vitest'
import {
  cleanText,
  hasUnwanted,
  NAME_LIMIT,
  NOTE_LIMIT,
  REPORTER_LIMIT,
  stripUnwanted,
  textLength,
} from '@/domain/textRules'

describe('stripUnwanted', () => {
  it('drops a direction override, so a name is not shown reversed', () => {
    expect(stripUnwanted('\u202E局务商区桑柴')).toEqual({ text: '局务商区桑柴', removed: 1 })
  })

  it('drops control characters, direction marks and isolates, and invisible spaces, keeping tab and line breaks', () => {
    const typed = 'a\u0000b\u0007c\u001Bd\u007Fe\u0085f\u200Eg\u200Fh\u2066i\u2069j\u061Ck\u200Bl\uFEFFm\tn\no\r'
    expect(stripUnwanted(typed)).toEqual({ text: 'abcdefghijklm\tn\no\r', removed: 12 })
  })

  it('tells whether text holds any, at any place, however often asked', () => {
    expect([hasUnwanted('测试局'), hasUnwanted('测试\u202E局'), hasUnwanted('\u0000'), hasUnwanted('a\tb\nc')]).toEqual(
      [false, true, true, false],
    )
    expect([hasUnwanted('x\u2066'), hasUnwanted('x\u2066')]).toEqual([true, true])
  })

  it('leaves ordinary text alone', () => {
    expect(stripUnwanted('九江市柴桑区商务局（≥100亿元）')).toEqual({
      text: '九江市柴桑区商务局（≥100亿元）',
      removed: 0,
    })
  })
})

describe('cleanText', () => {
  it('cuts text past the limit and says by how much', () => {
    const long = '因'.repeat(5000)
    const kept = cleanText(long, NOTE_LIMIT)
    expect(kept.text).toBe('因'.repeat(500))
    expect(kept.cut).toBe(4500)
    expect(kept.removed).toBe(0)
  })

  it('keeps text at the limit whole', () => {
    expect(cleanText('因'.repeat(500), NOTE_LIMIT)).toEqual({ text: '因'.repeat(500), removed: 0, cut: 0 })
  })

  it('strips before counting, and counts a character outside the BMP as one', () => {
    expect(cleanText('ab\u202Ec', 3)).toEqual({ text: 'abc', removed: 1, cut: 0 })
    expect(cleanText('😀😀😀', 2)).toEqual({ text: '😀😀', removed: 0, cut: 1 })
    expect(textLength('😀a')).toBe(2)
  })

  it('has the limits of the fields', () => {
    expect([NOTE_LIMIT, NAME_LIMIT, REPORTER_LIMIT]).toEqual([500, 100, 50])
  })
})
