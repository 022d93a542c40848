import { onMounted, ref, type Ref } from 'vue'
import { afterNextPaint } from '@/router/prefetch'

/**
 * False until the frame that first shows the component has been painted, then true: a part
 * that costs much to build (an Element Plus select) is built after the figures beside it are
 * on screen. On a slow PC the pickers and the pin select took about a quarter of the
 * overview's first build (docs/benchmarks.md).
 */
export function usePaintedFirst(): Ref<boolean> {
  const painted = ref(false)
  onMounted(() => void afterNextPaint().then(() => (painted.value = true)))
  return painted
}
