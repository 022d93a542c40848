/** 一级指标 in their canonical spelling, in the order forms list them. */
export const LEVEL1_NAMES = ['产出指标', '效益指标', '满意度指标'] as const

/** The standard framework's 一级 and 二级 names: said in the page's language; any other level is the user's word. */
export const STANDARD_LEVELS = [
  ...LEVEL1_NAMES,
  '成本指标',
  '数量指标',
  '质量指标',
  '时效指标',
  '经济成本指标',
  '社会成本指标',
  '生态环境成本指标',
  '经济效益指标',
  '社会效益指标',
  '生态效益指标',
  '可持续影响指标',
  '服务对象满意度指标',
] as const

export type StandardLevel = (typeof STANDARD_LEVELS)[number]

/**
 * Canonical 一级指标: `产出` and `产出指标` are the same level (SPEC §2.1). Other names
 * (a 部门整体 framework's 运行成本, 履职效能 …) and '' (a tree with no 一级) are kept as
 * given, trimmed.
 */
export function normaliseLevel1(text: string): string {
  const s = text.trim()
  if (s === '') return ''
  const withSuffix = s.endsWith('指标') ? s : `${s}指标`
  return (LEVEL1_NAMES as readonly string[]).includes(withSuffix) ? withSuffix : s
}

/**
 * The level an indicator's rules read where SPEC §3 speaks of its 二级指标 (a bare number
 * under 成本 is at most): its 二级, or where its form's tree has no 二级, its 一级.
 */
export function levelOfRules(record: { level1: string; level2: string }): string {
  return record.level2 || record.level1
}

/** The levels an indicator's form gives it, outermost first: none, 一级, or 一级 and 二级. */
export function levelsOf(record: { level1: string; level2: string }): string[] {
  return [record.level1, record.level2].filter((level) => level !== '')
}

/** How many level columns a table of indicators has: 一级 and 二级, only 一级, or none. */
export type LevelDepth = 0 | 1 | 2

/**
 * The level columns a 类别's indicator table shows, the levels its form has: 2 (一级 and
 * 二级), 1 when none of its indicators has a 二级, 0 when none has a 一级 either.
 */
export function levelDepth(levels: readonly { level1: string; level2: string }[]): LevelDepth {
  if (levels.some((l) => l.level2 !== '')) return 2
  return levels.some((l) => l.level1 !== '') ? 1 : 0
}
