/**
 * Rows stored column by column: one array per field instead of one object per row.
 * IndexedDB clones every object it stores and reads back, field names included; a
 * province's unit-year documents hold two hundred thousand rows, and as columns they are
 * a few arrays each (docs/benchmarks.md). Only the database sees this form (storedForm.ts).
 */

/**
 * Rows of one table as columns: `length` rows; per field its values in row order
 * (undefined where a row lacks it), or, when every row has the same value, that value
 * once (a document's year and unit, most often its 类别, a quarter's month).
 */
export interface Columns {
  length: number
  fields: Record<string, unknown[]>
  same?: Record<string, unknown>
  /** A text column as one string, the rows' texts joined by NUL (a row without it: SOH alone). */
  texts?: Record<string, string>
}

/** Between two rows' texts: a character no cell of a form or file carries (as joinKey). */
const NEXT = '\u0000'
/** A row without the text. */
const NONE = '\u0001'

/**
 * Rows to columns. Every field any row has gets a column; a row without it holds
 * undefined there. The arrays are built by push, never with holes: V8 clones an array
 * with holes element by element, as a sparse object, several times slower.
 */
export function toColumns(rows: readonly object[]): Columns {
  const names = new Set<string>()
  for (const row of rows) for (const field in row) names.add(field)
  const fields: Record<string, unknown[]> = {}
  const same: Record<string, unknown> = {}
  const texts: Record<string, string> = {}
  for (const field of names) {
    // One pass tells whether every row shares the value, and whether the column is
    // texts (or none) that can be joined and split back: one string clones as one copy,
    // thirty strings as thirty objects.
    const values: unknown[] = []
    const first = (rows[0] as Record<string, unknown>)[field]
    let shared = first !== undefined
    let joinable = true
    let given = false
    for (const row of rows) {
      const value = (row as Record<string, unknown>)[field]
      values.push(value)
      if (value !== first) shared = false
      if (value === undefined) continue
      given = true
      if (joinable && (typeof value !== 'string' || value === NONE || value.includes(NEXT))) joinable = false
    }
    if (!given) continue
    if (shared) same[field] = first
    else if (joinable) texts[field] = values.map((value) => value ?? NONE).join(NEXT)
    else fields[field] = values
  }
  return {
    length: rows.length,
    fields,
    ...(Object.keys(same).length > 0 && { same }),
    ...(Object.keys(texts).length > 0 && { texts }),
  }
}

/** Columns back to rows: each row has the fields it had (those all rows share first); undefined is a field the row lacked. */
export function fromColumns<T>(columns: Columns): T[] {
  const entries: [string, unknown[]][] = Object.entries(columns.fields)
  for (const [field, joined] of Object.entries(columns.texts ?? {}))
    entries.push([field, joined.split(NEXT).map((text) => (text === NONE ? undefined : text))])
  const same = Object.entries(columns.same ?? {})
  const rows = new Array<T>(columns.length)
  for (let i = 0; i < columns.length; i++) {
    const row: Record<string, unknown> = {}
    for (const [field, value] of same) row[field] = value
    for (const [field, values] of entries) {
      const value = values[i]
      if (value !== undefined) row[field] = value
    }
    rows[i] = row as T
  }
  return rows
}
