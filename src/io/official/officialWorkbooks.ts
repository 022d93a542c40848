import type { ScopeResult } from '@/domain/engine/evaluate'
import type { DatasetView } from '@/domain/model'
import { monitoringSheet } from './monitoringSheet'
import { selfEvaluationSheet } from './selfEvaluationSheet'
import { cells, range, sheetName, type OfficialSheet } from './sheetModel'

/** The two tables a unit hands in, by their Chinese names. */
export type OfficialTable = '绩效监控表' | '绩效自评表'

/** A sheet per 类别 of the unit-year, 部门整体 first, for one of the two tables; each names the rules it was scored by. */
export function officialSheets(table: OfficialTable, scopes: readonly ScopeResult[], data: DatasetView, rules: string): OfficialSheet[] {
  const taken = new Set<string>()
  return scopes.map((scope) => {
    const name = sheetName(scope.scope, taken)
    taken.add(name)
    return withRulesLine(table === '绩效监控表' ? monitoringSheet(scope, data, name) : selfEvaluationSheet(scope, data, name), rules)
  })
}

/** The sheet with `评分规则：…` under its sign-off, across its width (below the form, so reading it back ignores it). */
function withRulesLine(sheet: OfficialSheet, rules: string): OfficialSheet {
  const width = sheet.widths.length
  const row = sheet.rows.length + 1
  return { ...sheet, rows: [...sheet.rows, cells('signOff', rules, ...Array<null>(width - 1).fill(null))], merges: [...sheet.merges, range(0, row, width - 1, row)], rules }
}

/** `单位-年度-表名.ext`, as SPEC §7 names the files. */
export function officialFileName(unit: string, year: number, table: string, extension: 'xlsx' | 'docx'): string {
  return `${unit}-${year}-${table}.${extension}`.replace(/[\\/:*?"<>|]/g, '_')
}
