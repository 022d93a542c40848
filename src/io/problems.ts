import type { ImportProblem } from '@/domain/model'

/** The message a user reads: `第12行 实际值: '七十' 不是数字`. */
export function describeProblem(p: ImportProblem): string {
  const line = p.cell ? `${p.cell}（第${p.line}行）` : `第${p.line}行`
  const where = p.column ? `${line} ${p.column}` : line
  const found = p.found !== undefined ? `'${p.found}' ` : ''
  return `${where}: ${found}${p.expected}`
}
