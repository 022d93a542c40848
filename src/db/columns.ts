/**
 * Rows stored column by column: one array per field instead of one object per row.
 * IndexedDB clones every object it stores and reads back, field names included; a
 * province's unit-year documents hold two hundred thousand rows, and as columns they are
 * a few arrays each (docs/benchmarks.md, round seven). Only the database sees this form.
 */

/** Rows of one table as columns: `length` rows, and per field its values in row order (undefined where a row lacks it). */
export interface Columns {
  length: number
  fields: Record<string, unknown[]>
}

/**
 * Rows to columns. Every field any row has gets a column; a row without it holds
 * undefined there. The arrays are built by push, never with holes: V8 clones an array
 * with holes element by element, as a sparse object, several times slower.
 */
export function toColumns(rows: readonly object[]): Columns {
  const names = new Set<string>()
  for (const row of rows) for (const field in row) names.add(field)
  const fields: Record<string, unknown[]> = {}
  for (const field of names) {
    const values: unknown[] = []
    for (const row of rows) values.push((row as Record<string, unknown>)[field])
    if (values.some((value) => value !== undefined)) fields[field] = values
  }
  return { length: rows.length, fields }
}

/** Columns back to rows: each row has the fields it had, in column order; undefined is a field the row lacked. */
export function fromColumns<T>(columns: Columns): T[] {
  const entries = Object.entries(columns.fields)
  const rows = new Array<T>(columns.length)
  for (let i = 0; i < columns.length; i++) {
    const row: Record<string, unknown> = {}
    for (const [field, values] of entries) {
      const value = values[i]
      if (value !== undefined) row[field] = value
    }
    rows[i] = row as T
  }
  return rows
}
