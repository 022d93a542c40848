import { computed, type Ref } from 'vue'
import type { Month } from '@/domain/period'
import { currentStep, reviewOf, reviewState } from '@/domain/review'
import { useUnitDataStore } from '@/stores/unitData'

/** The review of the unit-year on screen at `month`: as stored with its document, its state and its step now. */
export function usePeriodReview(month: Ref<Month | undefined>) {
  const unitData = useUnitDataStore()
  const review = computed(() => (month.value === undefined ? undefined : reviewOf(unitData.data?.review, month.value)))
  const state = computed(() => reviewState(review.value))
  const step = computed(() => currentStep(review.value))
  return { review, state, step }
}
