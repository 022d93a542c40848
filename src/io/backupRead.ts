import type { BackupData, BatchRecord } from '@/domain/storedRecords'
import { datasetOf } from '@/domain/model'
import { unitYearIdOf } from '@/domain/unitYears'
import { readRules, type Rules } from '@/domain/engine/rules'
import { readFocusWeights } from '@/domain/focusList'
import { BACKUP_FORMAT, BACKUP_TABLE_NAMES, BACKUP_VERSION, type BackupParse } from './backupFormat'
import { BATCH_CHECK, BEFORE_CHECK, checkRows, documentCheck, isObject } from './backupRowChecks'
import { parseVersion1 } from './backupVersion1'
import { dangling, duplicates } from './backupKeys'

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
  if (file?.format !== BACKUP_FORMAT) return { ok: false, errors: ['不是绩效看板的备份文件'] }
  if (file.version === 1) return parseVersion1(file.tables ?? {})
  if (file.version !== BACKUP_VERSION)
    return { ok: false, errors: [`备份文件版本 ${String(file.version)} 不受支持（支持版本 1、${BACKUP_VERSION}）`] }
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
