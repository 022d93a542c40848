import { unmarkText } from './csvWriter'
import type { TextEncodingName } from './encoding'
import type { ParsedCsv } from './parsedCsv'
import type { ImportCounts, ImportNotice, ImportProblem, ImportPlan, ImportKind, PlannedRectify } from '@/domain/model'
import { unitYearIdOf } from '@/domain/unitYears'
import { targetChanges, type TargetChange } from '@/domain/targetChanges'
import type { FileRead, SheetSummary } from './importFile'
import type { FormSummary } from './forms/formParts'
import type { ReadyPlan } from './importForms'

/** Rows of a file shown in the preview; every row is still checked and imported. */
export const PREVIEW_ROWS = 500

/**
 * What the import screen shows of a file read in the worker: its facts, its problems
 * and the first rows. The records stay in the worker, so a province's file never has
 * to be copied to (and held by) the page.
 */
export interface FileSummary {
  fileName: string
  encoding: TextEncodingName | null
  kind: ImportKind | 'review' | null
  headers: string[]
  /** Non-blank data rows in the file. */
  rowCount: number
  problems: ImportProblem[]
  notices: ImportNotice[]
  /** The first PREVIEW_ROWS rows as read, and the editor line each starts on. */
  preview: { rows: string[][]; lines: number[] }
  /** Every kind the file holds (a workbook or a form may hold several). */
  kinds: (ImportKind | 'review')[]
  /** The file's parts, each of one kind: the file itself for a flat CSV. */
  parts: PartSummary[]
  workbook: boolean
  /** Official forms found in it, each with where its facts were read. */
  forms: FormSummary[]
  /** A workbook's sheets and what became of each. */
  sheets: SheetSummary[]
}

/** One part of a file (a sheet, or one kind read from a form): what its preview tab shows. */
export interface PartSummary {
  name: string
  kind: ImportKind | 'review' | null
  headers: string[]
  rowCount: number
  preview: { rows: string[][]; lines: number[] }
}

/** The summary of a file of one part (a CSV file, or one that could not be read). */
export function summariseFile(parsed: ParsedCsv, previewRows = PREVIEW_ROWS): FileSummary {
  return summariseRead(
    { fileName: parsed.fileName, encoding: parsed.encoding, workbook: false, parts: [parsed], forms: [], sheets: [] },
    previewRows,
  )
}

/** The summary of a file read: its parts, forms and sheets, its problems and notices. */
export function summariseRead(read: FileRead, previewRows = PREVIEW_ROWS): FileSummary {
  const parts = read.parts.map((p) => partOf(p, previewRows))
  const first = parts[0]
  const kinds = [...new Set(parts.flatMap((p) => (p.kind ? [p.kind] : [])))]
  const single = read.parts.length === 1
  return {
    fileName: read.fileName,
    encoding: read.encoding,
    kind: single ? (first?.kind ?? null) : null,
    kinds,
    headers: single ? (first?.headers ?? []) : [],
    rowCount: parts.reduce((sum, p) => sum + p.rowCount, 0),
    problems: read.parts.flatMap((p) => p.problems),
    notices: read.parts.flatMap((p) => p.notices),
    preview: single && first ? first.preview : { rows: [], lines: [] },
    parts,
    workbook: read.workbook,
    forms: read.forms,
    sheets: read.sheets,
  }
}

function partOf(parsed: ParsedCsv, previewRows: number): PartSummary {
  return {
    name: parsed.fileName,
    kind: parsed.kind,
    headers: parsed.headers,
    rowCount: parsed.rows.length,
    // Shown as the importer reads them: a spreadsheet's text mark (`'=100%`) is no part of the value.
    preview: {
      rows: parsed.rows.slice(0, previewRows).map((row) => row.map(unmarkText)),
      lines: parsed.rowLines.slice(0, previewRows),
    },
  }
}

/** An import plan without its rows: what the page needs to show it and decide. */
export type PlanSummary = Omit<ImportPlan, 'rows' | 'parents' | 'rectify' | 'review'> & {
  /** Unit-periods whose review a 审核 file changes, when any. */
  reviewCount?: number
  /** 整改 items a form's 整改 columns would add and update, when any. */
  rectifyCounts?: { added: number; updated: number }
  /** Rows that would be written (added or updated), and unit-years whose 主管部门 would change. */
  toWrite: number
  /** The unit-years it writes, each with the latest period of its values: where to look afterwards. */
  unitYears: { unit: string; year: number; month?: number; byMonth?: boolean }[]
  /** Rows each part would write (added or updated, or a 主管部门 changed): a form that writes none is unchanged. */
  partWrites: Record<string, number>
  /** When some forms have problems: what importing only the ready ones would do. */
  ready: ReadySummary | null
  /** Stored targets whose 指标值 the import changes: the preview asks whether they are adjusted or corrected. */
  targetChanges?: { listed: TargetChange[]; total: number }
}

/** What importing only the ready forms would write, and what it holds back. */
export interface ReadySummary {
  counts: ImportCounts
  toWrite: number
  /** The parts held back: every part of a form with a problem. */
  held: string[]
  /** Problems found only when the ready forms were taken alone (values of a held-back form's indicators). */
  problems: ImportProblem[]
  /** Where to look afterwards, as for the whole plan. */
  unitYears: PlanSummary['unitYears']
}

/** The unit-years a plan writes, at most this many: links after a commit, not a list. */
const UNIT_YEAR_LINKS = 5

/** The summary of a plan, and of the plan of its ready forms when some have problems. */
export function summarisePlan(
  { rows, parents, rectify = [], review = [], ...rest }: ImportPlan,
  ready: ReadyPlan | null = null,
): PlanSummary {
  const partWrites: Record<string, number> = {}
  for (const { file, status } of rows) if (status !== 'unchanged') partWrites[file] = (partWrites[file] ?? 0) + 1
  for (const { file } of parents) partWrites[file] = (partWrites[file] ?? 0) + 1
  for (const { file, added, updated } of rectify) partWrites[file] = (partWrites[file] ?? 0) + added + updated
  for (const { file } of review) partWrites[file] = (partWrites[file] ?? 0) + 1
  const items = rectifyCounts(rectify)
  return {
    ...rest,
    toWrite: writes(rest.counts, parents) + items.added + items.updated + review.length,
    ...(rectify.length > 0 && { rectifyCounts: items }),
    ...(review.length > 0 && { reviewCount: review.length }),
    unitYears: unitYearsWritten(rows),
    partWrites,
    targetChanges: targetChanges(rows),
    ready: ready && {
      counts: ready.plan.counts,
      toWrite:
        writes(ready.plan.counts, ready.plan.parents) +
        itemWrites(ready.plan.rectify) +
        (ready.plan.review?.length ?? 0),
      held: [...ready.held],
      problems: ready.problems,
      unitYears: unitYearsWritten(ready.plan.rows),
    },
  }
}

/** The 整改 items planned: added and updated, over every file. */
function rectifyCounts(planned: readonly PlannedRectify[]): { added: number; updated: number } {
  return planned.reduce((n, p) => ({ added: n.added + p.added, updated: n.updated + p.updated }), {
    added: 0,
    updated: 0,
  })
}

/** The 整改 items a plan adds or updates. */
const itemWrites = (planned: readonly PlannedRectify[] = []) => {
  const { added, updated } = rectifyCounts(planned)
  return added + updated
}

/** What a plan writes: its rows added or updated, and each 主管部门 it changes. */
const writes = (counts: ImportCounts, parents: ImportPlan['parents']) => counts.added + counts.updated + parents.length

/** The unit-years rows write, each at the latest period of its values; at most UNIT_YEAR_LINKS. */
function unitYearsWritten(rows: ImportPlan['rows']): PlanSummary['unitYears'] {
  const unitYears = new Map<string, PlanSummary['unitYears'][number]>()
  for (const { record, status } of rows) {
    if (status === 'unchanged') continue
    const { unit, year } = record as { unit: string; year: number }
    const key = unitYearIdOf(record)
    if (!unitYears.has(key) && unitYears.size >= UNIT_YEAR_LINKS) continue
    const entry = unitYears.get(key) ?? { unit, year }
    const dated = record as { month?: number; byMonth?: boolean }
    if (dated.month !== undefined && (entry.month === undefined || dated.month > entry.month))
      Object.assign(entry, { month: dated.month, byMonth: dated.byMonth ?? false })
    unitYears.set(key, entry)
  }
  return [...unitYears.values()]
}
