/**
 * An official form read (readForm) as the four flat kinds: rows under our own headers,
 * checked by the same mapping as a CSV file, each cell remembered so that a problem cites
 * `工作表1!F14`. What the preview shows of the form is its FormSummary.
 */
import { detectKind } from '../csvKinds'
import { KIND_NAMES } from '@/domain/kindNames'
import { mapRows } from '../rowMapping'
import { cleanCells } from '../textCells'
import { noticeOf, problemOf } from '../problemText'
import { failedFile, type ParsedCsv } from '../parsedCsv'
import type { DataKind, ImportNotice, ImportKind } from '@/domain/model'
import {
  chineseFormPeriodName,
  chinesePeriodName,
  isWholeYear,
  periodOf,
  type Month,
  type Period,
} from '@/domain/period'
import { joinKey } from '@/domain/keys'
import type { Located } from './formArea'
import type { FormType } from './formLabels'
import type { FormRead } from './readForm'
import { amountOf, addsUp, buildTables, fundsOf, sumOf, type TableBuilder } from './formTables'
import { formKeyOf, needsUnit } from './givenUnit'
import { digestOf } from './formDigest'
import { rectifyOfForm } from './rectifyRead'

/** What the preview shows of a form found: what it is, where each fact was read, what it holds. */
export interface FormSummary {
  /** The form's key within its file (its title's cell): what a unit given for it is kept under. */
  key: string
  sheet: string | null
  type: FormType
  title: string
  year: string
  unit: string
  scope: string
  /** `1-7月`, `全年` or '' for a 申报表. */
  period: string
  /** The month it reports (7 for 1-7月, 12 for a 自评表), or null for a 申报表; whether given as a month. */
  month: number | null
  byMonth: boolean
  /** Each fact and the cell it was read from; `key` names the fact in any language, `label` as the form printed it. */
  fields: FormField[]
  counts: Record<DataKind, number>
  /** Labels it could not find: nothing of it is written. */
  missing: string[]
  /** Its unit is printed nowhere on it: the preview asks for one, for the whole form. */
  needsUnit: boolean
  /** The unit was given by the user, not read from the form. */
  unitGiven: boolean
  /** A fingerprint of the rows it writes: two forms with the same one are the same in content. */
  digest: string
  /** Its parts, as the review and the history name them. */
  parts: string[]
}

/** A fact of a form and where it was read. */
export interface FormField {
  key:
    | 'title'
    | 'year'
    | 'unit'
    | 'givenUnit'
    | 'implementingUnit'
    | 'parent'
    | 'scope'
    | 'period'
    | 'fundTotal'
    | 'fundPart'
    | 'formTotal'
  label: string
  value: string
  cell: string
}

/** The period a form reports, or null for a 申报表. */
const periodOfForm = (form: FormRead): Period | null =>
  form.month ? periodOf(form.month.value as Month, form.month.byMonth) : null

/** The form's period in Chinese: `1-7月`, `全年`, or '' for a 申报表. */
const periodNameOf = (form: FormRead) => {
  const period = periodOfForm(form)
  return period ? chineseFormPeriodName(period) : ''
}

/**
 * When a project form names its department only by a short name (部门名称: 商务局) and
 * another form of the same file names a unit ending in it (九江市柴桑区商务局), it is that unit.
 */
export function resolveUnits(forms: FormRead[]): { form: FormRead; from?: string }[] {
  const full = [...new Set(forms.flatMap((f) => (f.unit ? [f.unit.value] : [])))]
  return forms.map((form) => {
    const short = form.unit?.value
    if (!short || form.unitFrom !== 'department') return { form }
    const longer = full.filter((u) => u !== short && u.endsWith(short))
    if (longer.length !== 1) return { form }
    return {
      form: { ...form, unit: { value: longer[0]!, cell: form.unit!.cell }, unitFrom: 'file' as const },
      from: short,
    }
  })
}

/** The form as parts of the flat kinds, and its summary. `index` numbers it within its file. */
export function formToParts(
  form: FormRead,
  fileName: string,
  index: number,
  renamedFrom?: string,
): { parts: ParsedCsv[]; summary: FormSummary } {
  const scopeName = form.scope?.value ?? '?'
  // The history names the batches by their parts: a unit the user gave is said in the name.
  const given = form.unitFrom === 'given' && form.unit ? `（单位由导入者填写：${form.unit.value}）` : ''
  const partName = (kind: ImportKind) =>
    `${fileName} › ${form.sheet ? `${form.sheet} › ` : ''}表${index} ${scopeName} · ${KIND_NAMES[kind]}${given}`
  const summary: FormSummary = {
    key: formKeyOf(form),
    sheet: form.sheet,
    type: form.type,
    title: form.title.value,
    year: form.year?.value ?? '',
    unit: form.unit?.value ?? '',
    scope: form.scope?.value ?? '',
    period: periodNameOf(form),
    month: form.month?.value ?? null,
    byMonth: form.month?.byMonth ?? false,
    fields: fieldsOf(form),
    counts: { targets: 0, budget: 0, actuals: 0, spending: 0 },
    missing: form.missing,
    needsUnit: needsUnit(form),
    unitGiven: form.unitFrom === 'given',
    digest: '',
    parts: [],
  }
  if (form.missing.length > 0) {
    // A form half read is not written at all: one failed part says which labels are missing.
    const failed = failedForm(
      form,
      `${fileName} › ${form.sheet ? `${form.sheet} › ` : ''}表${index} ${form.title.value}`,
    )
    summary.parts.push(failed.fileName)
    return { parts: [failed], summary }
  }
  const tables = buildTables(form)
  summary.digest = digestOf(Object.values(tables).map((t) => t.rows))
  const notices = noticesOf(form, renamedFrom)
  const parts: ParsedCsv[] = []
  for (const kind of ['targets', 'budget', 'actuals', 'spending'] as const) {
    const table = tables[kind]
    if (table.rows.length === 0) continue
    const part = partOf(kind, table, partName(kind), parts.length === 0 ? notices : [])
    const rectify = kind === 'actuals' ? rectifyOfForm(form) : []
    if (rectify.length > 0) part.rectify = rectify
    summary.counts[kind] = part.tagged?.records.length ?? 0
    summary.parts.push(part.fileName)
    parts.push(part)
  }
  return { parts, summary }
}

function fieldsOf(form: FormRead): FormField[] {
  const fields: FormField[] = [{ key: 'title', label: '表名', value: form.title.value, cell: form.title.cell }]
  const add = (key: FormField['key'], label: string, located: Located | null | undefined) =>
    located && fields.push({ key, label, value: located.value, cell: located.cell })
  add('year', '年度', form.year)
  if (form.unitFrom === 'implementing') add('implementingUnit', '实施单位', form.unit)
  // A unit the user gave stands in no cell.
  else if (form.unitFrom === 'given') add('givenUnit', '单位', form.unit && { ...form.unit, cell: '' })
  else add('unit', '单位', form.unit)
  add('parent', '主管部门', form.parent)
  add('scope', '类别', form.scope)
  const period = periodOfForm(form)
  if (form.month && period && !isWholeYear(period))
    fields.push({ key: 'period', label: '报告期', value: chinesePeriodName(period), cell: form.month.cell })
  for (const line of form.funds) {
    const first = Object.values(line.amounts)[0]
    if (first)
      fields.push({
        key: line.role === 'total' ? 'fundTotal' : 'fundPart',
        label: line.label,
        value: first.value,
        cell: first.cell,
      })
  }
  add('formTotal', '表内总分', form.indicators?.total)
  return fields
}

/** A form that cannot be read whole, as a file that could not be: one problem per missing label. */
function failedForm(form: FormRead, fileName: string): ParsedCsv {
  const problems = form.missing.map((label) => ({
    file: fileName,
    line: form.titleLine,
    cell: form.title.cell,
    column: label,
    ...problemOf('formLabelMissing', { label }),
  }))
  return failedFile(fileName, problemOf('formLabelMissing', { label: form.missing[0] ?? '' }), {
    delimiter: '',
    problems,
  })
}

function noticesOf(form: FormRead, renamedFrom?: string): ImportNotice[] {
  const notices: ImportNotice[] = []
  if (form.indicators && form.indicators.ignored.length > 0)
    notices.push(noticeOf('formColumnsIgnored', { columns: form.indicators.ignored.join('、') }))
  for (const m of form.indicators?.subtotals ?? [])
    notices.push(
      noticeOf(m.field === 'weight' ? 'subtotalWeightMismatch' : 'subtotalScoreMismatch', {
        cell: m.cell,
        level: m.level,
        given: m.given,
        sum: m.sum,
      }),
    )
  if (form.fundsIgnored.length > 0)
    notices.push(noticeOf('fundsColumnsIgnored', { columns: form.fundsIgnored.join('、') }))
  if (renamedFrom && form.unit) notices.push(noticeOf('unitFromFile', { short: renamedFrom, unit: form.unit.value }))
  if (form.unitFrom === 'given' && form.unit) notices.push(noticeOf('unitGiven', { unit: form.unit.value }))
  const { total, types, sources } = fundsOf(form.funds)
  if (total && types.length > 0 && !addsUp(total, types))
    notices.push(noticeOf('fundsMismatch', { sum: sumOf(types), total: amountOf(total)! }))
  if (total && sources.length > 0 && !addsUp(total, sources))
    notices.push(noticeOf('fundSourcesMismatch', { sum: sumOf(sources), total: amountOf(total)! }))
  return notices
}

function partOf(kind: ImportKind, table: TableBuilder, fileName: string, notices: ImportNotice[]): ParsedCsv {
  const match = detectKind(table.headers)!
  const cleaned = cleanCells(match, table.headers, table.rows, table.lines, fileName)
  const mapped = mapRows(kind, match, cleaned.rows, { file: fileName, lines: cleaned.lines })
  const cellOf = (line: number, column: string) => table.cells.get(joinKey(line, column))
  return {
    fileName,
    encoding: null,
    delimiter: '',
    kind,
    headers: table.headers,
    rows: table.rows,
    rowLines: table.lines,
    tagged: { kind, records: mapped.records } as ParsedCsv['tagged'],
    recordLines: mapped.lines,
    ...(mapped.parents.length > 0 && { parents: mapped.parents }),
    problems: [...cleaned.problems, ...mapped.problems].map((p) => ({
      ...p,
      ...(p.column && cellOf(p.line, p.column) && { cell: cellOf(p.line, p.column) }),
    })),
    // Rows with no value (a form's unreported lines, or a sheet cut off mid-row) are told, as in a CSV file.
    notices: [
      ...notices,
      ...cleaned.notices,
      ...(mapped.unreported > 0 ? [noticeOf('unreported', { n: mapped.unreported, kind })] : []),
    ],
    cellOf,
    ontoStored: true,
  }
}
