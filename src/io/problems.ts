/** A problem found in an input file, located as the user's editor shows it. */
export interface ImportProblem {
  file: string
  /** 1-based line number; the header is line 1. */
  line: number
  /** The Chinese header of the column, when the problem is in one cell. */
  column?: string
  found?: string
  expected: string
}

/** The message a user reads: `第12行 实际值: '七十' 不是数字`. */
export function describeProblem(p: ImportProblem): string {
  const where = p.column ? `第${p.line}行 ${p.column}` : `第${p.line}行`
  const found = p.found !== undefined ? `'${p.found}' ` : ''
  return `${where}: ${found}${p.expected}`
}
