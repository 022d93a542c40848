import { ref, watch, type Ref } from 'vue'
import { afterNextPaint } from '@/router/prefetch'

/**
 * False until the frame that first shows the part has been painted, then true: a part that
 * costs much to build (an Element Plus select) is built after the figures beside it are on
 * screen. `shown` says when the part is first shown (by default, once the component is).
 * On a slow PC the pickers and the pin select took about a quarter of the overview's first
 * build (docs/benchmarks.md).
 */
export function usePaintedFirst(shown: () => boolean = () => true): Ref<boolean> {
  const painted = ref(false)
  const stop = watch(
    shown,
    (now) => {
      if (!now) return
      // Called back at once with `immediate`: `stop` may not be assigned yet.
      void Promise.resolve().then(() => stop())
      void afterNextPaint().then(() => (painted.value = true))
    },
    { immediate: true, flush: 'post' },
  )
  return painted
}
