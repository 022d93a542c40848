import type { BackupData } from '@/db/schema'
import { DATA_TABLE_NAMES } from '@/domain/model'

export type { BackupData } from '@/db/schema'

const FORMAT = 'jixiao-board-backup'
const VERSION = 1

/** Characters that could start a spreadsheet formula, or a cell, if the file were opened as CSV. */
const CELL_HAZARDS = /[=+\-@,;|]/g
const JSON_STRING = /"(?:[^"\\]|\\.)*"/g

/**
 * One JSON file: a marker, a version, the time, and every table. Inside strings,
 * = + - @ , ; and | are written as \u escapes, so a spreadsheet that opens the file as
 * CSV by mistake finds no cell that starts a formula; JSON.parse reads them back exactly.
 */
export function buildBackup(data: BackupData, exportedAt = new Date()): string {
  const json = JSON.stringify({ format: FORMAT, version: VERSION, exportedAt: exportedAt.toISOString(), tables: data })
  return json.replace(JSON_STRING, (token) =>
    token.replace(CELL_HAZARDS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`),
  )
}

type Check = (row: Record<string, unknown>) => string | null

const isText = (v: unknown) => typeof v === 'string'
const isNumber = (v: unknown) => typeof v === 'number' && Number.isFinite(v)
const isQuarter = (v: unknown) => v === 1 || v === 2 || v === 3 || v === 4
const isObject = (v: unknown) => typeof v === 'object' && v !== null
const isYear = (v: unknown) => Number.isInteger(v) && (v as number) >= 2000 && (v as number) <= 2100

/** Field checks per table: a name and a test, so the message can say which field is wrong. */
function fields(spec: Record<string, (v: unknown) => boolean>, optional: Record<string, (v: unknown) => boolean> = {}): Check {
  return (row) => {
    for (const [name, test] of Object.entries(spec)) if (!test(row[name])) return name
    for (const [name, test] of Object.entries(optional)) if (row[name] !== undefined && !test(row[name])) return name
    return null
  }
}

const KEYED = { year: isYear, unit: isText, scope: isText }
const CHECKS: Record<keyof BackupData, Check> = {
  targets: fields({ code: isText, ...KEYED, level1: isText, level2: isText, name: isText, targetText: isText, position: isNumber }, { weight: isNumber, batchId: isNumber }),
  budgets: fields({ id: isText, ...KEYED, item: isText, position: isNumber, initialBudget: isNumber, budget: isNumber, breakdown: (v) => v === '经费' || v === '任务' }, { weight: isNumber, batchId: isNumber }),
  actuals: fields({ indicatorCode: isText, quarter: isQuarter, ...KEYED, actualText: isText, sample: (v) => typeof v === 'boolean' }, { batchId: isNumber }),
  spending: fields({ budgetId: isText, quarter: isQuarter, ...KEYED, spent: isNumber, sample: (v) => typeof v === 'boolean' }, { batchId: isNumber }),
  batches: fields({ id: isNumber, kind: isText, fileName: isText, importedAt: isNumber, counts: (v) => typeof v === 'object' && v !== null, sample: (v) => typeof v === 'boolean' }),
  changes: (row) =>
    fields({ id: isNumber, batchId: isNumber, table: (v) => (DATA_TABLE_NAMES as readonly unknown[]).includes(v) })(row) ??
    (row.after !== undefined
      ? isObject(row.after) ? null : 'after'
      : !Array.isArray(row.added) ? 'added' : !Array.isArray(row.replaced) || !row.replaced.every(isObject) ? 'replaced' : null),
}

const TABLE_NAMES: Record<keyof BackupData, string> = {
  targets: '绩效目标',
  budgets: '预算',
  actuals: '实际完成',
  spending: '预算执行',
  batches: '导入记录',
  changes: '撤销记录',
}

export type BackupParse = { ok: true; data: BackupData } | { ok: false; errors: string[] }

/**
 * Reads a backup file and checks all of it — format, version, every row's fields,
 * unique keys, and that every actual and spending row refers to a stored indicator or
 * budget line — before anything may be replaced. Returns at most 20 errors, in Chinese.
 */
export function parseBackup(text: string): BackupParse {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    return { ok: false, errors: ['不是有效的备份文件：内容不是完整的 JSON（文件可能已损坏或被截断）'] }
  }
  const file = json as { format?: unknown; version?: unknown; tables?: Record<string, unknown> }
  if (file?.format !== FORMAT) return { ok: false, errors: ['不是绩效看板的备份文件'] }
  if (file.version !== VERSION) return { ok: false, errors: [`备份文件版本 ${String(file.version)} 不受支持（支持版本 ${VERSION}）`] }
  const errors: string[] = []
  const tables = file.tables ?? {}
  for (const table of Object.keys(CHECKS) as (keyof BackupData)[]) {
    const rows = tables[table]
    if (!Array.isArray(rows)) {
      errors.push(`缺少“${TABLE_NAMES[table]}”数据`)
      continue
    }
    rows.forEach((row, i) => {
      const bad = typeof row === 'object' && row !== null ? CHECKS[table](row as Record<string, unknown>) : '整行'
      if (bad && errors.length < 20) errors.push(`“${TABLE_NAMES[table]}”第 ${i + 1} 条：字段 ${bad} 无效`)
    })
  }
  if (errors.length > 0) return { ok: false, errors }
  const data = tables as unknown as BackupData
  errors.push(...duplicates(data), ...dangling(data))
  return errors.length > 0 ? { ok: false, errors: errors.slice(0, 20) } : { ok: true, data }
}

function duplicates(data: BackupData): string[] {
  const check = (table: keyof BackupData, keys: string[]) => {
    const seen = new Set<string>()
    const dup = keys.find((k) => (seen.has(k) ? true : (seen.add(k), false)))
    return dup === undefined ? [] : [`“${TABLE_NAMES[table]}”中有重复的记录：${dup}`]
  }
  return [
    ...check('targets', data.targets.map((t) => t.code)),
    ...check('budgets', data.budgets.map((b) => b.id)),
    ...check('actuals', data.actuals.map((a) => `${a.indicatorCode}|${a.quarter}`)),
    ...check('spending', data.spending.map((s) => `${s.budgetId}|${s.quarter}`)),
  ]
}

function dangling(data: BackupData): string[] {
  const codes = new Set(data.targets.map((t) => t.code))
  const lines = new Set(data.budgets.map((b) => b.id))
  const orphanActual = data.actuals.find((a) => !codes.has(a.indicatorCode))
  const orphanSpending = data.spending.find((s) => !lines.has(s.budgetId))
  return [
    ...(orphanActual ? [`实际完成记录指向不存在的指标：${orphanActual.indicatorCode}`] : []),
    ...(orphanSpending ? [`预算执行记录指向不存在的预算项目：${orphanSpending.budgetId}`] : []),
  ]
}
