// The support floor, read from package.json's `browserslist` (its one home): the oldest
// Chromium and Firefox the built app must run in (docs/browsers.md).
import { readFileSync } from 'node:fs'

/** The browserslist queries of package.json, e.g. `['chrome >= 86', 'firefox >= 115']`. */
export function floorQueries(packageJsonPath = new URL('../../package.json', import.meta.url)) {
  const queries = JSON.parse(readFileSync(packageJsonPath, 'utf8')).browserslist
  if (!Array.isArray(queries) || queries.length === 0) throw new Error('package.json has no browserslist')
  return queries
}

/** The floor as build targets (`chrome86`, `firefox115`): each query must read `<browser> >= <version>`. */
export function floorTargets(queries = floorQueries()) {
  return queries.map((query) => {
    const match = /^(chrome|firefox|edge|safari) >= (\d+)$/.exec(query.trim())
    if (!match) throw new Error(`browserslist query "${query}" is not of the form "<browser> >= <version>"`)
    return `${match[1]}${match[2]}`
  })
}

/** The lowest Chromium version of the floor: the checks below name what it lacks. */
export function chromiumFloor(queries = floorQueries()) {
  const chrome = floorTargets(queries).find((target) => target.startsWith('chrome'))
  if (!chrome) throw new Error('the browserslist names no Chromium floor')
  return Number(chrome.slice('chrome'.length))
}
