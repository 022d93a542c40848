import { DEFAULT_RULES, RULE_FIELDS, sameValues, thresholdText as number, type RuleField, type Rules } from './rules'

/** The thresholds beyond grades and pace, as a print names them when they differ from the defaults. */
const OTHER_NAMES: Partial<Record<RuleField, string>> = {
  ceilingYellow: '上限指标黄灯至',
  levelYellow: '时点指标黄灯自',
  qualitativeGreen: '定性指标绿灯自',
  qualitativeYellow: '定性指标黄灯自',
  yearEndYellow: '基本完成自',
  redShare: '红灯指标占比达',
  minScoredShare: '已评分权重至少',
}

/**
 * The line every print and export carries (`评分规则：…`): the defaults by their document,
 * other rules by name with their grade and pace bands, and any other threshold that differs.
 */
export function rulesLine(rules: Rules): string {
  const { values } = rules
  if (sameValues(values, DEFAULT_RULES.values)) return `评分规则：${rules.name}（财预〔2020〕10号）`
  const others = RULE_FIELDS.filter((field) => OTHER_NAMES[field] && values[field] !== DEFAULT_RULES.values[field]).map(
    (field) => `${OTHER_NAMES[field]} ${number(values[field])}`,
  )
  const bands = [
    `优≥${number(values.gradeYou)} 良≥${number(values.gradeLiang)} 中≥${number(values.gradeZhong)}`,
    `序时比 蓝≥${number(values.paceBlue)} 绿≥${number(values.paceGreen)} 黄≥${number(values.paceYellow)}`,
    ...others,
  ]
  return `评分规则：${rules.name}（${bands.join('；')}）`
}
