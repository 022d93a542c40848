import { computed, ref, type Ref } from 'vue'
import type { ReturnReasons } from '@/domain/review'
import { useEngineText } from '@/i18n/useEngineText'
import { describeFailure } from '@/stores/errorText'
import { useReviewStore } from '@/stores/review'
import { useViewStore } from '@/stores/view'

/**
 * A return (with reasons) or an approval of the unit-period on screen, named `periodName`: whether the return
 * dialog is open, whether it is being written, and what was said of it afterwards.
 */
export function useReviewDecision(periodName: Ref<string>) {
  const { t } = useEngineText()
  const view = useViewStore()
  const store = useReviewStore()

  const target = computed(() => {
    const s = view.selection
    return s ? { year: s.year, unit: s.unit, month: s.month } : null
  })
  const dialogOpen = ref(false)
  const busy = ref(false)
  const said = ref<{ ok: boolean; text: string } | null>(null)

  async function act(what: 'return' | 'approve', reasons?: ReturnReasons): Promise<void> {
    const at = target.value
    if (!at) return
    busy.value = true
    said.value = null
    try {
      if (what === 'return') await store.returnPeriod(at, reasons!)
      else await store.approve(at)
      dialogOpen.value = false
      const words = { unit: at.unit, period: periodName.value }
      said.value = { ok: true, text: t(what === 'return' ? 'review.returnedDone' : 'review.approvedDone', words) }
    } catch (cause) {
      said.value = { ok: false, text: t('review.failed', { message: describeFailure(cause) }) }
    } finally {
      busy.value = false
    }
  }

  return { dialogOpen, busy, said, act }
}
