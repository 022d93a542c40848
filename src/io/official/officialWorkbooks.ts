import type { ScopeResult } from '@/domain/engine/evaluate'
import type { Dataset } from '@/domain/model'
import { monitoringSheet } from './monitoringSheet'
import { selfEvaluationSheet } from './selfEvaluationSheet'
import { sheetName, type OfficialSheet } from './sheetModel'

/** The two tables a unit hands in, by their Chinese names. */
export type OfficialTable = '绩效监控表' | '绩效自评表'

/** A sheet per 类别 of the unit-year, 部门整体 first, for one of the two tables; each names the rules it was scored by. */
export function officialSheets(
  table: OfficialTable,
  scopes: readonly ScopeResult[],
  data: Dataset,
  rules: string,
): OfficialSheet[] {
  const taken = new Set<string>()
  return scopes.map((scope) => {
    const name = sheetName(scope.scope, taken)
    taken.add(name)
    return {
      ...(table === '绩效监控表' ? monitoringSheet(scope, data, name) : selfEvaluationSheet(scope, data, name)),
      rules,
    }
  })
}

/** `单位-年度-表名.ext`, as SPEC §7 names the files. */
export function officialFileName(unit: string, year: number, table: string, extension: 'xlsx' | 'docx'): string {
  return `${unit}-${year}-${table}.${extension}`.replace(/[\\/:*?"<>|]/g, '_')
}
