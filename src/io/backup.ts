import type { BackupData, BatchRecord } from '@/domain/storedRecords'
import type { BackupContents, Version1Backup } from '@/domain/legacyRecords'
import { DATA_TABLE_NAMES, datasetOf, type DataTableName, type Dataset } from '@/domain/model'
import { joinKey } from '@/domain/keys'
import { TABLE_NAMES } from '@/domain/kindNames'
import { unitYearIdOf } from '@/domain/unitYears'
import { readRules, type Rules } from '@/domain/engine/rules'
import { readFocusWeights } from '@/domain/focusList'

const FORMAT = 'jixiao-board-backup'
/** Version 2: one document per unit-year, values by month, each batch's documents as they were before it. */
const VERSION = 2

/** Characters that could start a spreadsheet formula, or a cell, if the file were opened as CSV. */
const CELL_HAZARDS = /[=+\-@,;|]/g
const JSON_STRING = /"(?:[^"\\]|\\.)*"/g

/**
 * One JSON file: a marker, a version, the time, the documents and the history. Inside
 * strings, = + - @ , ; and | are written as \u escapes, so a spreadsheet that opens the
 * file as CSV by mistake finds no cell that starts a formula; JSON.parse reads them back exactly.
 */
export function buildBackup(data: BackupData, exportedAt = new Date()): string {
  const json = JSON.stringify({ format: FORMAT, version: VERSION, exportedAt: exportedAt.toISOString(), ...data })
  return json.replace(JSON_STRING, (token) =>
    token.replace(CELL_HAZARDS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`),
  )
}

type Check = (row: Record<string, unknown>) => string | null

const isText = (v: unknown) => typeof v === 'string'
const isNumber = (v: unknown) => typeof v === 'number' && Number.isFinite(v)
const isQuarter = (v: unknown) => v === 1 || v === 2 || v === 3 || v === 4
const isMonthNumber = (v: unknown) => Number.isInteger(v) && (v as number) >= 1 && (v as number) <= 12
const isBoolean = (v: unknown) => typeof v === 'boolean'
const isObject = (v: unknown) => typeof v === 'object' && v !== null
const isYear = (v: unknown) => Number.isInteger(v) && (v as number) >= 2000 && (v as number) <= 2100

/** A document's 整改 items as a backup holds them: each with an id, a unit-year and its states. */
const isRectifyList = (v: unknown) =>
  Array.isArray(v) &&
  v.every(
    (item) =>
      isObject(item) &&
      isText((item as Record<string, unknown>).id) &&
      Array.isArray((item as Record<string, unknown>).steps),
  )

/** Reviews, each a period (a month) with its steps. */
const isReviewList = (v: unknown) =>
  Array.isArray(v) &&
  v.every(
    (review) =>
      isObject(review) &&
      typeof (review as Record<string, unknown>).month === 'number' &&
      Array.isArray((review as Record<string, unknown>).steps),
  )

/** Field checks per table: a name and a test, so the message can say which field is wrong. */
function fields(
  spec: Record<string, (v: unknown) => boolean>,
  optional: Record<string, (v: unknown) => boolean> = {},
): Check {
  return (row) => {
    for (const [name, test] of Object.entries(spec)) if (!test(row[name])) return name
    for (const [name, test] of Object.entries(optional)) if (row[name] !== undefined && !test(row[name])) return name
    return null
  }
}

const KEYED = { year: isYear, unit: isText, scope: isText }
const STAMP = { batchId: isNumber }
const ROW_CHECKS: Record<DataTableName, Check> = {
  targets: fields(
    { code: isText, ...KEYED, level1: isText, level2: isText, name: isText, targetText: isText, position: isNumber },
    // A 目标调整 is optional: backups made before targets could be adjusted have none.
    {
      weight: isNumber,
      adjustedText: isText,
      adjustedWeight: isNumber,
      adjustedFrom: isMonthNumber,
      adjustReason: isText,
      adjustApproval: isText,
      adjustApprovedOn: isText,
      ...STAMP,
    },
  ),
  budgets: fields(
    {
      id: isText,
      ...KEYED,
      item: isText,
      position: isNumber,
      initialBudget: isNumber,
      budget: isNumber,
      breakdown: (v) => v === '经费' || v === '任务' || v === '来源',
    },
    { weight: isNumber, ...STAMP },
  ),
  actuals: fields(
    { indicatorCode: isText, month: isMonthNumber, ...KEYED, actualText: isText, sample: isBoolean },
    { byMonth: isBoolean, formScore: isNumber },
  ),
  spending: fields(
    { budgetId: isText, month: isMonthNumber, ...KEYED, spent: isNumber, sample: isBoolean },
    { byMonth: isBoolean, formScore: isNumber, forecast: isNumber },
  ),
}
const BATCH_CHECK = fields(
  { id: isNumber, kind: isText, fileName: isText, importedAt: isNumber, counts: isObject, sample: isBoolean },
  { undoneAt: isNumber, by: isText, undoneBy: isText, reason: isText, commitOf: isNumber },
)

/** Version 1 backups: a table per kind, values by quarter, undo records per table. */
const V1_CHECKS: Record<DataTableName | 'batches' | 'changes', Check> = {
  targets: ROW_CHECKS.targets,
  budgets: ROW_CHECKS.budgets,
  actuals: fields(
    { indicatorCode: isText, quarter: isQuarter, ...KEYED, actualText: isText, sample: isBoolean },
    STAMP,
  ),
  spending: fields({ budgetId: isText, quarter: isQuarter, ...KEYED, spent: isNumber, sample: isBoolean }, STAMP),
  batches: BATCH_CHECK,
  changes: (row) =>
    fields({ id: isNumber, batchId: isNumber, table: (v) => (DATA_TABLE_NAMES as readonly unknown[]).includes(v) })(
      row,
    ) ??
    (row.after !== undefined
      ? isObject(row.after)
        ? null
        : 'after'
      : !Array.isArray(row.added)
        ? 'added'
        : !Array.isArray(row.replaced) || !row.replaced.every(isObject)
          ? 'replaced'
          : null),
}

/** The Chinese name of every table a backup holds, for its messages. */
const BACKUP_TABLE_NAMES: Record<DataTableName | 'batches' | 'changes' | 'documents' | 'before', string> = {
  ...TABLE_NAMES,
  batches: '导入记录',
  changes: '撤销记录',
  documents: '单位年度数据',
  before: '撤销记录',
}

/** A document of a version 2 backup: its key, and every row of it inside that unit-year. */
function documentCheck(errors: string[]) {
  return (document: Record<string, unknown>, i: number) => {
    const where = `“${BACKUP_TABLE_NAMES.documents}”第 ${i + 1} 条`
    if (!isYear(document.year) || !isText(document.unit))
      return errors.push(`${where}：字段 ${isYear(document.year) ? 'unit' : 'year'} 无效`)
    // A 主管部门 is optional: backups made before it was kept have none.
    if (document.parent !== undefined && !isText(document.parent)) return errors.push(`${where}：字段 parent 无效`)
    // 整改 items are optional too: each an object with an id and its steps.
    if (document.rectify !== undefined && !isRectifyList(document.rectify))
      return errors.push(`${where}：字段 rectify 无效`)
    // So are reviews: each a period with its steps.
    if (document.review !== undefined && !isReviewList(document.review))
      return errors.push(`${where}：字段 review 无效`)
    for (const table of DATA_TABLE_NAMES) {
      const rows = document[table]
      if (!Array.isArray(rows)) {
        errors.push(`${where}：缺少“${BACKUP_TABLE_NAMES[table]}”`)
        continue
      }
      rows.forEach((row: unknown, j) => {
        const bad = isObject(row) ? ROW_CHECKS[table](row as Record<string, unknown>) : '整行'
        const r = row as { year?: unknown; unit?: unknown }
        const outside = bad === null && (r.year !== document.year || r.unit !== document.unit)
        if ((bad || outside) && errors.length < 20)
          errors.push(
            `${where}“${BACKUP_TABLE_NAMES[table]}”第 ${j + 1} 条：${outside ? '不属于该单位年度' : `字段 ${bad} 无效`}`,
          )
      })
    }
    return 0
  }
}

const BEFORE_CHECK: Check = (row) =>
  !isNumber(row.batchId)
    ? 'batchId'
    : !Array.isArray(row.documents) ||
        !row.documents.every(
          (d: unknown) =>
            isObject(d) &&
            Array.isArray((d as { key?: unknown }).key) &&
            ((d as { parts?: unknown }).parts === null || isObject((d as { parts?: unknown }).parts)),
        )
      ? 'documents'
      : row.rules !== undefined && row.rules !== null && !readRules(row.rules)
        ? 'rules'
        : null

export type BackupParse = { ok: true; data: BackupContents } | { ok: false; errors: string[] }

/**
 * Reads a backup file and checks all of it — format, version, every row's fields,
 * unique keys, and that every value and spending row refers to an indicator or budget
 * line of its unit-year — before anything may be replaced. A version 1 file is checked
 * as written and given back as its tables (the database turns them into documents and
 * history as the v7 upgrade does). Returns at most 20 errors, in Chinese.
 */
export function parseBackup(text: string): BackupParse {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    return { ok: false, errors: ['不是有效的备份文件：内容不是完整的 JSON（文件可能已损坏或被截断）'] }
  }
  const file = json as { format?: unknown; version?: unknown; tables?: Record<string, unknown> } & Record<
    string,
    unknown
  >
  if (file?.format !== FORMAT) return { ok: false, errors: ['不是绩效看板的备份文件'] }
  if (file.version === 1) return parseVersion1(file.tables ?? {})
  if (file.version !== VERSION)
    return { ok: false, errors: [`备份文件版本 ${String(file.version)} 不受支持（支持版本 1、${VERSION}）`] }
  const errors: string[] = []
  const listed = (name: 'documents' | 'batches' | 'before') => {
    const rows = file[name]
    if (!Array.isArray(rows)) errors.push(`缺少“${BACKUP_TABLE_NAMES[name]}”数据`)
    return Array.isArray(rows) ? (rows as unknown[]) : []
  }
  const [documents, batches, before] = [listed('documents'), listed('batches'), listed('before')]
  const checkDocument = documentCheck(errors)
  documents.forEach((d, i) =>
    isObject(d)
      ? checkDocument(d as Record<string, unknown>, i)
      : errors.push(`“${BACKUP_TABLE_NAMES.documents}”第 ${i + 1} 条：字段 整行 无效`),
  )
  checkRows(batches, BATCH_CHECK, 'batches', errors)
  checkRows(before, BEFORE_CHECK, 'before', errors)
  const rules = file.rules === undefined ? undefined : readRules(file.rules)
  if (rules === null) errors.push('备份文件中的“评分规则”无效：每个阈值都应是数字')
  const presets =
    file.rulePresets === undefined
      ? undefined
      : Array.isArray(file.rulePresets)
        ? file.rulePresets.map(readRules)
        : [null]
  if (presets?.includes(null)) errors.push('备份文件中的“评分规则预设”无效：每个预设都应有名称和数字阈值')
  const focusWeights = file.focusWeights === undefined ? undefined : readFocusWeights(file.focusWeights)
  if (focusWeights === null) errors.push('备份文件中的“重点监控权重”无效：四项权重都应是不小于 0 的数，且不全为 0')
  if (errors.length > 0) return { ok: false, errors: errors.slice(0, 20) }
  const data: BackupData = {
    // Only what a document holds: anything else in the file is not kept.
    documents: (documents as BackupData['documents']).map(
      ({ year, unit, targets, budgets, actuals, spending, parent, rectify, review }) => ({
        year,
        unit,
        targets,
        budgets,
        actuals,
        spending,
        ...(parent !== undefined && { parent }),
        ...(rectify !== undefined && rectify.length > 0 && { rectify }),
        ...(review !== undefined && review.length > 0 && { review }),
      }),
    ),
    batches: batches as BatchRecord[],
    before: before as BackupData['before'],
    ...(rules && { rules }),
    ...(presets && { rulePresets: presets as Rules[] }),
    ...(focusWeights && { focusWeights }),
  }
  errors.push(...duplicates(datasetOf(data.documents), unitYearIdOf), ...dangling(datasetOf(data.documents)))
  return errors.length > 0 ? { ok: false, errors: errors.slice(0, 20) } : { ok: true, data }
}

function checkRows(
  rows: readonly unknown[],
  check: Check,
  table: keyof typeof BACKUP_TABLE_NAMES,
  errors: string[],
): void {
  rows.forEach((row, i) => {
    const bad = isObject(row) ? check(row as Record<string, unknown>) : '整行'
    if (bad && errors.length < 20) errors.push(`“${BACKUP_TABLE_NAMES[table]}”第 ${i + 1} 条：字段 ${bad} 无效`)
  })
}

/** A version 1 file: its four tables and undo records, checked. */
function parseVersion1(tables: Record<string, unknown>): BackupParse {
  const errors: string[] = []
  for (const table of Object.keys(V1_CHECKS) as (keyof typeof V1_CHECKS)[]) {
    const rows = tables[table]
    if (!Array.isArray(rows)) errors.push(`缺少“${BACKUP_TABLE_NAMES[table]}”数据`)
    else checkRows(rows, V1_CHECKS[table], table, errors)
  }
  if (errors.length > 0) return { ok: false, errors: errors.slice(0, 20) }
  const legacy = tables as unknown as Version1Backup
  const quarterly = {
    ...legacy,
    actuals: legacy.actuals.map((a) => ({ ...a, month: a.quarter })),
    spending: legacy.spending.map((s) => ({ ...s, month: s.quarter })),
  }
  errors.push(...duplicates(quarterly as unknown as Dataset, () => ''), ...dangling(quarterly as unknown as Dataset))
  if (errors.length > 0) return { ok: false, errors: errors.slice(0, 20) }
  // Only the tables a version 1 file holds: anything else in the file is not kept.
  const { targets, budgets, actuals, spending, batches, changes } = legacy
  return { ok: true, data: { targets, budgets, actuals, spending, batches, changes } }
}

/** Keys that must be unique: a target's code and a budget line's id everywhere; a value per indicator and period within its unit-year. */
function duplicates(data: Dataset, unitYearOf: (row: { year: number; unit: string }) => string): string[] {
  const check = (table: DataTableName, keys: string[]) => {
    const seen = new Set<string>()
    const dup = keys.find((k) => (seen.has(k) ? true : (seen.add(k), false)))
    return dup === undefined ? [] : [`“${BACKUP_TABLE_NAMES[table]}”中有重复的记录：${dup.replaceAll('\u0000', '|')}`]
  }
  return [
    ...check(
      'targets',
      data.targets.map((t) => t.code),
    ),
    ...check(
      'budgets',
      data.budgets.map((b) => b.id),
    ),
    ...check(
      'actuals',
      data.actuals.map((a) => joinKey(unitYearOf(a), a.indicatorCode, a.month)),
    ),
    ...check(
      'spending',
      data.spending.map((s) => joinKey(unitYearOf(s), s.budgetId, s.month)),
    ),
  ]
}

function dangling(data: Dataset): string[] {
  const codes = new Set(data.targets.map((t) => joinKey(t.year, t.unit, t.code)))
  const lines = new Set(data.budgets.map((b) => joinKey(b.year, b.unit, b.id)))
  const orphanActual = data.actuals.find((a) => !codes.has(joinKey(a.year, a.unit, a.indicatorCode)))
  const orphanSpending = data.spending.find((s) => !lines.has(joinKey(s.year, s.unit, s.budgetId)))
  return [
    ...(orphanActual ? [`实际完成记录指向不存在的指标：${orphanActual.indicatorCode}`] : []),
    ...(orphanSpending ? [`预算执行记录指向不存在的预算项目：${orphanSpending.budgetId}`] : []),
  ]
}
