import { computed } from 'vue'
import { useI18n } from 'vue-i18n'
import type { OverallColor } from '@/domain/engine/budgetExecution'
import { describeTargetSegments, type DescribeWords, type Segment } from '@/domain/engine/describe'
import type { Light, LightColor, LightStatus } from '@/domain/engine/lights'
import type { IndicatorResult } from '@/domain/engine/indicator'
import { shownProjectedValue } from '@/domain/engine/projectedValue'
import {
  scoreFormula,
  type FormulaWords,
  type RatioName,
  type ScoreLine,
  type UnscoredReason,
} from '@/domain/engine/scoring'
import type { ParsedTarget } from '@/domain/engine/target'
import { formatQuantity } from '@/domain/format'
import { STANDARD_LEVELS } from '@/domain/levels'
import type { ImportNotice, ImportProblem } from '@/domain/model'
import { periodNaming, periodOf, type Month, type Period } from '@/domain/period'

const RATIOS: RatioName[] = ['完成率', '预计完成率', '执行率', '预计执行率']
const REASONS: UnscoredReason[] = ['notReported', 'flagged', 'pending', 'noWeight', 'noBudget']

/**
 * The engine's results in the user's language: statuses, lights, grades, the score's
 * explanation, a target in words, a projection, money and periods. Every screen says them through
 * this one place, so a word reads the same everywhere.
 */
export function useEngineText() {
  const { t, locale } = useI18n()

  const formulaWords = computed<FormulaWords>(() => ({
    weight: t('formula.weight'),
    ratio: Object.fromEntries(RATIOS.map((name) => [name, t(`formula.ratio.${name}`)])) as Record<RatioName, string>,
    unscored: Object.fromEntries(REASONS.map((reason) => [reason, t(`formula.unscored.${reason}`)])) as Record<
      UnscoredReason,
      string
    >,
    leftOut: t('formula.leftOut'),
  }))
  const describeWords = computed<DescribeWords>(() => ({
    atLeast: t('describe.atLeast'),
    atMost: t('describe.atMost'),
    exact: t('describe.exact'),
    above: t('describe.above'),
    below: t('describe.below'),
    to: t('describe.to'),
    dueBefore: t('describe.dueBefore'),
    dueAfter: t('describe.dueAfter'),
    qualitative: t('describe.qualitative'),
    unknown: t('describe.unknown'),
    direction: { 正向: t('describe.direction.正向'), 反向: t('describe.direction.反向') },
    inferred: t('describe.inferred'),
    basis: { 累计: t('describe.basis.累计'), 时点: t('describe.basis.时点') },
    separator: t('describe.separator'),
  }))

  /** A light's word: 预警, 完成 … */
  const status = (value: Light | LightStatus) => t(`status.${typeof value === 'string' ? value : value.status}`)
  /**
   * A colour's word where lights are counted by colour (overview, units page, indicators filter, brief):
   * the in-year words while the score is projected, the year-end words after.
   */
  const colorWord = (color: LightColor, projected: boolean) => t(`${projected ? 'lights' : 'lightsYearEnd'}.${color}`)
  /** A level's name: the standard framework's in the page's language, any other as the user wrote it. */
  const levelName = (name: string) =>
    (STANDARD_LEVELS as readonly string[]).includes(name) ? t(`levelNames.${name}`) : name
  /** True for a level name the user wrote (not the standard framework's), to be marked as the user's data. */
  const ownLevel = (name: string) => !(STANDARD_LEVELS as readonly string[]).includes(name)
  /** The 双监控 light's word: 绿灯, 黄灯, 红灯, 未填报. */
  const overall = (color: OverallColor) => t(`overall.${color}`)
  /** A grade: the four standard bands translated, a province's own word as it is. */
  const grade = (value: string | null) =>
    value === null ? '' : ['优', '良', '中', '差'].includes(value) ? t(`grades.${value}`) : value
  const formula = (line: ScoreLine) => scoreFormula(line, formulaWords.value)
  const describe = (target: ParsedTarget): Segment[] => describeTargetSegments(target, describeWords.value)
  const quantity = (value: number, unit: string) => formatQuantity(value, unit)
  /** Why a grey light is grey, in Chinese the engine's own sentence (quoting the user's text). */
  const flag = (light: Light) => (light.message === undefined ? '' : t('terms.flagged', { message: light.message }))
  // Tables name a period on every row: one formatter per language.
  const monthNames = computed(() => new Intl.DateTimeFormat(locale.value, { month: 'short', timeZone: 'UTC' }))
  /** A period as the user gave it: 第3季度, or 1-7月 for a month. */
  const period = (given: Period | Month) => {
    const named = typeof given === 'number' ? periodOf(given) : given
    const naming = periodNaming(named)
    if (naming.way === 'quarter') return t('period.quarter', { q: naming.q })
    const name = monthNames.value.format(Date.UTC(2000, named.month - 1, 1))
    return t(`period.${naming.way}`, { m: named.month, name })
  }
  /** A period as a year-to-date span: 截至第3季度, or 1-7月 (already a span). */
  const periodTo = (given: Period) => {
    const naming = periodNaming(given)
    return naming.way === 'quarter' ? t('period.toQuarter', { q: naming.q }) : period(given)
  }
  /** An indicator's 预计完成值 in the unit its target is written in, with its 测算 mark when the app computed it. */
  const projected = (result: IndicatorResult) => {
    const value = shownProjectedValue(result)
    return value === null ? '—' : `${value.text}${value.estimated ? t('terms.estimated') : ''}`
  }
  /** 完成可能性: the three official words translated, anything else as the officer wrote it. */
  const likelihood = (text: string | undefined) =>
    text === undefined ? '' : ['确定能', '有可能', '不可能'].includes(text) ? t(`likelihood.${text}`) : text
  /**
   * What is wrong in an import, in the user's language: in Chinese the problem's own
   * sentence; in another language the locale's, from its code and parameters.
   */
  const problem = (p: ImportProblem): string => {
    if (locale.value === 'zh-CN' || p.code === undefined) return p.expected
    const params = { ...p.params }
    if (typeof params.parts === 'string') params.parts = t(`problems.keyParts.${params.parts}`)
    if (p.code === 'actualUnitMismatch' && !params.targetUnit) params.targetUnit = t('problems.noUnit')
    if (p.code === 'readFailed' && params.message) params.message = `(${params.message})`
    const key = p.code === 'duplicate' && params.firstFile ? 'duplicateInFile' : p.code
    return t(`problems.${key}`, params)
  }
  /** A notice of the importer, in the user's language (see {@link problem}). */
  const notice = (n: ImportNotice): string => {
    if (locale.value === 'zh-CN') return n.text
    const params = { ...n.params }
    if (typeof params.kind === 'string') params.kind = t(`csvKind.${params.kind}`)
    if (typeof params.columns === 'string') params.columns = params.columns.split('、').join(', ')
    const said = t(`notices.${n.code}`, params)
    return n.file === undefined ? said : `${n.file}: ${said}`
  }
  /** A problem as one sentence, for screen readers: 第12行 实际值: '七十' 不是数字. */
  const problemSentence = (p: ImportProblem): string =>
    t(p.cell ? 'problems.sentenceCell' : p.column ? 'problems.sentence' : 'problems.sentenceNoColumn', {
      line: p.line,
      cell: p.cell ?? '',
      column: p.column ?? '',
      found: p.found !== undefined && p.found !== '' ? `'${p.found}' ` : '',
      expected: problem(p),
    })
  /** The score's name: 预计得分 in year, 得分 at the year end. */
  const scoreName = (projectedScore: boolean) => t(projectedScore ? 'terms.projectedScore' : 'terms.score')

  return {
    t,
    locale,
    status,
    colorWord,
    levelName,
    ownLevel,
    overall,
    grade,
    formula,
    describe,
    quantity,
    flag,
    period,
    periodTo,
    projected,
    scoreName,
    likelihood,
    problem,
    problemSentence,
    notice,
  }
}
