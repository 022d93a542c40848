// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest'
import { ref } from 'vue'
import type { ImportNotice } from '@/domain/model'
import type { EntryCheck, EntryValues } from '@/io/entryPlan'
import { draftKey, draftMonthsOf, forgetDraft, keepDraft, readDraft, storedDraft } from '@/stores/entryDrafts'
import { useEntryGuards } from '@/stores/entryGuards'
import { actual, budgetLine, spent, target } from './fixtures'

const values = (actual: string): EntryValues => ({ actual, forecast: '', likelihood: '', reason: '', action: '' })
const warning = (code: string): ImportNotice => ({ text: '', code, params: { line: 2 } })
const checkWith = (warnings: [string, ImportNotice[]][]) =>
  ({ plan: {}, problems: new Map(), warnings: new Map(warnings) }) as unknown as EntryCheck

describe('the entry guards', () => {
  it('keep typed text to the rules and note what they dropped or cut, until the field is typed in again', () => {
    const guards = useEntryGuards(ref(null), ref({}), ref({}))
    expect(guards.clean('T-1', 'reason', '因'.repeat(5000))).toBe('因'.repeat(500))
    expect(guards.noteOf('T-1', 'reason')).toEqual({ text: '因'.repeat(500), removed: 0, cut: 4500 })
    expect(guards.clean('T-1', 'actual', '\u202E12个')).toBe('12个')
    expect(guards.noteOf('T-1', 'actual')).toMatchObject({ removed: 1, cut: 0 })
    // A value is cut only where the field is a note.
    expect(guards.clean('T-1', 'actual', '1'.repeat(600))).toHaveLength(600)
    expect(guards.noteOf('T-1', 'actual')).toBeUndefined()
    expect(guards.clean('T-1', 'reason', '场地未落实')).toBe('场地未落实')
    expect(guards.noteOf('T-1', 'reason')).toBeUndefined()
  })

  it('hold a save back until each unlikely value is confirmed, and ask again for another value', () => {
    const typed = ref<Record<string, EntryValues>>({ 'T-1': values('-5'), 'T-2': values('12,000') })
    const check = ref<EntryCheck | null>(
      checkWith([
        ['T-1', [warning('implausibleNegative'), warning('implausibleBelow')]],
        ['T-2', [warning('implausibleJump')]],
      ]),
    )
    const stored = ref<Record<string, EntryValues>>({ 'T-1': values('3个'), 'T-2': values('12,000') })
    const guards = useEntryGuards(check, typed, stored)
    // A value kept as stored is not asked about again.
    expect(guards.unconfirmed.value).toEqual(['T-1'])
    stored.value = { 'T-1': values('3个'), 'T-2': values('11个') }
    expect(guards.unconfirmed.value).toEqual(['T-1', 'T-2'])
    // One confirmation covers both warnings of a value.
    guards.confirm('T-1', true)
    expect(guards.unconfirmed.value).toEqual(['T-2'])
    guards.confirm('T-2', true)
    expect(guards.unconfirmed.value).toEqual([])
    typed.value = { ...typed.value, 'T-2': values('13,000') }
    expect(guards.isConfirmed('T-2')).toBe(false)
    expect(guards.unconfirmed.value).toEqual(['T-2'])
    guards.confirm('T-1', false)
    expect(guards.unconfirmed.value).toEqual(['T-1', 'T-2'])
  })
})

describe('the entry drafts', () => {
  afterEach(() => localStorage.clear())

  it('name the periods of a unit-year that hold one, and no other unit-year’s', () => {
    const draft = { values: { 'T-1': values('3个') }, spending: {} }
    keepDraft(draftKey('测试局', 2024, 12), draft)
    keepDraft(draftKey('测试局', 2024, 9), draft)
    keepDraft(draftKey('测试局', 2023, 6), draft)
    keepDraft(draftKey('测试局乙', 2024, 3), draft)
    expect(draftMonthsOf('测试局', 2024)).toEqual([9, 12])
    expect(readDraft(draftKey('测试局', 2024, 9))).toEqual(draft)
    forgetDraft(draftKey('测试局', 2024, 9))
    expect(draftMonthsOf('测试局', 2024)).toEqual([12])
    expect(readDraft(draftKey('测试局', 2024, 9))).toBeNull()
  })

  it('read a draft that cannot be read as none', () => {
    localStorage.setItem(draftKey('测试局', 2024, 3), '{not json')
    expect(readDraft(draftKey('测试局', 2024, 3))).toBeNull()
  })
})

describe('the lines as stored for a period', () => {
  it('give each indicator its stored fields, and nothing for one not reported; each budget line its spending', () => {
    const a = target('培训次数', { code: 'T-1' })
    const b = target('就业人数', { code: 'T-2' })
    const line = budgetLine('人员经费', 100)
    const other = budgetLine('公用经费', 50)
    const value = actual(a, 3, '3次', { reason: '场地未落实', likelihood: '有可能' })
    const draft = storedDraft([a, b], [line, other], new Map([['T-1', value]]), [spent(line, 3, 60, { forecast: 95 })])
    expect(draft).toEqual({
      values: {
        'T-1': { actual: '3次', forecast: '', likelihood: '有可能', reason: '场地未落实', action: '' },
        'T-2': values(''),
      },
      spending: { [line.id]: { spent: '60', forecast: '95' }, [other.id]: { spent: '', forecast: '' } },
    })
  })
})
