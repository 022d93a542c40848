/**
 * The 自评报告 draft (SPEC §6.1) as an outline of headings, sentences, tables and chart
 * places, filled from the engine's results: pure, so every sentence is tested; writeDocx.ts
 * turns it into a `.docx` the officer edits in Word or WPS.
 */
import { COLOR_LABELS } from '@/domain/engine/lights'
import { targetCellText } from '@/domain/engine/targetInForce'
import { shownValue } from '@/domain/engine/shownActual'
import type { ScopeResult } from '@/domain/engine/evaluate'
import { formatAmount, formatPercent, formatScore } from '@/domain/format'
import { chinesePeriodName, timeProgress } from '@/domain/period'
import { LEVEL1_NAMES } from '@/domain/levels'
import { DEPARTMENT_SCOPE } from '@/domain/records'
import type { RectifyItem } from '@/domain/rectify'
import { rectifySection } from './reportRectify'

export type Block =
  | { kind: 'title'; text: string }
  | { kind: 'heading'; level: 1 | 2; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'table'; header: string[]; rows: string[][] }
  /** The chart of `scope` drawn where this block stands (its picture is made on the page). */
  | { kind: 'chart'; scope: string; caption: string }

/**
 * The 一级 the report has a section for: 产出, 效益, 满意度 (the standard outline's, always),
 * then others of the 类别 (a 部门整体 framework's 运行成本 …) as the forms list them, and
 * '' for indicators with no 一级.
 */
function levelsOf(scopes: readonly ScopeResult[]): string[] {
  const given = new Set(scopes.flatMap((s) => s.indicators.map((i) => i.record.level1)))
  for (const level of LEVEL1_NAMES) given.delete(level)
  return [...LEVEL1_NAMES, ...given]
}
/** The chart block of the unit's budget execution by period (no 类别 of its own). */
export const BUDGET_CHART = '预算执行'
const NUMBERS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十']
const behind = (scope: ScopeResult) =>
  scope.indicators.filter((i) => i.light.color === 'red' || i.light.color === 'yellow')
const scopeName = (scope: ScopeResult) => (scope.scope === DEPARTMENT_SCOPE ? '部门整体支出' : `“${scope.scope}”项目`)

/** The report of a unit-year's 类别, evaluated at one period (the year end, or in year as a projection). */
export function reportOutline(
  unit: string,
  year: number,
  scopes: readonly ScopeResult[],
  options: {
    sample?: boolean
    rules: string
    /** The unit-year's 整改 items and the day they are judged on: a 整改情况 section when there are any. */
    rectify?: { items: readonly RectifyItem[]; today: string }
  },
): Block[] {
  const first = scopes[0]
  const inYear = first?.projected ?? false
  const period = first ? chinesePeriodName(first.period) : ''
  const blocks: Block[] = [
    { kind: 'title', text: `${unit}${year}年度绩效自评报告${inYear ? `（截至${period}，预计）` : ''}` },
  ]
  const h1 = (text: string) => blocks.push({ kind: 'heading', level: 1, text })
  const h2 = (text: string) => blocks.push({ kind: 'heading', level: 2, text })
  const p = (text: string) => blocks.push({ kind: 'paragraph', text })
  const projects = scopes.filter((s) => s.scope !== DEPARTMENT_SCOPE)
  // The rules every light, score and grade below follows from.
  p(`${options.rules}。`)

  h1('一、基本情况')
  h2('（一）项目概况')
  p(
    `${unit}${year}年度纳入绩效自评的有${scopes.map(scopeName).join('、')}，共 ${scopes.length} 个类别。${projects.length > 0 ? `其中项目 ${projects.length} 个。` : ''}`,
  )
  h2('（二）绩效目标')
  const levels = levelsOf(scopes)
  for (const scope of scopes) {
    const counts = levels
      .filter((level) => level !== '')
      .map((level) => [level, scope.indicators.filter((i) => i.record.level1 === level).length] as const)
      .filter(([, n]) => n > 0)
    p(
      `${scopeName(scope)}设置绩效指标 ${scope.indicators.length} 个${counts.length > 0 ? `，其中${counts.map(([level, n]) => `${level} ${n} 个`).join('、')}` : ''}。`,
    )
  }

  h1('二、绩效目标完成情况')
  for (const scope of scopes) {
    const score =
      scope.insufficient || scope.total === null
        ? '已评分指标不足，暂不计总分'
        : `${inYear ? '预计' : ''}自评得分 ${formatScore(scope.total)} 分，等级为${scope.grade}`
    const formTotal =
      scope.formScores.total === null ? '' : `（自评表表内得分 ${formatScore(scope.formScores.total)} 分）`
    p(`${scopeName(scope)}${score}${formTotal}。`)
  }
  h2('（一）资金执行情况')
  for (const scope of scopes) {
    const b = scope.budget
    if (!b) {
      p(`${scopeName(scope)}未列预算。`)
      continue
    }
    const spent =
      b.spent === null
        ? '执行数未填报'
        : `${inYear ? `截至${period}` : '全年'}执行 ${formatAmount(b.spent)} 万元，执行率 ${formatPercent(b.e)}`
    const pace = inYear ? `，序时进度 ${formatPercent(timeProgress(scope.month))}` : ''
    p(
      `${scopeName(scope)}全年预算 ${formatAmount(b.budget)} 万元（年初预算 ${formatAmount(b.initialBudget)} 万元），${spent}${pace}。`,
    )
  }
  blocks.push({ kind: 'chart', scope: BUDGET_CHART, caption: '图：各期预算执行率与序时进度' })
  blocks.push({
    kind: 'table',
    header: [
      '类别',
      '年初预算数（万元）',
      '全年预算数（万元）',
      inYear ? `${period}执行数（万元）` : '全年执行数（万元）',
      '执行率',
    ],
    rows: scopes.flatMap((s) =>
      s.budget
        ? [
            [
              s.scope,
              formatAmount(s.budget.initialBudget),
              formatAmount(s.budget.budget),
              s.budget.spent === null ? '—' : formatAmount(s.budget.spent),
              formatPercent(s.budget.e),
            ],
          ]
        : [],
    ),
  })

  levels.forEach((level, i) => {
    h2(`（${NUMBERS[i + 1] ?? i + 2}）${level.replace(/指标$/, '')}指标完成情况`)
    for (const scope of scopes) {
      const items = scope.indicators.filter((item) => item.record.level1 === level)
      if (items.length === 0) continue
      const done = items.filter((item) => item.light.color === 'green' || item.light.color === 'blue').length
      const weight = items.reduce((sum, item) => sum + item.score.weight, 0)
      const got = items.reduce((sum, item) => sum + (item.score.score ?? 0), 0)
      const grey = items.filter((item) => item.light.color === 'grey').length
      const unknown = grey > 0 ? `，${grey} 个${COLOR_LABELS.inYear.grey}` : ''
      p(
        `${scopeName(scope)}${level || '指标'} ${items.length} 个，${inYear ? `进度${COLOR_LABELS.inYear.green}或${COLOR_LABELS.inYear.blue}` : COLOR_LABELS.yearEnd.green} ${done} 个，${behind({ ...scope, indicators: items }).length} 个滞后或未完成${unknown}；${inYear ? '预计' : ''}得分 ${formatScore(got)} 分（分值 ${formatScore(weight)} 分）。`,
      )
      const withForm = items.some((item) => item.actualRecord?.formScore !== undefined)
      blocks.push({
        kind: 'table',
        header: [
          '三级指标',
          '年度指标值',
          inYear ? `${period}完成值` : '实际完成值',
          inYear ? '预计完成率' : '完成率',
          '分值',
          inYear ? '预计得分' : '得分',
          ...(withForm ? ['表内得分'] : []),
          '状态',
        ],
        rows: items.map((item) => [
          item.record.name,
          targetCellText(item.record),
          shownValue(item) ?? '未填报',
          formatPercent(item.score.r),
          formatScore(item.score.weight),
          formatScore(item.score.score),
          ...(withForm
            ? [item.actualRecord?.formScore === undefined ? '—' : formatScore(item.actualRecord.formScore)]
            : []),
          item.light.label,
        ]),
      })
    }
  })
  for (const scope of scopes)
    blocks.push({ kind: 'chart', scope: scope.scope, caption: `图：${scopeName(scope)}各级指标得分` })

  h1('三、偏差情况及原因分析')
  const late = scopes.flatMap((scope) => behind(scope).map((item) => ({ scope, item })))
  if (late.length === 0) p('各项指标均按计划推进，未发现明显偏差。')
  for (const { scope, item } of late) {
    const reason = item.actualRecord?.reason ? `偏差原因：${item.actualRecord.reason}` : '偏差原因：（待填写）'
    p(
      `${scopeName(scope)}“${item.record.name}”目标 ${item.record.targetText}，${inYear ? `截至${period}` : '实际'}完成 ${shownValue(item) ?? '未填报'}，状态为${item.light.label}。${reason}。`,
    )
  }

  h1('四、改进措施及结果应用')
  const actions = late.filter(({ item }) => item.actualRecord?.action)
  if (actions.length === 0) p('（请填写针对上述偏差的改进措施，以及自评结果在预算安排、政策调整中的应用。）')
  for (const { scope, item } of actions) p(`${scopeName(scope)}“${item.record.name}”：${item.actualRecord!.action}。`)
  const rectify = options.rectify && rectifySection(options.rectify.items, options.rectify.today)
  if (rectify) {
    h2('整改情况')
    p(rectify.summary)
    blocks.push({ kind: 'table', header: rectify.header, rows: rectify.rows })
  }

  h1('五、其他需要说明的问题')
  const gaps = scopes.flatMap((scope) =>
    scope.indicators.flatMap((item) => {
      const form = item.actualRecord?.formScore
      return form !== undefined && item.score.score !== null && Math.abs(form - item.score.score) >= 0.005
        ? [`“${item.record.name}”表内得分 ${formatScore(form)} 分，本系统计算 ${formatScore(item.score.score)} 分`]
        : []
    }),
  )
  if (gaps.length > 0) p(`自评表表内得分与按评分规则计算的得分不一致的指标：${gaps.join('；')}。`)
  if (options.sample) p('本报告中的实际完成值为示例数据（非真实数据），仅供演示。')
  if (gaps.length === 0 && !options.sample) p('无。')
  return blocks
}
