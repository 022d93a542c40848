/**
 * A period filled in on the page (#/entry) checked exactly as an imported file is: its
 * lines become an actuals table and a spending table under the importer's own headers,
 * mapped by the same row mapping and planned against what is stored by the same plan.
 * One path for both, so a value the importer refuses is refused here too, in the same words.
 */
import type { Dataset, ImportNotice, ImportPlan, ImportProblem } from '@/domain/model'
import { periodOf, type Month, type Period } from '@/domain/period'
import { KIND_NAMES } from '@/domain/kindNames'
import { planImport } from './importPlan'
import { parseTable } from './parseTable'

/** What the officer typed for one indicator. */
export interface EntryValues {
  actual: string
  forecast: string
  likelihood: string
  reason: string
  action: string
}

/** An indicator's line of the entry screen: its code and what was typed. */
export interface EntryLine {
  code: string
  values: EntryValues
}

/** A budget line's line: its id, its item, and the 执行数 typed. */
export interface SpendingLine {
  budgetId: string
  scope: string
  item: string
  spent: string
  /** 全年预计执行数 typed, or ''. */
  forecast: string
}

/** The name an entry's batch goes by in the history: `在线填报 2024年第3季度`. */
export const entryFileName = (year: number, periodName: string) => `在线填报 ${year}年${periodName}`

/** An entry batch's year and period read back from its name (`entryFileName`), to say it in another language; null for any other name. */
export function entryOfFileName(name: string): { year: number; period: Period } | null {
  const match = /^在线填报 (\d{4})年(?:第([1-4])季度|1-(\d{1,2})月|1月)$/.exec(name)
  if (!match) return null
  const year = Number(match[1])
  if (match[2] !== undefined) return { year, period: periodOf((Number(match[2]) * 3) as Month) }
  const month = Number(match[3] ?? 1)
  return month >= 1 && month <= 12 ? { year, period: { month: month as Month, byMonth: true } } : null
}

const ACTUAL_HEADERS = [
  '年度',
  '单位',
  '类别',
  '指标编码',
  '三级指标',
  '截至月份',
  '季度',
  '实际值',
  '全年预计',
  '完成可能性',
  '偏差原因',
  '改进措施',
]
const SPENDING_HEADERS = ['年度', '单位', '类别', '预算项目', '截至月份', '季度', '执行数', '全年预计执行数']

/** The plan of an entry and each line's problems, by indicator code or budget id. */
export interface EntryCheck {
  plan: ImportPlan
  problems: Map<string, ImportProblem[]>
  /** Each indicator's unlikely value (negative, below or far above the last period's), as the importer tells it. */
  warnings: Map<string, ImportNotice[]>
}

/**
 * Checks the lines typed for `unit`'s `year` at month `month` (given as a month when
 * `byMonth`) against the stored unit-year. A line with nothing typed is not reported and
 * not checked, as a blank template line is not.
 */
export function checkEntry(
  stored: Dataset,
  key: { unit: string; year: number; month: Month; byMonth: boolean },
  lines: readonly EntryLine[],
  spending: readonly SpendingLine[],
  fileName: string,
): EntryCheck {
  const period = key.byMonth
    ? // Stryker disable next-line StringLiteral: equivalent, a filled 截至月份 is read before any 季度
      [String(key.month), '']
    : ['', String(key.month / 3)]
  const targets = new Map(stored.targets.map((t) => [t.code, t]))
  const actualRows = lines.flatMap((line) => {
    const target = targets.get(line.code)
    if (!target) return []
    const v = line.values
    return [
      [
        String(key.year),
        key.unit,
        target.scope,
        target.code,
        target.name,
        ...period,
        v.actual,
        v.forecast,
        v.likelihood,
        v.reason,
        v.action,
      ],
    ]
  })
  const spendingRows = spending.map((s) => [
    String(key.year),
    key.unit,
    s.scope,
    s.item,
    ...period,
    s.spent,
    s.forecast,
  ])
  // Row i of a table is its line i + 2, as in a file: problems find their line by it.
  const lineNumbers = (n: number) => Array.from({ length: n + 1 }, (_, i) => i + 1)
  const parts = [
    ...(actualRows.length > 0
      ? [parseTable([ACTUAL_HEADERS, ...actualRows], lineNumbers(actualRows.length), fileName)]
      : []),
    ...(spendingRows.length > 0
      ? [
          parseTable(
            [SPENDING_HEADERS, ...spendingRows],
            lineNumbers(spendingRows.length),
            `${fileName} · ${KIND_NAMES.spending}`,
          ),
        ]
      : []),
  ]
  const plan = planImport(parts, stored)
  const known = lines.filter((l) => targets.has(l.code))
  const keyOf = (p: ImportProblem) => (p.file === fileName ? known[p.line - 2]?.code : spending[p.line - 2]?.budgetId)
  const problems = new Map<string, ImportProblem[]>()
  for (const p of plan.problems) {
    const k = keyOf(p)
    if (k) problems.set(k, [...(problems.get(k) ?? []), p])
  }
  const warnings = new Map<string, ImportNotice[]>()
  for (const n of plan.notices) {
    const k = n.file === fileName && typeof n.params.line === 'number' ? known[n.params.line - 2]?.code : undefined
    if (k && n.code.startsWith('implausible')) warnings.set(k, [...(warnings.get(k) ?? []), n])
  }
  return { plan, problems, warnings }
}
