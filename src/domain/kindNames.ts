/**
 * The Chinese names of the kinds of import file and of the data tables they fill
 * (SPEC §2): file names, cards, backups' and importers' messages say them from here. The
 * screens' words in the user's language are the i18n messages.
 */
import type { DataTableName, ImportKind } from './model'

/** Each kind of import file by its Chinese name: 绩效目标, 预算, 实际完成, 预算执行, 整改事项. */
export const KIND_NAMES: Readonly<Record<ImportKind, string>> = {
  targets: '绩效目标',
  budget: '预算',
  actuals: '实际完成',
  spending: '预算执行',
  rectify: '整改事项',
}

/** Each data table by the name of the kind of file that fills it. */
export const TABLE_NAMES: Readonly<Record<DataTableName, string>> = {
  targets: KIND_NAMES.targets,
  budgets: KIND_NAMES.budget,
  actuals: KIND_NAMES.actuals,
  spending: KIND_NAMES.spending,
}
