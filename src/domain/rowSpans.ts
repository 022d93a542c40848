/**
 * Row spans for merged cells, as official forms merge 一级 and 二级指标: the first row of
 * each run of equal keys spans the run, the others get 0 (not rendered). A run of the
 * inner key never crosses a change of an outer key.
 */
export function rowSpans(keys: readonly string[], outer?: readonly string[]): number[] {
  const spans = keys.map(() => 0)
  let start = 0
  for (let i = 1; i <= keys.length; i++) {
    const breaks = i === keys.length || keys[i] !== keys[start] || (outer !== undefined && outer[i] !== outer[start])
    if (breaks) {
      spans[start] = i - start
      start = i
    }
  }
  return spans
}

/** Items of an official table with the row spans of their merged 一级 and 二级 cells. */
export function withLevelSpans<T extends { record: { level1: string; level2: string } }>(
  items: readonly T[],
): { item: T; span1: number; span2: number }[] {
  const level1 = items.map((i) => i.record.level1)
  const span1 = rowSpans(level1)
  const span2 = rowSpans(
    items.map((i) => i.record.level2),
    level1,
  )
  return items.map((item, i) => ({ item, span1: span1[i]!, span2: span2[i]! }))
}
