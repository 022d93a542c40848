import { targetCellText } from '@/domain/engine/targetInForce'
import { shownValue } from '@/domain/engine/shownActual'
import type { ScopeResult } from '@/domain/engine/evaluate'
import { levelDepth } from '@/domain/levels'
import type { Dataset } from '@/domain/model'
import { chinesePeriodName } from '@/domain/period'
import {
  SHEET_WIDTH,
  breakdownOf,
  parentOf,
  cells,
  formKind,
  fundLines,
  isDepartment,
  levelCells,
  levelHeaders,
  levelMerges,
  nameMerges,
  padded,
  range,
  sheetRows,
  signOffRow,
  type OfficialSheet,
} from './sheetModel'

const WIDTH = 9

/**
 * The 绩效自评表 of one 类别 (财预〔2020〕10号 附件 layout): title, year, unit, the funds
 * block with its 分值, 执行率 and 得分, each indicator with its 分值 and 得分 (a 表内得分
 * column too when a 自评表 gave scores), the 总分 with the grade, the sign-off lines.
 * In the year its values and scores are as of the period and the headers say so.
 */
export function selfEvaluationSheet(scope: ScopeResult, data: Dataset, name: string): OfficialSheet {
  const inYear = scope.projected
  const period = chinesePeriodName(scope.period)
  const withFormScores = scope.indicators.some((i) => i.actualRecord?.formScore !== undefined)
  const width = WIDTH + (withFormScores ? 1 : 0)
  const last = width - 1
  const { rows, merges, add, at, blank } = sheetRows()

  add(cells('title', `${formKind(scope)}绩效自评表`, ...blank(last)), [range(0, 1, last, 1)])
  add(cells('subtitle', `（${scope.year}年度${inYear ? ` ${period}预计` : ''}）`, ...blank(last)), [
    range(0, 2, last, 2),
  ])
  const unitRow = at()
  if (isDepartment(scope))
    add(
      [...cells('label', '部门（单位）名称', null), ...cells('text', scope.unit, ...blank(last - 2))],
      [range(0, unitRow, 1, unitRow), range(2, unitRow, last, unitRow)],
    )
  else {
    add(
      [...cells('label', '项目名称', null), ...cells('text', scope.scope, ...blank(last - 2))],
      [range(0, unitRow, 1, unitRow), range(2, unitRow, last, unitRow)],
    )
    const row = at()
    add(
      [
        ...cells('label', '主管部门', null),
        ...cells('text', parentOf(scope, data), null, null),
        ...cells('label', '实施单位'),
        ...cells('text', scope.unit, ...blank(last - 6)),
      ],
      [range(0, row, 1, row), range(2, row, 4, row), range(6, row, last, row)],
    )
  }

  const tableFrom = at()
  const { budget } = scope
  if (budget) {
    const header = at()
    const spentName = inYear ? `${period}执行数` : '全年执行数'
    add(
      padded(
        [
          ...cells(
            'header',
            '项目资金（万元）',
            null,
            '年初预算数',
            '全年预算数',
            spentName,
            '分值',
            inYear ? '预计执行率' : '执行率',
            inYear ? '预计得分' : '得分',
          ),
          ...(withFormScores ? cells('header', '表内得分') : []),
        ],
        width,
        'header',
      ),
      [range(0, header, 1, header)],
    )
    add(
      padded(
        [
          ...cells('label', null, '年度资金总额'),
          ...cells('amount', budget.initialBudget, budget.budget, budget.spent),
          ...cells('score', budget.score.weight),
          ...cells('percent', budget.pace),
          ...cells('score', budget.score.score),
          ...(withFormScores ? cells('score', scope.formScores.budget) : []),
        ],
        width,
      ),
    )
    for (const line of breakdownOf(fundLines(scope, data))) {
      add(
        padded(
          [
            ...cells('label', null, `其中：${line.item}`),
            ...cells('amount', line.initialBudget, line.budget, line.spent),
            ...cells('center', '—', null, '—'),
          ],
          width,
        ),
      )
    }
    merges.push(range(0, header + 1, 0, at() - 1))
  }

  const depth = levelDepth(scope.indicators.map((i) => i.record))
  const headerRow = at()
  add(
    [
      ...cells(
        'header',
        ...levelHeaders(depth),
        '年度指标值',
        inYear ? `${period}完成值` : '实际完成值',
        inYear ? '预计完成率' : '完成率',
        '分值',
        inYear ? '预计得分' : '得分',
      ),
      ...(withFormScores ? cells('header', '表内得分') : []),
      ...cells('header', '偏差原因分析及改进措施'),
    ],
    nameMerges(depth, headerRow),
  )
  const firstIndicator = at()
  for (const item of scope.indicators) {
    const { record, actualRecord, score } = item
    add(
      [
        ...levelCells(record, depth),
        ...cells('text', targetCellText(record), shownValue(item) ?? '未填报'),
        ...cells('percent', score.r),
        ...cells('score', score.weight, score.score),
        ...(withFormScores ? cells('score', actualRecord?.formScore ?? null) : []),
        ...cells('text', [actualRecord?.reason, actualRecord?.action].filter(Boolean).join('；') || null),
      ],
      nameMerges(depth, at()),
    )
  }
  merges.push(
    ...levelMerges(
      scope.indicators.map((i) => i.record),
      firstIndicator,
      0,
      depth,
    ),
  )
  const total = at()
  add(
    [
      ...cells('header', inYear ? '预计总分' : '总分', ...blank(5)),
      ...cells('score', 100, scope.total),
      ...(withFormScores ? cells('score', scope.formScores.total) : []),
      ...cells('text', scope.insufficient ? '已评分指标不足' : `等级：${scope.grade ?? '—'}`),
    ],
    [range(0, total, 5, total)],
  )
  const tableTo = at() - 1
  add(cells('signOff', ...blank(width)))
  add(signOffRow(width))
  // The reasons' column takes what the others leave of the sheet's width.
  const columns = [10, 10, 26, 11, 11, 8, 8, 8, ...(withFormScores ? [8] : [])]
  const widths = [...columns, SHEET_WIDTH - columns.reduce((a, b) => a + b)]
  return { name, widths, rows, merges, printTitles: [headerRow, headerRow], table: [tableFrom, tableTo] }
}
