import { DATA_TABLE_NAMES, type DataTableName } from '@/domain/model'
import { readRules } from '@/domain/engine/rules'
import { BACKUP_TABLE_NAMES } from './backupFormat'

/** A row's check: the name of its first wrong field, or null. */
export type Check = (row: Record<string, unknown>) => string | null

/** Tests of a field's value, each by what it must be. */
export const isText = (v: unknown) => typeof v === 'string'
export const isNumber = (v: unknown) => typeof v === 'number' && Number.isFinite(v)
export const isQuarter = (v: unknown) => v === 1 || v === 2 || v === 3 || v === 4
const isMonthNumber = (v: unknown) => Number.isInteger(v) && (v as number) >= 1 && (v as number) <= 12
export const isBoolean = (v: unknown) => typeof v === 'boolean'
export const isObject = (v: unknown) => typeof v === 'object' && v !== null
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
export function fields(
  spec: Record<string, (v: unknown) => boolean>,
  optional: Record<string, (v: unknown) => boolean> = {},
): Check {
  return (row) => {
    for (const [name, test] of Object.entries(spec)) if (!test(row[name])) return name
    for (const [name, test] of Object.entries(optional)) if (row[name] !== undefined && !test(row[name])) return name
    return null
  }
}

/** The fields every row has: its unit-year and 类别. */
export const KEYED = { year: isYear, unit: isText, scope: isText }
/** The batch that wrote a row, when it is kept. */
export const STAMP = { batchId: isNumber }
/** The checks of each table's rows in a version 2 backup. */
export const ROW_CHECKS: Record<DataTableName, Check> = {
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

/** The check of a history line. */
export const BATCH_CHECK = fields(
  { id: isNumber, kind: isText, fileName: isText, importedAt: isNumber, counts: isObject, sample: isBoolean },
  { undoneAt: isNumber, by: isText, undoneBy: isText, reason: isText, commitOf: isNumber },
)

/** A document of a version 2 backup: its key, and every row of it inside that unit-year. */
export function documentCheck(errors: string[]) {
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

/** The check of a batch's documents as they were before it. */
export const BEFORE_CHECK: Check = (row) =>
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

/** Checks each row of a table, telling at most 20 errors in `errors`. */
export function checkRows(
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
