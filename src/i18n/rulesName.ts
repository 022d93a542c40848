import { useI18n } from 'vue-i18n'
import { CUSTOM_RULES_NAME, DEFAULT_RULES_NAME } from '@/domain/engine/rules'

/**
 * A rules name as shown: the app's own names (财政部默认, 自定义) in the user's language, a
 * preset's name as the user gave it (`own`, to be marked as the user's data).
 */
export function useRulesName() {
  const { t } = useI18n()
  const own = (name: string) => name !== DEFAULT_RULES_NAME && name !== CUSTOM_RULES_NAME
  const named = (name: string) =>
    name === DEFAULT_RULES_NAME ? t('rules.defaultName') : name === CUSTOM_RULES_NAME ? t('rules.customName') : name
  return { named, own }
}
