import type { TextEncodingName } from './encoding'
import type { RecordsByKind } from './rowMappers'
import type { UnitYearParent } from './rowMapping'
import type { problemOf } from './problemText'
import type { ImportNotice, UnitYearKey, ImportProblem, ImportKind } from '@/domain/model'
import type { Month } from '@/domain/period'
import type { ReviewState } from '@/domain/review'

/** Records tagged with their kind, so a switch on `kind` narrows `records`. */
export type KindRecords = { [K in ImportKind]: { kind: K; records: RecordsByKind[K][] } }[ImportKind]

/** One file read: what it is, its rows for the preview, its records and its problems. */
export interface ParsedCsv {
  fileName: string
  encoding: TextEncodingName | null
  delimiter: string
  kind: ImportKind | 'review' | null
  headers: string[]
  /** Non-blank data rows as read, for the preview. */
  rows: string[][]
  /** The editor line each of `rows` starts on. */
  rowLines: number[]
  /** Records of the rows without problems, and the line of each. */
  tagged: KindRecords | null
  recordLines: number[]
  problems: ImportProblem[]
  /** Things worth knowing that block nothing (ignored columns). */
  notices: ImportNotice[]
  /** The cell (`工作表1!F14`) of a line's column, in a workbook or a form. */
  cellOf?: CellOf
  /** The 主管部门 its rows name for their unit-years (a 主管部门 column, or a form's label). */
  parents?: UnitYearParent[]
  /**
   * Read from an official form: its rows update stored ones field by field (a 申报表 has
   * no 分值 and must not erase one), and stored indicators keep their place.
   */
  ontoStored?: boolean
  /** A form's 整改 cells, by the line of the indicator row they stand on (a 监控表 with 整改 columns). */
  rectify?: FormRectify[]
  /** A 审核 file's rows: review states, planned beside the data (`kind` is then `review`, `tagged` null). */
  review?: ReviewRow[]
}

/** One row of a 审核 file, as read. */
export interface ReviewRow {
  line: number
  year: number
  unit: string
  month: Month
  state: ReviewState
  by: string
  at: number
  /** Empty on the row of the state and the overall reason. */
  scope: string
  name: string
  code: string
  item: string
  reason: string
}

/** The 整改 cells of one indicator row of a form, as read; the row's light and 偏差原因 beside them. */
export interface FormRectify {
  line: number
  measure: string
  owner: string
  due: string
  state: string
  light: 'yellow' | 'red'
  reason: string
}

/** The cell of a line's column (its Chinese header), or undefined. */
export type CellOf = (line: number, column: string) => string | undefined

/** How a file is read: as the sample, and who hears its progress and unit-years. */
export interface ParseOptions {
  /** Marks actuals and spending as illustrative (the bundled sample). */
  sample?: boolean
  /** Called now and then with the share of the text read, 0–1. */
  onProgress?: (share: number) => void
  /**
   * Hears the unit-years a table's rows name, before the rows are mapped: the import
   * starts reading their stored documents then, and the database reads while this thread maps.
   */
  onUnitYears?: (keys: UnitYearKey[]) => void
}

/** A file that could not be read at all, with the one problem that says why. */
export function failedFile(
  fileName: string,
  why: ReturnType<typeof problemOf>,
  partial: Partial<ParsedCsv> = {},
): ParsedCsv {
  return {
    fileName,
    encoding: null,
    delimiter: ',',
    kind: null,
    headers: [],
    rows: [],
    rowLines: [],
    tagged: null,
    recordLines: [],
    problems: [{ file: fileName, line: 1, ...why }],
    notices: [],
    ...partial,
  }
}
