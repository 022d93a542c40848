/**
 * What guards the typist on the entry screen: text cleaned and cut as it is typed (the
 * text rules every import keeps to), with a note beside the field when something was
 * dropped or cut, and the unlikely values the check tells, each confirmed once.
 */
import { computed, ref, type Ref } from 'vue'
import type { ImportNotice } from '@/domain/model'
import { cleanText, NOTE_LIMIT, type CleanText } from '@/domain/textRules'
import type { EntryCheck, EntryValues } from '@/io/entryPlan'

/** Fields of free text, cut to NOTE_LIMIT as typed. */
const NOTE_FIELDS: readonly string[] = ['reason', 'action']

/** What the rules did to a field's text as last typed. */
export type FieldNote = Pick<CleanText, 'removed' | 'cut'>

/** The guards of an entry, over its check and draft values. */
export function useEntryGuards(
  check: Ref<EntryCheck | null>,
  values: Ref<Record<string, EntryValues>>,
  stored: Ref<Record<string, EntryValues>>,
) {
  /** What was dropped or cut, by `code|field`, until the field is typed in again. */
  const notes = ref<Record<string, FieldNote>>({})
  /** The values confirmed, as `code|value`: another value asks again. */
  const confirmed = ref(new Set<string>())

  /** Text typed into `field` of `code`'s line, as the rules keep it; what they did is noted. */
  function clean(code: string, field: string, typed: string): string {
    const kept = cleanText(typed, NOTE_FIELDS.includes(field) ? NOTE_LIMIT : Infinity)
    const { [`${code}|${field}`]: _old, ...rest } = notes.value
    notes.value = kept.removed > 0 || kept.cut > 0 ? { ...rest, [`${code}|${field}`]: kept } : rest
    return kept.text
  }

  const noteOf = (code: string, field: string): FieldNote | undefined => notes.value[`${code}|${field}`]

  // A value kept as stored was taken before: only a value typed anew is questioned.
  const warnings = computed(
    () =>
      new Map(
        [...(check.value?.warnings ?? new Map<string, ImportNotice[]>())].filter(
          ([code]) => values.value[code]?.actual !== stored.value[code]?.actual,
        ),
      ),
  )
  const confirmKey = (code: string) => `${code}|${values.value[code]?.actual ?? ''}`
  const isConfirmed = (code: string): boolean => confirmed.value.has(confirmKey(code))

  /** Confirms (or takes back) the value of `code`'s line as meant. */
  function confirm(code: string, yes: boolean): void {
    const next = new Set(confirmed.value)
    if (yes) next.add(confirmKey(code))
    else next.delete(confirmKey(code))
    confirmed.value = next
  }

  /** Lines with an unlikely value not yet confirmed: saving waits for them. */
  const unconfirmed = computed(() => [...warnings.value.keys()].filter((code) => !isConfirmed(code)))

  return { clean, noteOf, warnings, isConfirmed, confirm, unconfirmed }
}
