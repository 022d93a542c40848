/**
 * Every problem the importer reports, by code, with its Chinese sentence. A problem
 * carries its code and parameters, so the screen can say it in the user's language
 * (the English sentences are in the locale, under `problems`); the Chinese one is kept
 * with it for the file's own language, the exports and the tests.
 */
import type { ImportNotice, ImportKind } from '@/domain/model'
import { KIND_NAMES } from '@/domain/kindNames'
import { RECTIFY_STATE_NAMES, RECTIFY_SUBJECT_NAMES } from '@/domain/rectify'

type Params = Record<string, string | number>

/** What a duplicate key consists of, for the sentence that reports it. */
export type KeyParts = 'target' | 'budget' | 'actual' | 'spending'
const KEY_PARTS: Record<KeyParts, string> = {
  target: '年度、单位、类别、三级指标',
  budget: '年度、单位、类别、预算项目',
  actual: '指标和报告期',
  spending: '预算项目和报告期',
}

const where = (p: Params) => (p.firstFile ? `${p.firstFile} 第${p.firstLine}行` : `第${p.firstLine}行`)

export const PROBLEM_TEXT = {
  required: () => '不能为空',
  year: () => '应为四位年份，如 2024',
  number: () => '不是数字',
  basis: () => '应为 累计 或 时点',
  direction: () => '应为 正向 或 反向',
  breakdown: () => '应为 经费、任务 或 来源',
  quarter: () => '应为 1–4、Q1–Q4、一季度–四季度 或 全年',
  month: () => '应为 1–12、7月 或 1-7月',
  budgetEither: () => '年初预算数与全年预算数至少填写一个',
  nameOrCode: () => '三级指标与指标编码至少填写一个',
  level2WithoutLevel1: () => '填写了二级指标时不能为空：指标可以没有二级，或一级、二级都没有，但不能只有二级',
  emptyFile: () => '文件为空',
  unknownHeader: () =>
    '无法识别的表头：应为绩效目标、预算、实际完成、预算执行或整改事项文件之一，或绩效目标申报表、绩效监控表、绩效自评表（各类文件的列见导入页的“各类文件的列”）',
  missingColumn: () => '缺少必需的列',
  headerOnly: () => '只有表头，没有数据行',
  cellTooLong: (p: Params) => `单元格超过 ${p.max} 个字符，可能是引号未配对`,
  nameTooLong: (p: Params) => `名称超过 ${p.max} 个字符，此行不导入`,
  workbook: () => '这是 Excel 工作簿而不是 CSV 文件：请在 Excel 中“另存为”CSV（逗号分隔）后再导入',
  workbookBroken: () =>
    '不是有效的 Excel 工作簿（.xlsx 或 .xls），可能已损坏或只是改了扩展名：请在 Excel 或 WPS 中打开后重新保存',
  workbookEncrypted: () =>
    '工作簿设有打开密码，无法读取：请在 Excel 或 WPS 中取消密码（文件 → 信息 → 保护工作簿）后另存再导入',
  workbookTooLarge: () => '工作簿解压后超过 600 MB 上限（可能是压缩炸弹或异常文件），未读取',
  noSheetRead: (p: Params) => `没有可导入的工作表：${p.sheets}`,
  formLabelMissing: (p: Params) => `表中找不到“${p.label}”，此表不导入`,
  badUtf8: () => '文件以 UTF-8 标记开头，但内容不是有效的 UTF-8 文本',
  binary: () => '不是 CSV 文本文件，也不是 Excel 工作簿（可能是图片、压缩包或 PDF）：请导出为 CSV 或 .xlsx 后再导入',
  tooBig: (p: Params) => `文件大小 ${p.mb} MB，超过 50 MB 上限，未读取：请按单位或季度拆分后分别导入`,
  readFailed: (p: Params) => (p.message ? `读取失败：${p.message}` : '读取失败'),
  duplicate: (p: Params) => `与${where(p)}重复（${KEY_PARTS[p.parts as KeyParts]}相同）`,
  codeTaken: (p: Params) => `已被另一指标使用：${p.year}年 ${p.unit} ${p.scope} ${p.name}`,
  noIndicator: (p: Params) => `找不到对应的指标（${p.year}年 ${p.unit} ${p.scope}）：请先导入绩效目标，或一并导入`,
  codeElsewhere: (p: Params) => `属于${p.year}年 ${p.unit} ${p.scope}，与本行的年度、单位、类别不符`,
  noBudgetLine: (p: Params) => `找不到对应的预算项目（${p.year}年 ${p.unit} ${p.scope}）：请先导入预算，或一并导入`,
  parentConflict: (p: Params) =>
    `与${where(p)}所填的主管部门“${p.parent}”不一致：${p.year}年 ${p.unit} 只能有一个主管部门`,
  actualEmpty: () => '实际值为空',
  actualTargetUnknown: () => '指标值无法识别，实际值不参与计算',
  actualNotNumber: () => '不是数字',
  actualUnitMismatch: (p: Params) =>
    `的单位 '${p.unit}' 与指标值的单位 ${p.targetUnit ? `'${p.targetUnit}'` : '无单位'} 不一致`,
  actualNotCompletion: () => '应为完成日期（如 2024-11-30）、完成月份（如 7月、2024-07）或 已完成、未完成',
  reviewState: () => '应为 待审核、已退回 或 已审核',
  reviewTime: () => '应为时间，如 2024-10-15 09:30:00+08:00',
  reviewNoReason: () => '已退回须填写至少一条退回原因',
  reviewNoData: (p: Params) => `${p.year}年 ${p.unit} 没有数据：请先导入该单位的数据，或一并导入`,
  actualNotGrade: () => '不是可识别的等级（达成、基本达成、部分达成、未达成 等）或百分比',
  rectifyPeriod: () => '应为报告期，如 第3季度、1-7月 或 1月',
  rectifySubject: () => `应为 ${Object.values(RECTIFY_SUBJECT_NAMES).join(' 或 ')}`,
  rectifyState: () => `应为 ${Object.values(RECTIFY_STATE_NAMES).join('、')} 之一`,
  rectifyDate: () => '应为日期，如 2024-12-31',
  rectifyHistory: () =>
    '应为逐次的状态和日期，如 未开始 2024-10-10；整改中 2024-10-12（每次须可由前一状态转入，日期不早于前一次）',
  rectifyMove: () => '不能由状态变化中的最后一个状态转入（日期也不能早于它）',
  rectifyReason: () => '状态为 不再需要 时须填写状态说明',
  noRectifyLine: (p: Params) =>
    `找不到对应的指标或预算项目（${p.year}年 ${p.unit} ${p.scope}）：请先导入绩效目标或预算，或一并导入`,
} satisfies Record<string, (p: Params) => string>

export type ProblemCode = keyof typeof PROBLEM_TEXT

/** A problem's sentence in Chinese, with the code and parameters to say it in another language. */
export function problemOf(
  code: ProblemCode,
  params: Params = {},
): { expected: string; code: ProblemCode; params: Params } {
  return { expected: PROBLEM_TEXT[code](params), code, params }
}

/** What the importer tells without refusing anything, by code, with its Chinese sentence. */
export const NOTICE_TEXT = {
  unknownColumns: (p: Params) => `以下列不属于${KIND_NAMES[p.kind as ImportKind] ?? p.kind}文件，已忽略：${p.columns}`,
  unreported: (p: Params) => `${p.n} 行未填写${p.kind === 'spending' ? '执行数' : '实际值'}，视为未填报，不导入`,
  formColumnsIgnored: (p: Params) => `以下列不属于绩效指标的字段，已忽略：${p.columns}`,
  fundsColumnsIgnored: (p: Params) => `以下资金表头无法识别，已忽略：${p.columns}`,
  unitFromFile: (p: Params) => `部门名称“${p.short}”按同一文件中的“${p.unit}”读取`,
  unitGiven: (p: Params) => `表上未填单位，按导入者填写的“${p.unit}”导入`,
  fundsMismatch: (p: Params) => `资金明细之和 ${p.sum} 万元与年度资金总额 ${p.total} 万元不符，按年度资金总额计`,
  subtotalWeightMismatch: (p: Params) =>
    `${p.cell}：“${p.level}”一行的分值 ${p.given} 与其下各指标分值之和 ${p.sum} 不符，按各指标的分值计`,
  subtotalScoreMismatch: (p: Params) =>
    `${p.cell}：“${p.level}”一行的得分 ${p.given} 与其下各指标得分之和 ${p.sum} 不符，按各指标的得分计`,
  unweightedLevel: (p: Params) =>
    `一级指标“${p.level}”下 ${p.n} 项指标没有分值，该一级指标也没有默认权重，这些指标不参与计分`,
  unweightedNoLevel: (p: Params) => `${p.n} 项没有一级指标的指标没有分值，也没有默认权重，这些指标不参与计分`,
  fundSourcesMismatch: (p: Params) =>
    `资金来源之和 ${p.sum} 万元与年度资金总额 ${p.total} 万元不符：来源按表保存，按年度资金总额计`,
  parentChanged: (p: Params) => `${p.year}年 ${p.unit} 的主管部门由“${p.before}”改为“${p.parent}”`,
  parentNamed: (p: Params) => `${p.year}年 ${p.unit} 的主管部门记为“${p.parent}”`,
  targetUnknown: (p: Params) =>
    `第${p.line}行：指标值 '${p.target}' 无法识别，将按原文保存并标记为“无法识别”，不参与计分`,
  unwantedStripped: (p: Params) =>
    `第${p.lines}行（共 ${p.rows} 行）的${p.columns}含控制字符或文字方向字符（如 U+202E），已删除 ${p.n} 个`,
  noteCut: (p: Params) => `第${p.lines}行（共 ${p.rows} 行）的${p.columns}超过 ${p.max} 个字符，已截断`,
  reviewStale: (p: Params) =>
    `${p.year}年 ${p.unit} ${p.period} 的审核（${p.at}）早于本机对该期数值的修改，未采用：该期仍为待审核`,
  reviewOlder: (p: Params) => `${p.year}年 ${p.unit} ${p.period} 的审核（${p.at}）早于本机已有的审核，未采用`,
  implausibleNegative: (p: Params) => `第${p.line}行 ${p.name}：实际值 ${p.value} 为负数，请确认`,
  implausibleBelow: (p: Params) => `第${p.line}行 ${p.name}：累计值 ${p.value} 低于上期的 ${p.previous}，请确认`,
  implausibleJump: (p: Params) =>
    `第${p.line}行 ${p.name}：实际值 ${p.value} 超过上期 ${p.previous} 的 ${p.factor} 倍，请确认`,
} satisfies Record<string, (p: Params) => string>

export type NoticeCode = keyof typeof NOTICE_TEXT

/** Notices that start with their line (`第3行`), after the file's name. */
const LINE_NOTICES = new Set<NoticeCode>([
  'targetUnknown',
  'implausibleNegative',
  'implausibleBelow',
  'implausibleJump',
])

/**
 * A notice in Chinese, with the code and parameters to say it in another language; with
 * `file`, the sentence starts with the file's name, as the review lists every file's notices.
 */
export function noticeOf(code: NoticeCode, params: Params = {}, file?: string): ImportNotice {
  const text = NOTICE_TEXT[code](params)
  return file === undefined
    ? { text, code, params }
    : { text: `${file}${LINE_NOTICES.has(code) ? ' ' : '：'}${text}`, code, params, file }
}
