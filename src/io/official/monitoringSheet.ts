import { targetCellText } from '@/domain/engine/targetInForce'
import { shownValue } from '@/domain/engine/shownActual'
import type { ScopeResult } from '@/domain/engine/evaluate'
import { shownProjectedValue } from '@/domain/engine/projectedValue'
import { levelDepth } from '@/domain/levels'
import type { Dataset } from '@/domain/model'
import { chinesePeriodName, timeProgress } from '@/domain/period'
import {
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
  range,
  sheetRows,
  signOffRow,
  type OfficialSheet,
} from './sheetModel'
import { RECTIFY_HEADERS, rectifyCells, scopeItems } from './rectifyCells'

/** Column widths (characters), SHEET_WIDTH in all; most of it for the texts that run long. */
const WIDTHS = [10, 10, 22, 10, 10, 8, 11, 8, 9, 8, 21, 19]
/** The same with the three 整改 columns, for a 类别 that has 整改 items. */
const RECTIFY_WIDTHS = [8, 8, 16, 9, 9, 7, 9, 7, 8, 7, 12, 12, 14, 11, 9]

/**
 * The 绩效目标执行监控表 of one 类别 at its period (财预〔2019〕136号 附件 layout): title,
 * year, the unit, the funds block as of the period against time progress, then each
 * indicator with its value to date, 全年预计 (the officer's, else the app's marked 测算),
 * light, 完成目标可能性, 偏差原因 and 改进措施, and where the 类别 has 整改 items, their
 * 整改措施, 责任人及完成时限 and 整改状态; the sign-off lines under it.
 */
export function monitoringSheet(scope: ScopeResult, data: Dataset, name: string): OfficialSheet {
  const period = chinesePeriodName(scope.period)
  const items = scopeItems(scope, data)
  const rectify = items.length > 0
  const WIDTH = rectify ? 15 : 12
  const last = WIDTH - 1
  const { rows, merges, add, at, blank } = sheetRows()

  add(cells('title', `${formKind(scope)}绩效目标执行监控表`, ...blank(WIDTH - 1)), [range(0, 1, WIDTH - 1, 1)])
  add(cells('subtitle', `（${scope.year}年度 ${period}）`, ...blank(WIDTH - 1)), [range(0, 2, WIDTH - 1, 2)])
  const unitRow = at()
  if (isDepartment(scope))
    add(
      [...cells('label', '部门（单位）名称'), ...cells('text', scope.unit, ...blank(WIDTH - 2))],
      [range(1, unitRow, WIDTH - 1, unitRow)],
    )
  else {
    add(
      [
        ...cells('label', '项目名称'),
        ...cells('text', scope.scope, null, null),
        ...cells('label', '主管部门'),
        ...cells('text', parentOf(scope, data), null, null),
        ...cells('label', '实施单位'),
        ...cells('text', scope.unit, null, null, ...blank(WIDTH - 12)),
      ],
      [range(1, unitRow, 3, unitRow), range(5, unitRow, 7, unitRow), range(9, unitRow, last, unitRow)],
    )
  }

  const tableFrom = at()
  const { budget } = scope
  if (budget) {
    const lines = fundLines(scope, data)
    const header = at()
    add(
      [
        ...cells(
          'header',
          '项目资金（万元）',
          null,
          '年初预算数',
          '全年预算数',
          `${period}执行数`,
          '执行率',
          '序时进度',
          '预计执行率',
        ),
        ...cells('header', '状态', ...blank(WIDTH - 9)),
      ],
      [range(0, header, 1, header), range(8, header, last, header)],
    )
    const first = at()
    add(
      [
        ...cells('label', null, '年度资金总额'),
        ...cells('amount', budget.initialBudget, budget.budget, budget.spent),
        ...cells('percent', budget.e, timeProgress(scope.month), budget.pace),
        ...cells('center', budget.light.label, ...blank(WIDTH - 9)),
      ],
      [range(8, first, last, first)],
    )
    for (const line of breakdownOf(lines)) {
      const row = at()
      add(
        [
          ...cells('label', null, `其中：${line.item}`),
          ...cells('amount', line.initialBudget, line.budget, line.spent),
          ...cells('percent', line.spent === null || line.budget === 0 ? null : line.spent / line.budget, null, null),
          ...cells('center', ...blank(WIDTH - 8)),
        ],
        [range(8, row, last, row)],
      )
    }
    merges.push(range(0, header + 1, 0, at() - 1))
  }

  const depth = levelDepth(scope.indicators.map((i) => i.record))
  const headerRow = at()
  add(
    cells(
      'header',
      ...levelHeaders(depth),
      '年度指标值',
      `${period}执行情况`,
      '完成率',
      '全年预计完成情况',
      '预计完成率',
      '状态',
      '完成目标可能性',
      '偏差原因分析',
      '改进措施',
      ...(rectify ? RECTIFY_HEADERS : []),
    ),
    nameMerges(depth, headerRow),
  )
  const firstIndicator = at()
  for (const item of scope.indicators) {
    const { record, actualRecord, light, projection } = item
    const projected = actualRecord ? shownProjectedValue(item) : null
    add(
      [
        ...levelCells(record, depth),
        ...cells('text', targetCellText(record), shownValue(item) ?? '未填报'),
        ...cells('percent', light.r),
        ...cells('text', projected ? `${projected.text}${projected.estimated ? '（测算）' : ''}` : null),
        ...cells('percent', projection.ratio),
        ...cells('center', light.label, actualRecord?.likelihood ?? null),
        ...cells('text', actualRecord?.reason ?? null, actualRecord?.action ?? null),
        ...(rectify ? cells('text', ...rectifyCells(items.filter((i) => i.ref === record.code))) : []),
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
  const tableTo = at() - 1
  add(cells('signOff', ...blank(WIDTH)))
  add(signOffRow(WIDTH))
  return {
    name,
    widths: rectify ? RECTIFY_WIDTHS : WIDTHS,
    rows,
    merges,
    printTitles: [headerRow, headerRow],
    table: [tableFrom, tableTo],
  }
}
