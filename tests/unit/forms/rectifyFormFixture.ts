/** A department's 1-9月 监控表 whose red line carries 整改 columns, spelled as a province might type them. */
import { workbook, type Cell } from './formFixtures'

export const RECTIFY_UNIT = '九江市柴桑区商务局'
export const RECTIFY_LINE = '全年引进固投2000万元以上项目'
const pad = (row: Cell[]) => [...row, ...Array(10 - row.length).fill(null)]

/** The workbook's bytes: 整改措施 | 责任人 | 完成时限 | 整改情况 after the 偏差原因. */
export function rectifyForm(): Uint8Array {
  return workbook([
    {
      name: '监控表',
      rows: [
        pad(['部门整体支出绩效目标执行监控表']),
        pad(['（2024年度）']),
        pad(['部门（单位）名称', RECTIFY_UNIT]),
        [
          '一级指标',
          '二级指标',
          '三级指标',
          '年度指标值',
          '1-9月执行情况',
          '偏差原因分析',
          '整改措施',
          '责任人',
          '完成时限',
          '整改情况',
        ],
        [
          '产出指标',
          '数量指标',
          RECTIFY_LINE,
          '≥20个',
          '8个',
          '企业资金链紧张',
          '加大招商力度',
          '王明',
          '2024年12月31日',
          '整改中',
        ],
      ],
      merges: ['A1:J1', 'A2:J2', 'B3:J3'],
    },
  ])
}
