// Scores a Stryker JSON report per area of scripts/mutate/scope.mjs, the way Stryker does:
// detected (killed or timed out) over valid (detected, survived, not covered). Compile errors,
// runtime errors and ignored mutants count for neither.
import { AREAS } from './scope.mjs'

/** A glob of scope.mjs as a regular expression (`**` any folders, `*` one name part). */
function globToRegExp(glob) {
  const source = glob
    .split('**/')
    .map((part) => part.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*'))
    .join('(?:.*/)?')
  return new RegExp(`^${source}$`)
}

const DETECTED = new Set(['Killed', 'Timeout'])
const UNDETECTED = new Set(['Survived', 'NoCoverage'])

/** Counts of one area's mutants, and its score in percent (null when nothing was valid). */
export function areaScores(report) {
  return AREAS.map((area) => {
    const patterns = area.files.map(globToRegExp)
    const counts = { detected: 0, undetected: 0, ignored: 0, invalid: 0, files: 0 }
    for (const [file, result] of Object.entries(report.files)) {
      if (!patterns.some((p) => p.test(file))) continue
      counts.files++
      for (const mutant of result.mutants) {
        if (DETECTED.has(mutant.status)) counts.detected++
        else if (UNDETECTED.has(mutant.status)) counts.undetected++
        else if (mutant.status === 'Ignored') counts.ignored++
        else counts.invalid++
      }
    }
    const valid = counts.detected + counts.undetected
    const score = valid === 0 ? null : (100 * counts.detected) / valid
    return { name: area.name, floor: area.floor, score, ...counts }
  })
}

/** The survivors of a report, file by file, as `file:line  mutator  replacement`. */
export function survivorLines(report) {
  const lines = []
  for (const [file, result] of Object.entries(report.files)) {
    for (const mutant of result.mutants) {
      if (!UNDETECTED.has(mutant.status)) continue
      const replacement = (mutant.replacement ?? '').replace(/\s+/g, ' ').slice(0, 80)
      lines.push(`${file}:${mutant.location.start.line}  ${mutant.status}  ${mutant.mutatorName}  ${replacement}`)
    }
  }
  return lines
}
