/** 一级指标 in their canonical spelling, in the order forms list them. */
export const LEVEL1_NAMES = ['产出指标', '效益指标', '满意度指标'] as const

/**
 * Canonical 一级指标: `产出` and `产出指标` are the same level (SPEC §2.1).
 * Unknown names are returned trimmed, so the importer can report them.
 */
export function normaliseLevel1(text: string): string {
  const s = text.trim()
  const withSuffix = s.endsWith('指标') ? s : `${s}指标`
  return (LEVEL1_NAMES as readonly string[]).includes(withSuffix) ? withSuffix : s
}
