import { computed, reactive, ref, shallowRef, watch, type InjectionKey } from 'vue'
import { evaluateUnitYear } from '@/domain/engine/evaluate'
import {
  CUSTOM_RULES_NAME,
  DEFAULT_RULES,
  DEFAULT_RULES_NAME,
  RULE_FIELDS,
  sameValues,
  settingsOf,
  thresholdText,
  type RuleField,
  type RuleValues,
  type Rules,
} from '@/domain/engine/rules'
import { checkRules } from '@/domain/engine/rulesCheck'
import { rulesImpact } from '@/domain/engine/rulesImpact'
import { useRulesStore } from '@/stores/rules'
import { useUnitDataStore } from '@/stores/unitData'

/** The rules form's draft, as the form provides it to its inputs. */
export const RULES_DRAFT: InjectionKey<ReturnType<typeof useRulesDraft>> = Symbol('rulesDraft')

/**
 * The rules form's draft: the text of each input, the values they read as, the conflicts
 * among them, and what saving them would change in the unit-year on screen. A field left
 * as it was shown keeps its exact value (1/3 stays 1/3, not 0.3333).
 */
export function useRulesDraft() {
  const rules = useRulesStore()
  const unitData = useUnitDataStore()
  /** The rules the draft was loaded from: the ones in force, a preset, or the defaults. */
  const base = shallowRef<Rules>(rules.current)
  const text = reactive(Object.fromEntries(RULE_FIELDS.map((f) => [f, ''])) as Record<RuleField, string>)
  /** Fields the user has typed in: only those show their conflicts. */
  const touched = ref(new Set<RuleField>())

  function load(from: Rules): void {
    base.value = from
    for (const field of RULE_FIELDS) text[field] = thresholdText(from.values[field])
    touched.value = new Set()
  }
  load(rules.current)
  // Rules put in force elsewhere (an undo, a published folder, another tab's restore) show at once, unless the user is typing.
  watch(
    () => rules.current,
    (next) => {
      if (touched.value.size === 0) load(next)
    },
  )

  /** Each input read as a number; null when it is none. */
  const parsed = computed(
    () =>
      Object.fromEntries(
        RULE_FIELDS.map((field) => {
          const typed = text[field].trim()
          if (typed === thresholdText(base.value.values[field])) return [field, base.value.values[field]]
          const n = typed === '' ? Number.NaN : Number(typed)
          return [field, Number.isFinite(n) ? n : null]
        }),
      ) as Record<RuleField, number | null>,
  )
  const conflicts = computed(() => checkRules(parsed.value))
  const values = computed(() => (conflicts.value.length === 0 ? (parsed.value as RuleValues) : null))
  /** The name saved rules go by: the defaults', a preset's whose values they are, else 自定义. */
  const name = computed(() => {
    const v = values.value
    if (!v) return ''
    if (sameValues(v, DEFAULT_RULES.values)) return DEFAULT_RULES_NAME
    return (
      rules.presets.find((p) => sameValues(p.values, v))?.name ??
      (sameValues(v, base.value.values) ? base.value.name : CUSTOM_RULES_NAME)
    )
  })
  const changed = computed(
    () =>
      values.value !== null && (name.value !== rules.current.name || !sameValues(values.value, rules.current.values)),
  )

  /** What saving would change in the unit-year on screen, at its period; null while nothing is shown or the draft has conflicts. */
  const impact = computed(() => {
    const v = values.value
    const data = unitData.data
    const before = unitData.evaluation
    if (!v || !data || before.length === 0) return null
    return rulesImpact(before, evaluateUnitYear(data, before[0]!.month, settingsOf(v)))
  })

  return { text, touched, base, parsed, conflicts, values, name, changed, impact, load }
}
