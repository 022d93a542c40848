import { onBeforeUnmount, ref, type Ref } from 'vue'

/** Whether the screen is a phone's (at most 600 px wide), kept current as it turns. */
export function useNarrowScreen(): Ref<boolean> {
  const query = window.matchMedia('(max-width: 600px)')
  const narrow = ref(query.matches)
  const update = (event: MediaQueryListEvent) => (narrow.value = event.matches)
  query.addEventListener('change', update)
  onBeforeUnmount(() => query.removeEventListener('change', update))
  return narrow
}
