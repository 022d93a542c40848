import { FormArea, type Located } from './formArea'
import {
  END_OF_INDICATORS,
  INDICATOR_COLUMNS,
  MARKS,
  isDerivedColumn,
  likelihoodOf,
  normLabel,
  periodOfHeader,
  type IndicatorField,
} from './formLabels'
import { headerKey } from './headerKey'
import { LevelCarry, type SubtotalMismatch } from './parentRows'
import { joinTarget } from './splitTarget'

/** One indicator row of a form: each field's text and the cell it came from. */
export interface IndicatorRow {
  line: number
  values: Partial<Record<IndicatorField, Located>>
  /** 正向/反向, where a split 年度指标值's 指标性质 says so. */
  direction?: Located
}

/** The indicator block of a form (一级指标 … 三级指标 …): its rows, and what it did not read. */
export interface IndicatorBlock {
  headerRow: number
  fields: Set<IndicatorField>
  rows: IndicatorRow[]
  /** Headers that belong to no field (备注, 指标解释 …): ignored, told as a notice. */
  ignored: string[]
  /** The form's own 总分 row's 得分, where it has one. */
  total: Located | null
  /** Parent rows (a 一级's or 二级's own row) whose 分值 or 得分 is not their sub-items' sum. */
  subtotals: SubtotalMismatch[]
}

/** A column of the block: the field it fills; for a check-box column, the word its mark stands for. */
interface ColumnSpec {
  field: IndicatorField
  column: number
  mark?: string
}

/** Labels of the block that name no value (the block's own title column, a row number). */
const STRUCTURAL = new Set(
  ['绩效指标', '年度绩效指标', '序号', '指标', '产出指标', '效益指标', '满意度指标'].map(headerKey),
)

/** The three columns a 年度指标值 may be split into, under its group header. */
const SPLIT_TARGET: ReadonlySet<IndicatorField> = new Set(['targetNature', 'targetText', 'targetUnit'])

/** The field a header names; `1-7月执行情况` is the actual, `备注` the action on a 监控表. */
function fieldOf(label: string, monitoring: boolean): IndicatorField | null {
  const text = headerKey(label)
  if (periodOfHeader(text) && /执行情况|完成情况|完成值|执行数/.test(text)) return 'actualText'
  if (monitoring && text === '备注') return 'action'
  for (const [field, labels] of Object.entries(INDICATOR_COLUMNS))
    if ((labels as ReadonlySet<string>).has(text)) return field as IndicatorField
  return null
}

/** The headers that may name the indicators, deepest first: a tree without 三级 names them in its last level. */
const NAME_HEADERS = [INDICATOR_COLUMNS.name, INDICATOR_COLUMNS.level2, INDICATOR_COLUMNS.level1]

/** The column of a header row that names the indicators: 三级指标, else the deepest level there is. */
function nameColumnOf(area: FormArea, row: number, width = area.width(row)): number | null {
  for (const labels of NAME_HEADERS)
    for (let column = 0; column < width; column++) if (labels.has(headerKey(area.text({ row, column })))) return column
  return null
}

/** The row of the block's headers: it has a target column, and 三级指标 or the deepest level of a shorter tree. */
export function findIndicatorHeader(area: FormArea): number | null {
  for (let row = area.from; row < area.to; row++) {
    let target = false
    for (let column = 0; column < area.width(row); column++)
      if (INDICATOR_COLUMNS.targetText.has(headerKey(area.text({ row, column })))) target = true
    if (target && nameColumnOf(area, row) !== null) return row
  }
  return null
}

/**
 * Reads the indicator block whose headers are on `headerRow`. A second header row under a
 * group (偏差原因分析: 经费保障 制度保障 …; 完成目标可能性: 确定能 有可能 …) makes its columns
 * check boxes: a row's value is the word over its marked box. A blank 一级 or 二级 cell
 * continues the one above (a merged cell saved as CSV). A tree of fewer levels names its
 * indicators in its last level's column (一级指标 | 二级指标 | 指标值: the 二级 are the names).
 * A row with no name that gives a level is that level's parent row: never an indicator.
 */
export function readIndicatorBlock(area: FormArea, headerRow: number, monitoring: boolean): IndicatorBlock {
  const width = Math.max(area.width(headerRow), area.width(headerRow + 1))
  const nameColumn = nameColumnOf(area, headerRow, width)!
  const subRow = isSubHeader(area, headerRow, nameColumn) ? headerRow + 1 : null
  const specs: ColumnSpec[] = []
  const ignored: string[] = []
  let group = ''
  for (let column = 0; column < width; column++) {
    const own = area.text({ row: headerRow, column })
    // A merged group header saved as CSV is blank after its first cell.
    const top = own || (subRow !== null ? group : '')
    if (own) group = own
    const sub = subRow === null ? '' : area.text({ row: subRow, column })
    const topField = column === nameColumn ? 'name' : top ? fieldOf(top, monitoring) : null
    const hasSub = sub !== '' && sub !== top
    const subField = hasSub ? fieldOf(sub, monitoring) : null
    if (topField && hasSub && (topField === 'reason' || topField === 'likelihood'))
      specs.push({ field: topField, column, mark: sub })
    // 年度指标值 over 指标性质 | 指标值 | 度量单位: each part read apart, joined per row.
    else if (topField === 'targetText' && subField && SPLIT_TARGET.has(subField))
      specs.push({ field: subField, column })
    else if (topField && !specs.some((s) => s.field === topField)) specs.push({ field: topField, column })
    else if (!topField && subField) specs.push({ field: subField, column })
    else if (own && !topField && !STRUCTURAL.has(headerKey(own)) && !isDerivedColumn(own) && !ignored.includes(own))
      ignored.push(own)
  }
  // The app's own 自评表 export has both its 得分 and the form's 表内得分: the latter is the form's.
  const ownScore = [...Array(width).keys()].find(
    (c) => headerKey(area.text({ row: headerRow, column: c })) === '表内得分',
  )
  if (ownScore !== undefined)
    specs.splice(
      specs.findIndex((s) => s.field === 'formScore'),
      1,
      { field: 'formScore', column: ownScore },
    )
  const targetAt = specs.find((s) => s.field === 'targetText')
  const rows: IndicatorRow[] = []
  let total: Located | null = null
  const levels = new LevelCarry()
  for (let row = (subRow ?? headerRow) + 1; row < area.to; row++) {
    const first = firstFilled(area, row)
    if (first !== null && END_OF_INDICATORS.test(area.text({ row, column: first }))) {
      const scoreAt = specs.find((s) => s.field === 'formScore')
      if (/^总分/.test(area.text({ row, column: first })) && scoreAt && area.text({ row, column: scoreAt.column }))
        total = area.located({ row, column: scoreAt.column })
      break
    }
    const name = area.text({ row, column: nameColumn })
    if (name && repeatsHeader(area, name)) continue
    const values: IndicatorRow['values'] = {}
    const marks = new Map<IndicatorField, { words: string[]; cell: string }>()
    for (const spec of specs) {
      const text = area.text({ row, column: spec.column })
      if (!text) continue
      if (spec.mark === undefined) values[spec.field] = area.located({ row, column: spec.column })
      else {
        const kept = marks.get(spec.field) ?? { words: [], cell: area.cell({ row, column: spec.column }) }
        kept.words.push(MARKS.has(normLabel(text)) ? spec.mark : text)
        marks.set(spec.field, kept)
      }
    }
    for (const [field, { words, cell }] of marks) values[field] = { value: words.join('、'), cell }
    const direction = joinSplitTarget(values)
    if (values.likelihood) values.likelihood = { ...values.likelihood, value: likelihoodOf(values.likelihood.value) }
    // 未填报 is how the app's exports write a value not reported: none.
    if (values.actualText?.value === '未填报') delete values.actualText
    // A 全年预计 the app estimated (its exports mark it 测算) is no officer's forecast.
    if (values.forecast && /[（(]测算[)）]$/.test(values.forecast.value)) delete values.forecast
    const own = { level1: values.level1, level2: values.level2 }
    levels.carry(values)
    // A level's own row: its name cell blank, or repeating its level (merged across).
    if (!name || name === own.level1?.value || name === own.level2?.value) {
      levels.parent(values, own)
      continue
    }
    // A row cut off before its target (a sheet that ends mid-table): its problem names the empty cell.
    if (!values.targetText && targetAt) values.targetText = area.located({ row, column: targetAt.column })
    rows.push({ line: area.line(row), values, ...(direction && { direction }) })
  }
  return {
    headerRow,
    fields: new Set(specs.map((s) => s.field)),
    rows,
    ignored,
    total,
    subtotals: levels.mismatches(rows),
  }
}

/** Joins a split target's parts into its 年度指标值 (in place); the direction its 指标性质 said, if any. */
function joinSplitTarget(values: IndicatorRow['values']): Located | undefined {
  const { targetNature: nature, targetText: value, targetUnit: unit } = values
  delete values.targetNature
  delete values.targetUnit
  if (!nature && !unit) return undefined
  const joined = joinTarget(nature?.value ?? '', value?.value ?? '', unit?.value ?? '')
  const cell = (value ?? nature ?? unit)!.cell
  if (joined.text) values.targetText = { value: joined.text, cell }
  return joined.direction && { value: joined.direction, cell: nature!.cell }
}

/** Whether a row's 三级指标 cell repeats the block's header or the form's title: a printed form's next page. */
function repeatsHeader(area: FormArea, name: string): boolean {
  const title = firstFilled(area, area.from)
  return (
    INDICATOR_COLUMNS.name.has(headerKey(name)) ||
    (title !== null && name === area.text({ row: area.from, column: title }))
  )
}

function firstFilled(area: FormArea, row: number): number | null {
  for (let column = 0; column < area.width(row); column++) if (area.text({ row, column })) return column
  return null
}

/**
 * Whether the row under the headers is a second header row: its 三级指标 cell is empty or
 * repeats the header (a vertical merge), no level cell names a level (a 一级's own row
 * would), and some cell says something new.
 */
function isSubHeader(area: FormArea, headerRow: number, nameColumn: number): boolean {
  const row = headerRow + 1
  if (row >= area.to) return false
  const name = area.text({ row, column: nameColumn })
  if (name && name !== area.text({ row: headerRow, column: nameColumn })) return false
  const columns = [...Array(area.width(row)).keys()]
  const namesLevel = (column: number) => {
    const [text, header] = [area.text({ row, column }), area.text({ row: headerRow, column })]
    const key = headerKey(header)
    return text !== '' && text !== header && (INDICATOR_COLUMNS.level1.has(key) || INDICATOR_COLUMNS.level2.has(key))
  }
  if (columns.some(namesLevel)) return false
  for (const column of columns) {
    const text = area.text({ row, column })
    if (text && text !== area.text({ row: headerRow, column }) && !MARKS.has(normLabel(text))) return true
  }
  return false
}
