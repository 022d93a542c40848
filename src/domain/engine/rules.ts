/**
 * The scoring rules a province sets on #/data (SPEC §4.2–4.3, §5 数据): the thresholds of
 * every band, named, checked for order, and turned into the engine's settings. The weights
 * of 财预〔2020〕10号 stay as they are; only the bands are the province's.
 */
import { DEFAULT_SETTINGS, THRESHOLD_FIELDS, thresholdsOf, type EngineSettings, type Thresholds } from './settings'

/**
 * Every band's threshold, as the rules form shows it: the grades' lower bounds in points,
 * then the engine's thresholds (ratios) under their own names.
 */
export interface RuleValues extends Thresholds {
  /** Lower bounds of 优, 良 and 中 (差 below). */
  gradeYou: number
  gradeLiang: number
  gradeZhong: number
}

export type RuleField = keyof RuleValues

/** The fields in the order the form shows them: the grades' bounds, then the thresholds. */
export const RULE_FIELDS: readonly RuleField[] = ['gradeYou', 'gradeLiang', 'gradeZhong', ...THRESHOLD_FIELDS]

/** A named set of rules: a preset, or the rules in force. */
export interface Rules {
  name: string
  values: RuleValues
}

/** The name of the Ministry of Finance's defaults, which no preset of the user's may take. */
export const DEFAULT_RULES_NAME = '财政部默认'

/** The name of rules saved as typed, matching neither the defaults nor a preset. */
export const CUSTOM_RULES_NAME = '自定义'

/** The values of the engine's settings (DEFAULT_SETTINGS for the defaults). */
export function valuesOf(settings: EngineSettings): RuleValues {
  const bound = (grade: string) => settings.grades.find((g) => g.grade === grade)?.min ?? 0
  return { gradeYou: bound('优'), gradeLiang: bound('良'), gradeZhong: bound('中'), ...thresholdsOf(settings) }
}

/** 财政部默认 (财预〔2020〕10号, with the bands of production 预算绩效管理 systems). */
export const DEFAULT_RULES: Rules = { name: DEFAULT_RULES_NAME, values: valuesOf(DEFAULT_SETTINGS) }

/** The engine's settings under these rules: the default weights, the rules' bands. */
export function settingsOf(values: RuleValues): EngineSettings {
  return {
    ...DEFAULT_SETTINGS,
    ...thresholdsOf(values),
    grades: [
      { min: values.gradeYou, grade: '优' },
      { min: values.gradeLiang, grade: '良' },
      { min: values.gradeZhong, grade: '中' },
      { min: 0, grade: '差' },
    ],
  }
}

/** A threshold as it is shown and printed: at most four decimals (1/3 is 0.3333). */
export function thresholdText(value: number): string {
  return String(Math.round(value * 10000) / 10000)
}

/** Whether two sets of values are the same rules. */
export function sameValues(a: RuleValues, b: RuleValues): boolean {
  return RULE_FIELDS.every((field) => a[field] === b[field])
}

/** A short text that differs whenever the values do: keys what was computed under them. */
export function rulesFingerprint(values: RuleValues): string {
  return RULE_FIELDS.map((field) => values[field]).join(',')
}

/**
 * The same for the engine's settings: the fingerprint of their rules' values, then what rules
 * leave at the defaults (the weights, the grade bands' names). Equal for settings of equal
 * content, whichever objects hold them.
 */
export function settingsFingerprint(settings: EngineSettings): string {
  return `${rulesFingerprint(valuesOf(settings))}|${JSON.stringify(settings.weights)}|${JSON.stringify(settings.grades)}`
}

/** Values read back from storage or a file: every field a finite number, else null. */
export function readValues(stored: unknown): RuleValues | null {
  if (typeof stored !== 'object' || stored === null) return null
  const entries = RULE_FIELDS.map((field) => [field, (stored as Record<string, unknown>)[field]] as const)
  if (!entries.every(([, value]) => typeof value === 'number' && Number.isFinite(value))) return null
  return Object.fromEntries(entries) as unknown as RuleValues
}

/** Rules read back from storage or a file, or null when they are not rules. */
export function readRules(stored: unknown): Rules | null {
  if (typeof stored !== 'object' || stored === null) return null
  const { name, values } = stored as { name?: unknown; values?: unknown }
  const read = readValues(values)
  return typeof name === 'string' && name.trim() !== '' && read ? { name: name.trim(), values: read } : null
}
