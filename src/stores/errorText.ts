import { failureCode } from '@/db/errors'
import { i18n } from '@/i18n'

/**
 * A failed write, undo or check in the user's language, saying that nothing was kept
 * and what to do; an unknown failure quotes the browser's own message.
 */
export function describeFailure(cause: unknown): string {
  const code = failureCode(cause)
  const { t } = i18n.global
  if (code !== 'other') return t(`errors.${code}`)
  const message = (cause as { message?: string } | null)?.message ?? String(cause)
  return t('errors.other', { message })
}
