// Vitest 5 targets Node 22 and its reporter calls Map.groupBy, which Node 20 lacks:
// without this a failing test crashes the reporter instead of being shown.
// globalSetup runs in the main process, where the reporter lives.
export default function setup(): void {
  if (typeof (Map as { groupBy?: unknown }).groupBy !== 'function') {
    Object.defineProperty(Map, 'groupBy', {
      configurable: true,
      writable: true,
      value<K, T>(items: Iterable<T>, keyOf: (item: T, index: number) => K): Map<K, T[]> {
        const groups = new Map<K, T[]>()
        let index = 0
        for (const item of items) {
          const key = keyOf(item, index++)
          const group = groups.get(key)
          if (group) group.push(item)
          else groups.set(key, [item])
        }
        return groups
      },
    })
  }
}
