import { useI18n } from 'vue-i18n'
import type { RuleConflict } from '@/domain/engine/rulesCheck'
import { thresholdText as shown } from '@/domain/engine/rules'

/** A conflict of the rules form in the user's language, naming both thresholds and their values, or quoting what was typed. */
export function useRuleConflictText() {
  const { t } = useI18n()
  return (conflict: RuleConflict, typed: string): string => {
    const field = t(`rules.names.${conflict.field}`)
    const { value, otherValue, min, max, minOpen, maxOpen } = conflict.params
    if (conflict.code === 'notNumber')
      return typed.trim()
        ? t('rules.conflict.notNumberTyped', { field, typed: typed.trim() })
        : t('rules.conflict.notNumber', { field })
    if (conflict.code === 'order')
      return t('rules.conflict.order', {
        field,
        value: shown(value!),
        other: t(`rules.names.${conflict.other}`),
        otherValue: shown(otherValue!),
      })
    const lower = t(minOpen ? 'rules.conflict.above' : 'rules.conflict.atLeast', { n: min })
    const upper = t(maxOpen ? 'rules.conflict.under' : 'rules.conflict.atMost', { n: max })
    return t('rules.conflict.range', { field, value: shown(value!), lower, upper })
  }
}
