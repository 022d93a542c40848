import { nextTick, onMounted, watch } from 'vue'
import { useRoute } from 'vue-router'
import { useEntryStore } from '@/stores/entry'
import { useViewStore } from '@/stores/view'

/** Puts the cursor in a line's value to type (`code` is the line's indicator code). */
export function focusLine(code: string): void {
  document.querySelector<HTMLInputElement>(`#entry-${CSS.escape(code)} [name="actual"]`)?.focus()
}

/** Opened from a reminder (`line=`): the view's own period, with that line's value to type. */
export function useLineFromRoute(): void {
  const route = useRoute()
  const entry = useEntryStore()
  const view = useViewStore()
  let pendingLine: string | null = null
  onMounted(async () => {
    const line = route.query.line
    if (typeof line !== 'string' || !view.selection) return
    entry.choosePeriod(view.selection.month)
    if (entry.targets.length === 0) {
      pendingLine = line
      return
    }
    await nextTick()
    focusLine(line)
  })
  // The line gets focus once the unit-year's rows are drawn.
  watch(
    () => entry.targets.length,
    async (n) => {
      if (n === 0 || pendingLine === null) return
      await nextTick()
      focusLine(pendingLine)
      pendingLine = null
    },
    { flush: 'post' },
  )
}
