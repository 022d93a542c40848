import type { HeaderMatch } from './csvKinds'
import { RowReader } from './rowReader'
import { MAPPERS, type RecordsByKind } from './rowMappers'
import { yearOf } from './rowCells'
import { unitYearsOf } from '@/domain/unitYears'
import type { UnitYearKey, ImportProblem, ImportKind } from '@/domain/model'

/** A kind's rows mapped: the records of the rows without problems, and the problems. */
export interface MappedRows<K extends ImportKind> {
  records: RecordsByKind[K][]
  /** The line each record came from. */
  lines: number[]
  problems: ImportProblem[]
  /** Actuals or spending rows left without a value (a template's unreported lines): skipped, not errors. */
  unreported: number
  /** The 主管部门 each record's row named, where the file has the column and the cell is filled. */
  parents: UnitYearParent[]
}

/** A 主管部门 a row names for its unit-year, and the line it is on. */
export interface UnitYearParent {
  line: number
  year: number
  unit: string
  parent: string
}

interface MapOptions {
  file: string
  /** Whether actuals and spending are the bundled illustrative values. */
  sample?: boolean
  /** The line of each row as an editor shows it; by default row i is on line i + 2. */
  lines?: readonly number[]
}

/**
 * The unit-years some data rows name, each once, read as the mappers read 年度 and 单位;
 * rows whose 年度 does not read are left out (mapping reports them).
 */
export function unitYearsOfCells(
  kind: ImportKind,
  match: HeaderMatch,
  rows: readonly (readonly string[])[],
): UnitYearKey[] {
  const reader = new RowReader(kind, match, '', [])
  return unitYearsOf(rows, (row) => {
    const year = yearOf(reader.at(row, 0).text('year'))
    return year === null ? null : { year, unit: reader.text('unit') }
  })
}

/**
 * Turns data rows of a detected kind into typed records, with one problem per bad
 * cell. A row with any problem yields no record, so nothing half-read is stored.
 */
export function mapRows<K extends ImportKind>(
  kind: K,
  match: HeaderMatch,
  rows: readonly (readonly string[])[],
  options: MapOptions,
): MappedRows<K> {
  const problems: ImportProblem[] = []
  const reader = new RowReader(kind, match, options.file, problems)
  const records: RecordsByKind[K][] = []
  const lines: number[] = []
  const parents: UnitYearParent[] = []
  const named = reader.has('parent')
  let unreported = 0
  rows.forEach((row, i) => {
    if (row.every((cell) => !cell.trim())) return
    const line = options.lines?.[i] ?? i + 2
    if (isUnreported(kind, reader.at(row, line))) {
      unreported += 1
      return
    }
    const before = problems.length
    const record = MAPPERS[kind](reader.at(row, line), options.sample ?? false)
    if (record && problems.length === before) {
      records.push(record as RecordsByKind[K])
      lines.push(line)
      const parent = named ? reader.text('parent') : ''
      if (parent) parents.push({ line, year: record.year, unit: record.unit, parent })
    }
  })
  return { records, lines, problems, unreported, parents }
}

/** A quarterly row with no value and nothing else said about it: not reported yet. */
function isUnreported(kind: ImportKind, r: RowReader): boolean {
  if (kind === 'spending') return !r.text('spent')
  if (kind !== 'actuals') return false
  return ['actualText', 'forecast', 'likelihood', 'reason', 'action'].every((field) => !r.text(field))
}
