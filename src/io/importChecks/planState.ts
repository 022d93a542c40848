/**
 * What the checkers of one import share: the rows planned so far, the problems and notices
 * found, and the helpers every kind's checker uses (a duplicate, a row read from a form
 * onto the stored one, the class of a planned row).
 */
import type { DataTableName, ImportNotice, ImportProblem, PlannedRow, RowOf, RowStatus } from '@/domain/model'
import type { ParsedCsv } from '../parsedCsv'
import { detectKind } from '../csvKinds'
import { problemOf, type KeyParts } from '../problemText'

/** Keys seen in this import, each with where it was first seen. */
export type Seen<K> = Map<K, { file: string; line: number }>

/** The keys seen for one month: values are kept apart by period. */
export const ofMonth = <K>(byMonth: Map<number, Seen<K>>, month: number): Seen<K> =>
  byMonth.get(month) ?? byMonth.set(month, new Map()).get(month)!

/** A kind's check of one record of a file, on line `line`: it plans the row, or reports why not. */
export type RecordCheck<T> = (file: ParsedCsv, line: number, record: T) => void

/** The rows, problems and notices of one import's check, as its checkers add to them. */
export class PlanState {
  readonly rows: PlannedRow[] = []
  /**
   * Two forms of one import (a 申报表 and the 自评表 of the same project) list the same
   * indicators and budget lines: the row each key's form row was planned as.
   */
  private readonly formRows = new Map<string, number>()

  constructor(
    readonly problems: ImportProblem[],
    readonly notices: ImportNotice[],
  ) {}

  /** Reports a problem of one cell. */
  problem(
    file: string,
    line: number,
    column: string,
    found: string,
    why: Pick<ImportProblem, 'expected' | 'code' | 'params'>,
  ): void {
    this.problems.push({ file, line, column, found, ...why })
  }

  /** Reports a key already seen in this import; returns whether it was. The cell is worked out only then. */
  duplicate<K>(
    seen: Seen<K>,
    key: K,
    file: string,
    line: number,
    cell: () => [column: string, found: string],
    parts: KeyParts,
  ): boolean {
    const first = seen.get(key)
    if (!first) {
      seen.set(key, { file, line })
      return false
    }
    this.problem(
      file,
      line,
      ...cell(),
      problemOf('duplicate', { firstLine: first.line, firstFile: first.file === file ? '' : first.file, parts }),
    )
    return true
  }

  /**
   * Where two forms agree on a row, the later form's fields complete the earlier one's
   * (a 自评表 adds 分值) instead of being reported as duplicates; returns whether it did.
   */
  mergedIntoEarlierForm<T extends object>(key: string, record: T, agree: (a: T, b: T) => boolean): boolean {
    const index = this.formRows.get(key)
    if (index === undefined) return false
    const earlier = this.rows[index]! as PlannedRow & { record: T }
    if (!agree(earlier.record, record)) return false
    const merged = {
      ...onto(earlier.record, record),
      ...('code' in earlier.record && { code: (earlier.record as { code: string }).code }),
    }
    this.rows[index] = planned(earlier.table, earlier.file, earlier.line, merged as never, earlier.before as never)
    return true
  }

  /** The row planned for a form's key. */
  formRow(key: string): PlannedRow | undefined {
    const index = this.formRows.get(key)
    return index === undefined ? undefined : this.rows[index]
  }

  /** Plans a row; a form's row is remembered under `formKey`, for a later form to complete. */
  plan(row: PlannedRow, formKey?: string): void {
    if (formKey !== undefined) this.formRows.set(formKey, this.rows.length)
    this.rows.push(row)
  }
}

/** The period column and cell as the file gave them, for the sentence that reports a duplicate. */
export const periodCell = (row: { month: number; byMonth?: boolean }): [string, string] =>
  row.byMonth ? ['截至月份', String(row.month)] : ['季度', String(row.month / 3)]

/** The text a file's line has in the column of `field`, as the user wrote it ('' when none). */
export function typedCell(file: ParsedCsv, line: number, field: string): string {
  const index = file.rowLines.indexOf(line)
  const column = file.kind ? detectKind(file.headers)?.columns.get(field) : undefined
  // Stryker disable next-line ConditionalExpression: equivalent, a missing row or column reads as '' below too
  return index < 0 || column === undefined ? '' : (file.rows[index]?.[column] ?? '').trim()
}

/**
 * A row read from an official form, onto the stored one: the fields the form gives replace
 * the stored ones, the rest (a 分值 a 申报表 lacks, the indicator's place) stay.
 */
export function onto<T extends object>(before: T, read: T): T {
  const given = Object.fromEntries(
    Object.entries(read).filter(([field, value]) => value !== undefined && field !== 'position'),
  )
  return { ...before, ...given }
}

/** A planned row, classed as added, updated or unchanged against what it replaces. */
export function planned<T extends DataTableName>(
  table: T,
  file: string,
  line: number,
  record: RowOf[T],
  before: RowOf[T] | null,
): PlannedRow {
  const status: RowStatus = !before ? 'added' : sameRow(record, before) ? 'unchanged' : 'updated'
  return { table, file, line, record, before, status } as PlannedRow
}

/** Equal as stored data: the batch that wrote a row does not make it different. */
function sameRow(a: object, b: object): boolean {
  const strip = ({ batchId: _batch, ...rest }: Record<string, unknown>) => rest
  return stableJson(strip(a as Record<string, unknown>)) === stableJson(strip(b as Record<string, unknown>))
}

function stableJson(value: Record<string, unknown>): string {
  return JSON.stringify(
    Object.keys(value)
      .sort()
      .map((k) => [k, value[k]]),
  )
}
